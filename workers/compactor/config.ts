import { z } from "zod";
import { ConfigError } from "../../src/errors";
import { PART_FORMATS, type PartFormat } from "../../src/keys";
import { TenantSchema } from "../../src/tenant";
import type { RetentionPolicy } from "./retention";

/** Days of retention: a whole number, 0 for forever, at most 100 years. */
const DaysSchema = z.coerce.number().int().nonnegative().max(36_500);

const CompactorVarsSchema = z.object({
  COMPACTION_DELAY_SECONDS: z.coerce.number().int().nonnegative(),
  MAX_PART_BYTES: z.coerce.number().int().min(1024),
  PART_FORMAT: z.enum(PART_FORMATS).default("ndjson.gz"),
  // A slice: what one invocation compacts of a tenant-hour. 5,000 raw objects keep a late slice
  // (two gets per object) under the 10,000 subrequests the compactor is configured for.
  SLICE_MAX_SOURCES: z.coerce.number().int().min(1).max(5_000).default(2_000),
  SLICE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024 * 1024)
    .default(512 * 1024 * 1024),
  RETENTION_DAYS: DaysSchema.default(0),
  // A JSON object `{"acme": 30}`, as a string var or as a wrangler var that is already an object.
  TENANT_RETENTION_DAYS: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .default({})
    .transform((value, ctx) => {
      if (typeof value !== "string") return value;
      try {
        return JSON.parse(value === "" ? "{}" : value) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: 'not JSON: write it as {"tenant": days}' });
        return z.NEVER;
      }
    })
    .pipe(z.record(TenantSchema, DaysSchema)),
});

/** The compactor's wrangler vars, checked. */
export interface CompactorSettings {
  delaySeconds: number;
  maxPartBytes: number;
  /** The format compaction writes new parts in. */
  format: PartFormat;
  /** What one invocation compacts of a tenant-hour, at most: raw objects, and their stored bytes. */
  slice: { maxSources: number; maxBytes: number };
  retention: RetentionPolicy;
}

/** Reads and checks the compactor's vars; throws naming the bad one. */
export function readSettings(
  env: Pick<CompactorEnv, "COMPACTION_DELAY_SECONDS" | "MAX_PART_BYTES"> & {
    PART_FORMAT?: unknown;
    SLICE_MAX_SOURCES?: unknown;
    SLICE_MAX_BYTES?: unknown;
    RETENTION_DAYS?: unknown;
    TENANT_RETENTION_DAYS?: unknown;
  },
): CompactorSettings {
  const parsed = CompactorVarsSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`invalid compactor vars: ${z.prettifyError(parsed.error)}`);
  return {
    delaySeconds: parsed.data.COMPACTION_DELAY_SECONDS,
    maxPartBytes: parsed.data.MAX_PART_BYTES,
    format: parsed.data.PART_FORMAT,
    slice: { maxSources: parsed.data.SLICE_MAX_SOURCES, maxBytes: parsed.data.SLICE_MAX_BYTES },
    retention: { days: parsed.data.RETENTION_DAYS, tenants: parsed.data.TENANT_RETENTION_DAYS },
  };
}

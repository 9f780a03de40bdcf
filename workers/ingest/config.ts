import { z } from "zod";
import { ConfigError } from "../../src/errors";
import { HARD_MAX_MESSAGE_BYTES } from "../../src/limits";

/** The largest MAX_RECORD_BYTES that still fits one queue message with its header. */
const MAX_RECORD_BYTES_CEILING = HARD_MAX_MESSAGE_BYTES - 2_000;

const LimitsSchema = z.object({
  MAX_BODY_BYTES: z.coerce.number().int().positive(),
  MAX_RECORD_BYTES: z.coerce.number().int().positive().max(MAX_RECORD_BYTES_CEILING),
  MAX_EVENT_AGE_DAYS: z.coerce.number().int().positive().max(3650),
  MAX_EVENT_AHEAD_MINUTES: z.coerce.number().int().nonnegative().max(10_080),
});

/** The ingest limits a deployment sets as wrangler vars. */
export interface IngestLimits {
  maxBodyBytes: number;
  maxRecordBytes: number;
  /** Records whose event time is older than this, or further ahead, than the request are rejected. */
  maxEventAgeDays: number;
  maxEventAheadMinutes: number;
}

// The vars are checked once per isolate (again only if they change), not on every request.
let checked: { vars: string; limits: IngestLimits } | undefined;

/** Reads the limits from the environment; throws ConfigError naming a bad var. */
export function readLimits(
  env: Pick<IngestEnv, "MAX_BODY_BYTES" | "MAX_RECORD_BYTES" | "MAX_EVENT_AGE_DAYS" | "MAX_EVENT_AHEAD_MINUTES">,
): IngestLimits {
  const vars = `${env.MAX_BODY_BYTES}/${env.MAX_RECORD_BYTES}/${env.MAX_EVENT_AGE_DAYS}/${env.MAX_EVENT_AHEAD_MINUTES}`;
  if (checked?.vars === vars) return checked.limits;
  const parsed = LimitsSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`invalid wrangler vars: ${z.prettifyError(parsed.error)}`);
  const limits = {
    maxBodyBytes: parsed.data.MAX_BODY_BYTES,
    maxRecordBytes: parsed.data.MAX_RECORD_BYTES,
    maxEventAgeDays: parsed.data.MAX_EVENT_AGE_DAYS,
    maxEventAheadMinutes: parsed.data.MAX_EVENT_AHEAD_MINUTES,
  };
  checked = { vars, limits };
  return limits;
}

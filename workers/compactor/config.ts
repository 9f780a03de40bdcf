import { z } from "zod";
import { ConfigError } from "../../src/errors";

const CompactorVarsSchema = z.object({
  COMPACTION_DELAY_SECONDS: z.coerce.number().int().nonnegative(),
  MAX_PART_BYTES: z.coerce.number().int().min(1024),
});

/** The compactor's wrangler vars, checked. */
export interface CompactorSettings {
  delaySeconds: number;
  maxPartBytes: number;
}

/** Reads and checks the compactor's vars; throws naming the bad one. */
export function readSettings(
  env: Pick<CompactorEnv, "COMPACTION_DELAY_SECONDS" | "MAX_PART_BYTES">,
): CompactorSettings {
  const parsed = CompactorVarsSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`invalid compactor vars: ${z.prettifyError(parsed.error)}`);
  return { delaySeconds: parsed.data.COMPACTION_DELAY_SECONDS, maxPartBytes: parsed.data.MAX_PART_BYTES };
}

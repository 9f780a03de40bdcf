import { z } from "zod";
import { parseTimestamp } from "../../../src/timestamp";

/** A time query parameter: ISO-8601 (`2026-11-26T16:00Z`) or epoch number; epoch ms out. */
export const TimeParamSchema = z.string().transform((value, ctx) => {
  const ms = parseTimestamp(value);
  if (ms === undefined) {
    ctx.addIssue({ code: "custom", message: `${value} is not an ISO-8601 time (e.g. 2026-11-26T16:00Z)` });
    return z.NEVER;
  }
  return ms;
});

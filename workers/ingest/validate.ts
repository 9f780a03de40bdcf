import type { z } from "zod";
import { ApiError } from "./errors";

/**
 * Parses request input with a zod schema; a mismatch becomes a 400 whose message says which
 * field is wrong and why.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
  throw new ApiError(400, `invalid ${what}: ${problems}`, { cause: parsed.error });
}

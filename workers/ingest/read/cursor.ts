import type { z } from "zod";
import { LogsinkError } from "../../../src/errors";

/** A cursor that was not made by this listing. */
export class BadCursorError extends LogsinkError {
  override name = "BadCursorError";
}

/** A listing's position as an opaque, URL-safe cursor (base64url of its JSON). */
export function encodeCursor(position: unknown): string {
  return btoa(JSON.stringify(position)).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
}

/** The position a cursor holds, checked against `schema`; BadCursorError for anything else. */
export function decodeCursor<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  try {
    return schema.parse(JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/"))));
  } catch {
    throw new BadCursorError("invalid cursor: pass back the cursor of the previous page, unchanged");
  }
}

import { decodeText, lines } from "./body";

/** How a POST /v1/logs body is split into log entries, chosen by its `Content-Type`. */
export type BodyFormat = "ndjson" | "json" | "text";

const FORMATS: Readonly<Record<string, BodyFormat>> = {
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "application/jsonl": "ndjson",
  "application/json": "json",
  "text/plain": "text",
};

/** The accepted media types, for error messages and docs. */
export const ACCEPTED_CONTENT_TYPES = Object.keys(FORMATS);

/** The body format for a `Content-Type` header (parameters such as charset ignored), if any. */
export function bodyFormat(contentType: string | null | undefined): BodyFormat | undefined {
  const mediaType = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return Object.hasOwn(FORMATS, mediaType) ? FORMATS[mediaType] : undefined;
}

/** A JSON body that does not parse, or is neither an object nor an array. */
export class JsonBodyError extends Error {
  override name = "JsonBodyError";
}

/** One log entry of a body, with its 1-based line number (array index + 1 for JSON arrays). */
export type BodyEntry =
  | { line: number; kind: "json"; value: unknown }
  | { line: number; kind: "text"; text: string }
  | { line: number; kind: "invalid"; error: string };

const MAX_ERROR_DETAIL_CHARS = 160;

function describeJsonError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return detail.length > MAX_ERROR_DETAIL_CHARS ? `${detail.slice(0, MAX_ERROR_DETAIL_CHARS)}…` : detail;
}

/**
 * Splits a decompressed body into entries. NDJSON and text bodies are read line by line (LF or
 * CRLF; blank lines skipped but counted); a JSON body is parsed whole and must be an object or
 * an array of them, decoded in `charset`. Throws JsonBodyError when a JSON body does not parse.
 */
export function* bodyEntries(
  format: BodyFormat,
  chunks: readonly Uint8Array[],
  charset = "utf-8",
): Generator<BodyEntry> {
  if (format === "json") {
    let value: unknown;
    try {
      value = JSON.parse(decodeText(chunks, charset));
    } catch (error) {
      throw new JsonBodyError(`the body is not valid JSON: ${describeJsonError(error)}`);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield { line: i + 1, kind: "json", value: value[i] };
    } else if (typeof value === "object" && value !== null) {
      yield { line: 1, kind: "json", value };
    } else {
      throw new JsonBodyError("a JSON body must be an object or an array of objects");
    }
    return;
  }
  for (const [line, text] of lines(chunks, charset)) {
    if (text.trim() === "") continue;
    if (format === "text") {
      yield { line, kind: "text", text };
      continue;
    }
    let entry: BodyEntry;
    try {
      entry = { line, kind: "json", value: JSON.parse(text) };
    } catch (error) {
      entry = { line, kind: "invalid", error: `not valid JSON: ${describeJsonError(error)}` };
    }
    yield entry;
  }
}

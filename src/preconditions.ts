/**
 * HTTP conditional requests (RFC 9110 §13) for a stored object, evaluated here rather than by
 * R2's `onlyIf` (which answers a failed `If-Match` like a `304` and throws on a malformed
 * validator). Malformed validators are ignored, as §13.1 asks.
 */

/** What a GET of an object with these validators should answer. */
export type PreconditionOutcome = "ok" | "not-modified" | "precondition-failed";

/** The entity tags of an `If-Match`/`If-None-Match` list: "*" or the tags, weak ones marked. */
type TagList = "*" | { weak: boolean; tag: string }[];

/** Parses an entity-tag list (RFC 9110 §8.8.3); undefined when absent or malformed. */
function parseTags(header: string | null): TagList | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (text === "*") return "*";
  const tags: { weak: boolean; tag: string }[] = [];
  const ETAG = /\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;
  let offset = 0;
  while (offset < text.length) {
    ETAG.lastIndex = offset;
    const match = ETAG.exec(text);
    if (match === null) return undefined;
    tags.push({ weak: match[1] !== undefined, tag: match[2] ?? "" });
    offset = ETAG.lastIndex;
  }
  return tags.length > 0 ? tags : undefined;
}

/** An HTTP date (RFC 9110 §5.6.7), in epoch seconds; undefined when malformed. */
function parseDate(header: string | null): number | undefined {
  if (header === null) return undefined;
  const ms = Date.parse(header);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/**
 * Evaluates a GET's preconditions against an object's etag (unquoted) and upload time, in the
 * order of RFC 9110 §13.2.2: If-Match (strong comparison), else If-Unmodified-Since → 412;
 * If-None-Match (weak comparison), else If-Modified-Since → 304.
 */
export function evaluatePreconditions(headers: Headers, etag: string, uploaded: Date): PreconditionOutcome {
  const modified = Math.floor(uploaded.getTime() / 1000);
  const ifMatch = parseTags(headers.get("If-Match"));
  if (ifMatch !== undefined) {
    if (ifMatch !== "*" && !ifMatch.some((t) => !t.weak && t.tag === etag)) return "precondition-failed";
  } else {
    const since = parseDate(headers.get("If-Unmodified-Since"));
    if (since !== undefined && modified > since) return "precondition-failed";
  }
  const ifNoneMatch = parseTags(headers.get("If-None-Match"));
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch === "*" || ifNoneMatch.some((t) => t.tag === etag)) return "not-modified";
  } else if (headers.get("If-None-Match") === null) {
    const since = parseDate(headers.get("If-Modified-Since"));
    if (since !== undefined && modified <= since) return "not-modified";
  }
  return "ok";
}

/**
 * Cheap reads of stored NDJSON records without parsing them: the stored record always starts
 * `{"id":"<id>","timestamp":"<ISO-8601, 24 chars>",` (ids are [0-9a-f-]), so both fields sit at
 * known places.
 */

const ID_PREFIX = '{"id":"';
const TIMESTAMP_MARK = '","timestamp":"';
const ISO_LENGTH = 24;

/** The `id` of a stored record line, or undefined if the line is not one. */
export function idOfLine(line: string): string | undefined {
  if (!line.startsWith(ID_PREFIX)) return undefined;
  const end = line.indexOf('"', ID_PREFIX.length);
  return end === -1 ? undefined : line.slice(ID_PREFIX.length, end);
}

/** The `timestamp` of a stored record line, or undefined if the line is not one. */
export function timestampOfLine(line: string): string | undefined {
  const id = idOfLine(line);
  if (id === undefined) return undefined;
  const start = ID_PREFIX.length + id.length + TIMESTAMP_MARK.length;
  if (line.slice(ID_PREFIX.length + id.length, start) !== TIMESTAMP_MARK) return undefined;
  return line.slice(start, start + ISO_LENGTH);
}

/**
 * The lines of a gzip NDJSON object, decompressed and decoded as they stream in; memory stays
 * at one network chunk plus one line.
 */
export async function* gzipLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.pipeThrough(new DecompressionStream("gzip")).pipeThrough(new TextDecoderStream()).getReader();
  let carry = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let start = 0;
      for (let end = value.indexOf("\n"); end !== -1; end = value.indexOf("\n", start)) {
        const line = carry + value.slice(start, end);
        carry = "";
        if (line !== "") yield line;
        start = end + 1;
      }
      carry += value.slice(start);
    }
    if (carry !== "") yield carry;
  } finally {
    reader.releaseLock();
  }
}

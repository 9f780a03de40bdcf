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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a);
  joined.set(b, a.byteLength);
  return joined;
}

/** Bytes decompressed per read: one buffer per object, handed back and forth with the stream. */
const READ_BYTES = 64 * 1024;

/**
 * The lines of a gzip NDJSON object as bytes (without the newline), decompressed as they stream
 * in and never decoded: copying records from object to object needs no strings. A BYOB reader
 * decompresses into one buffer, lent to the stream and given back by every read, rather than
 * into a new chunk per read, so a large hour makes no garbage in proportion to its size and
 * memory stays flat. A yielded line is only valid until the next.
 */
export async function* gzipLineBytes(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.pipeThrough(new DecompressionStream("gzip")).getReader({ mode: "byob" });
  let buffer: ArrayBufferLike = new ArrayBuffer(READ_BYTES);
  let carry: Uint8Array | undefined;
  try {
    for (;;) {
      const { done, value }: ReadableStreamReadResult<Uint8Array> = await reader.read(new Uint8Array(buffer));
      if (done || value === undefined) break;
      buffer = value.buffer;
      let start = 0;
      for (let end = value.indexOf(10); end !== -1; end = value.indexOf(10, start)) {
        let line = value.subarray(start, end);
        if (carry !== undefined) {
          line = concat(carry, line);
          carry = undefined;
        }
        if (line.byteLength > 0) yield line;
        start = end + 1;
      }
      // The buffer goes back to the stream: keep a copy of a line that continues in the next read.
      if (start < value.byteLength) {
        carry = carry === undefined ? value.slice(start) : concat(carry, value.subarray(start));
      }
    }
    if (carry !== undefined && carry.byteLength > 0) yield carry;
  } finally {
    reader.releaseLock();
  }
}

/** Enough of a stored record's start to hold its `id` and `timestamp` (ids are ~40 ASCII chars). */
const HEAD_BYTES = 128;
const headDecoder = new TextDecoder();

/** The start of a record line as text, for {@link idOfLine} and {@link timestampOfLine}. */
export function lineHead(line: Uint8Array): string {
  return headDecoder.decode(line.subarray(0, HEAD_BYTES));
}

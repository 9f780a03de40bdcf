/** Reading a gzip NDJSON object line by line, as bytes, in flat memory. */

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

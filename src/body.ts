import { Duplex } from "node:stream";
import { createGunzip } from "node:zlib";
import { LogsinkError } from "./errors";

/**
 * Reading request bodies: decompressed as a stream, with the decompressed size capped while
 * streaming, so a gzip bomb is cut off after `maxBytes` and never held whole.
 */

/** The body, decompressed, is larger than allowed. */
export class BodyTooLargeError extends LogsinkError {
  override name = "BodyTooLargeError";
  constructor(readonly maxBytes: number) {
    super(`the body is larger than ${maxBytes} bytes after decompression`);
  }
}

/** The body could not be decompressed (corrupt or truncated gzip/deflate). */
export class BodyDecodeError extends LogsinkError {
  override name = "BodyDecodeError";
  constructor(
    readonly encoding: string,
    options?: ErrorOptions,
  ) {
    super(`the body is not valid ${encoding} data`, options);
  }
}

/** The `Content-Encoding` is not one logsink can read. */
export class UnsupportedEncodingError extends LogsinkError {
  override name = "UnsupportedEncodingError";
  constructor(readonly encoding: string) {
    super(`Content-Encoding "${encoding}" is not supported; send gzip, deflate or no encoding`);
  }
}

/** Content encodings accepted on request bodies. */
export type BodyEncoding = "identity" | "gzip" | "deflate";

/**
 * Parses a `Content-Encoding` header. Throws UnsupportedEncodingError for anything but gzip,
 * deflate and identity (brotli and zstd are not decodable in Workers: workerd's
 * DecompressionStream knows gzip, deflate and deflate-raw only).
 */
export function parseContentEncoding(header: string | null | undefined): BodyEncoding {
  const encodings = (header ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== "" && e !== "identity");
  if (encodings.length === 0) return "identity";
  const [encoding] = encodings;
  if (encodings.length > 1) throw new UnsupportedEncodingError(encodings.join(", "));
  if (encoding === "gzip" || encoding === "x-gzip") return "gzip";
  if (encoding === "deflate") return "deflate";
  throw new UnsupportedEncodingError(encoding ?? "");
}

/**
 * HTTP's "deflate" is zlib-wrapped (RFC 9110 §8.4.1.2), but some clients send raw deflate.
 * A zlib stream starts with a header whose method nibble is 8 and whose first two bytes, read
 * as a big-endian number, are a multiple of 31 (RFC 1950 §2.2).
 */
function deflateFormat(firstBytes: Uint8Array): "deflate" | "deflate-raw" {
  const [cmf = 0, flg = 0] = firstBytes;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 ? "deflate" : "deflate-raw";
}

/** Prepends already-read chunks to what is left of a reader, as one stream. */
function replay(head: Uint8Array[], rest: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = head.shift();
      if (chunk !== undefined) return controller.enqueue(chunk);
      const { done, value } = await rest.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => rest.cancel(reason),
  });
}

async function decompressed(
  body: ReadableStream<Uint8Array>,
  encoding: BodyEncoding,
): Promise<ReadableStream<Uint8Array>> {
  if (encoding === "identity") return body;
  // A gzip file may hold several members (`cat a.gz b.gz`, RFC 1952 §2.2), as `gzip -d` and many
  // shippers produce; workerd's DecompressionStream refuses the second ("Trailing bytes"), node:zlib's
  // gunzip reads them all.
  if (encoding === "gzip") return body.pipeThrough(Duplex.toWeb(createGunzip()) as ReadableWritablePair<Uint8Array>);
  // Peek at the first two bytes to tell zlib from raw deflate.
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let seen = 0;
  while (seen < 2) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    seen += value.byteLength;
  }
  const first = new Uint8Array(2);
  let offset = 0;
  for (const chunk of head) {
    const take = chunk.subarray(0, 2 - offset);
    first.set(take, offset);
    offset += take.byteLength;
    if (offset === 2) break;
  }
  return replay(head, reader).pipeThrough(new DecompressionStream(deflateFormat(first)));
}

/**
 * Reads a request body, decompressing gzip or deflate as it streams, and returns its chunks.
 * Throws BodyTooLargeError as soon as more than `maxBytes` have come out of the decompressor
 * (the rest is cancelled, never inflated), and BodyDecodeError for a corrupt stream.
 */
export async function readBody(
  body: ReadableStream<Uint8Array> | null,
  encoding: BodyEncoding,
  maxBytes: number,
): Promise<Uint8Array[]> {
  if (body === null) return [];
  const chunks: Uint8Array[] = [];
  let total = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    reader = (await decompressed(body, encoding)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLargeError(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof BodyTooLargeError || encoding === "identity") throw error;
    throw new BodyDecodeError(encoding, { cause: error });
  }
  return chunks;
}

/**
 * Splits decoded text chunks into lines (LF or CRLF), yielding each with its 1-based number.
 * A final line without a newline is yielded too. Bytes are decoded in `charset` (a label
 * TextDecoder knows, see {@link parseCharset}); invalid UTF-8 becomes U+FFFD, as browsers do.
 */
export function* lines(chunks: Iterable<Uint8Array>, charset = "utf-8"): Generator<[number, string]> {
  const decoder = new TextDecoder(charset);
  let carry = "";
  let number = 0;
  const withoutCr = (line: string) => (line.endsWith("\r") ? line.slice(0, -1) : line);
  const pieces = function* (): Generator<string> {
    for (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  };
  for (const piece of pieces()) {
    // Only the new piece is searched, so one long line costs linear time, not quadratic.
    let start = 0;
    for (let end = piece.indexOf("\n"); end !== -1; end = piece.indexOf("\n", start)) {
      const line = carry + piece.slice(start, end);
      carry = "";
      number++;
      yield [number, withoutCr(line)];
      start = end + 1;
    }
    carry += piece.slice(start);
  }
  if (carry !== "") yield [number + 1, withoutCr(carry)];
}

/** Concatenates chunks and decodes them in `charset` (for bodies parsed whole, like JSON). */
export function decodeText(chunks: readonly Uint8Array[], charset = "utf-8"): string {
  const decoder = new TextDecoder(charset);
  let text = "";
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The `charset` of a `Content-Type` is not one TextDecoder knows. */
export class UnsupportedCharsetError extends LogsinkError {
  override name = "UnsupportedCharsetError";
  constructor(readonly charset: string) {
    super(`charset "${charset}" is not supported; send UTF-8, or a charset of the WHATWG Encoding standard`);
  }
}

/**
 * The `charset` parameter of a `Content-Type` (default utf-8), checked against the encodings
 * TextDecoder supports (the WHATWG Encoding standard: latin1, windows-125x, iso-8859-x, utf-16,
 * shift_jis, gbk, …; note that "latin1", "iso-8859-1" and "ascii" all mean windows-1252 there).
 * Throws UnsupportedCharsetError for any other.
 */
export function parseCharset(contentType: string | null | undefined): string {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? "");
  const charset = (match?.[1] ?? match?.[2] ?? "utf-8").trim().toLowerCase();
  if (charset === "utf-8" || charset === "utf8") return "utf-8";
  try {
    return new TextDecoder(charset).encoding;
  } catch {
    throw new UnsupportedCharsetError(charset);
  }
}

/**
 * NDJSON lines written as UTF-8 bytes into one growing buffer, for answers built from stored bytes
 * (gzip NDJSON lines, Parquet columns read without decoding): no string per line, and no encoding
 * of the whole answer at the end. Measured against building strings and encoding each 64 KB chunk
 * once: 0.56–0.62× the CPU time of a Parquet window read (docs/performance.md, session 9).
 */

import { ISO_BYTES, writeIsoOfMs } from "./timestamp";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Short copies go byte by byte: `set` costs more than the copy below a few dozen bytes. */
const SHORT_COPY_BYTES = 48;

/** UTF-8 bytes JSON must escape in a string: `"`, `\` and U+0000–U+001F. */
function needsEscape(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 || b === 0x22 || b === 0x5c) return true;
  }
  return false;
}

/**
 * The most bytes {@link LineBuffer.jsonString} writes for `bytes`: a byte JSON escapes becomes at
 * most six (`\u001f`); an invalid byte becomes U+FFFD (three); every other byte stays one byte.
 */
function jsonStringBound(bytes: Uint8Array): number {
  return 6 * bytes.length + 2;
}

export class LineBuffer {
  #bytes: Uint8Array;
  #length = 0;
  readonly #initialBytes: number;

  constructor(initialBytes: number) {
    this.#initialBytes = initialBytes;
    this.#bytes = new Uint8Array(initialBytes);
  }

  /** Bytes written since the last {@link take}. */
  get length(): number {
    return this.#length;
  }

  /** Makes room for `bytes` more bytes: every write makes its room, and a line larger than the buffer grows it. */
  #reserve(bytes: number): void {
    const needed = this.#length + bytes;
    if (needed <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, 2 * this.#bytes.length));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  /** Text known to be ASCII (logsink's own keys, times, ids), one byte a character. */
  ascii(text: string): void {
    this.#reserve(text.length);
    const out = this.#bytes;
    let at = this.#length;
    for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
    this.#length = at;
  }

  /** A time as logsink stores it (`YYYY-MM-DDTHH:MM:SS.mmmZ`; see isoOfMs). */
  time(ms: number): void {
    this.#reserve(ISO_BYTES);
    writeIsoOfMs(ms, this.#bytes, this.#length);
    this.#length += ISO_BYTES;
  }

  /** Bytes as they are (UTF-8 text, or JSON text such as a stored line or `attributes`). */
  bytes(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    const out = this.#bytes;
    let at = this.#length;
    if (bytes.length > SHORT_COPY_BYTES) {
      out.set(bytes, at);
      this.#length = at + bytes.length;
      return;
    }
    for (let i = 0; i < bytes.length; i++) out[at++] = bytes[i] as number;
    this.#length = at;
  }

  /**
   * The JSON string of UTF-8 text: the same bytes as encoding `JSON.stringify(text)`. Text with
   * nothing to escape is copied between quotes; text with an escape goes through JSON.stringify.
   */
  jsonString(bytes: Uint8Array): void {
    this.#reserve(jsonStringBound(bytes));
    if (needsEscape(bytes)) {
      const { written } = encoder.encodeInto(JSON.stringify(decoder.decode(bytes)), this.#bytes.subarray(this.#length));
      this.#length += written;
      return;
    }
    this.#bytes[this.#length++] = 0x22;
    this.bytes(bytes);
    this.#bytes[this.#length++] = 0x22; // room made above: the bound counts both quotes
  }

  /** The bytes written, handed over; the buffer starts again empty. */
  take(): Uint8Array {
    const taken = this.#bytes.subarray(0, this.#length);
    this.#bytes = new Uint8Array(this.#initialBytes);
    this.#length = 0;
    return taken;
  }
}

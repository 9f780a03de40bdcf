/**
 * gzip. Every object is one gzip member (workerd cannot read concatenated members back);
 * objects are buffered to a known length because R2 `put` rejects streams of unknown length.
 * Compaction streams its parts through CompressionStream instead.
 *
 * Queue messages carry their records as raw-deflate *segments* that end in a sync flush, and the
 * consumer joins segments into one gzip member without compressing again ({@link GzipJoiner}):
 * a deflate stream is a sequence of blocks, a sync flush ends a segment on a byte boundary with
 * no final block, and a segment from a fresh compressor refers to nothing before it, so
 * segments laid end to end are one valid stream (zlib's examples/gzjoin.c, pigz). gzip adds a
 * 10-byte header and a trailer of the CRC-32 and length of the uncompressed data.
 */
import { constants, crc32, deflateRawSync, gunzipSync, inflateRawSync } from "node:zlib";

/**
 * The level of segments: records live in queue messages and raw objects for at most an hour,
 * and compaction recompresses them at the default level. In workerd's native zlib
 * (nodejs_compat) level 1 packs log NDJSON ~8× at ~580 MB/s; CompressionStream's default level
 * packs it ~11× at ~145 MB/s.
 */
const SEGMENT_LEVEL = 1;

/** gzip header: magic, deflate, no flags, no mtime, no extra flags, OS unknown (RFC 1952 §2.3). */
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);

/** A final, empty, fixed-Huffman block: ends a deflate stream after a sync flush (RFC 1951 §3.2.6). */
const FINAL_EMPTY_BLOCK = new Uint8Array([3, 0]);

/** Compresses text into a raw-deflate segment that ends in a sync flush. */
export function deflateSegment(text: string | Uint8Array): Uint8Array {
  return deflateRawSync(text, { level: SEGMENT_LEVEL, finishFlush: constants.Z_SYNC_FLUSH });
}

/** Decompresses one segment. Throws on data that is not raw deflate. */
export function inflateSegment(segment: Uint8Array): Uint8Array {
  return inflateRawSync(segment, { finishFlush: constants.Z_SYNC_FLUSH });
}

/**
 * Joins segments into one gzip member, in the order added.
 *
 * ```ts
 * const joiner = new GzipJoiner();
 * joiner.add(segment, inflateSegment(segment)); // the text is needed for the CRC
 * await bucket.put(key, joiner.finish());
 * ```
 */
export class GzipJoiner {
  #segments: Uint8Array[] = [];
  #compressed = 0;
  #crc = 0;
  #size = 0;

  /** Appends a segment; `text` is what it decompresses to. */
  add(segment: Uint8Array, text: Uint8Array): void {
    this.#segments.push(segment);
    this.#compressed += segment.byteLength;
    this.#crc = crc32(text, this.#crc);
    this.#size += text.byteLength;
  }

  /** Uncompressed bytes added so far. */
  get size(): number {
    return this.#size;
  }

  /** The gzip member: header, the segments, a final block, CRC-32 and length (mod 2^32). */
  finish(): Uint8Array {
    const out = new Uint8Array(GZIP_HEADER.byteLength + this.#compressed + FINAL_EMPTY_BLOCK.byteLength + 8);
    out.set(GZIP_HEADER, 0);
    let offset = GZIP_HEADER.byteLength;
    for (const segment of this.#segments) {
      out.set(segment, offset);
      offset += segment.byteLength;
    }
    out.set(FINAL_EMPTY_BLOCK, offset);
    offset += FINAL_EMPTY_BLOCK.byteLength;
    const trailer = new DataView(out.buffer, offset, 8);
    trailer.setUint32(0, this.#crc >>> 0, true);
    trailer.setUint32(4, this.#size >>> 0, true);
    return out;
  }
}

/** Compresses text into one gzip member (for tests and tools; the pipeline joins segments). */
export function gzipText(text: string): Uint8Array {
  const joiner = new GzipJoiner();
  const bytes = new TextEncoder().encode(text);
  joiner.add(deflateSegment(bytes), bytes);
  return joiner.finish();
}

/** Decompresses one gzip member held in memory into text. Throws on anything that is not gzip. */
export function gunzipBytes(data: ArrayBuffer | ArrayBufferView): string {
  const bytes = data instanceof ArrayBuffer ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return gunzipSync(bytes).toString("utf8");
}

/** Decompresses one gzip stream into text. */
export async function gunzipText(data: ReadableStream<Uint8Array> | ArrayBuffer | Uint8Array): Promise<string> {
  const stream = data instanceof ReadableStream ? data : new Blob([data]).stream();
  return new Response(stream.pipeThrough(new DecompressionStream("gzip"))).text();
}

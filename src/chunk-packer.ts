import { deflateSegment } from "./gzip";
import { chunkId, recordId } from "./ids";
import { MAX_CHUNK_TEXT_BYTES } from "./limits";
import { encodeQueueMessage } from "./queue-message";
import type { LogRecord } from "./record";
import { serialiseRecord } from "./stored-line";

/** A closed chunk, ready to send. */
export interface PackedMessage {
  /** The message body (see queue-message.ts). */
  body: Uint8Array;
  records: number;
}

/** What {@link ChunkPacker.push} did with a record. */
export type PushResult =
  /** Packed; `closed` is the chunk that was closed to make room for it, to be sent now. */
  | { ok: true; closed?: PackedMessage | undefined }
  /** Not packed (too large once serialised, or not serialisable): the line is rejected. */
  | { ok: false; error: string };

/** Bytes a header takes beyond the tenant and chunk id: keys, punctuation, ≤100 B per hour. */
function headerBytes(tenant: string, chunk: string, hours: number): number {
  return 40 + tenant.length + chunk.length + hours * 100;
}

/** An hour's records in the chunk being filled: NDJSON, UTF-8, each line ending in `\n`. */
interface OpenGroup {
  text: Uint8Array;
  length: number;
  lines: number;
  minTs: string;
  maxTs: string;
}

/** First buffer of an hour's records; it doubles as they come, and is reused by the next chunk. */
const GROUP_INITIAL_BYTES = 4 * 1024;
const NEWLINE = 10;
const encoder = new TextEncoder();

export interface ChunkPackerOptions {
  /** A chunk's text before compression, at most (default {@link MAX_CHUNK_TEXT_BYTES}). */
  maxChunkBytes?: number;
  /** A serialised record larger than this is refused (MAX_RECORD_BYTES). */
  maxRecordBytes?: number;
}

/**
 * Packs a request's records into chunks (queue messages) and gives each record its id,
 * `<base>-<chunk>-<n>`: chunks are numbered from 0 and cut by text size, never by compressed
 * size, so the same records packed again get the same ids. Records are grouped by event hour
 * within a chunk.
 *
 * ```ts
 * const packer = new ChunkPacker("acme", baseId, { maxRecordBytes });
 * for (const { record, hour } of normalised) {
 *   const pushed = packer.push(record, hour);   // sets record.id
 *   if (!pushed.ok) reject(pushed.error);
 *   else if (pushed.closed) await send(pushed.closed);
 * }
 * const last = packer.close();
 * ```
 */
export class ChunkPacker {
  readonly #maxChunkBytes: number;
  readonly #maxRecordBytes: number;
  #index = 0;
  /** The id of the chunk being filled. */
  #chunk: string;
  #groups = new Map<string, OpenGroup>();
  #bytes = 0;
  #records = 0;
  #encoded = new Uint8Array(GROUP_INITIAL_BYTES);
  /** Buffers of closed chunks' groups, for the next chunk's. */
  #spare: Uint8Array[] = [];

  constructor(
    readonly tenant: string,
    readonly baseId: string,
    options: ChunkPackerOptions = {},
  ) {
    this.#maxChunkBytes = options.maxChunkBytes ?? MAX_CHUNK_TEXT_BYTES;
    this.#maxRecordBytes = options.maxRecordBytes ?? Number.POSITIVE_INFINITY;
    this.#chunk = chunkId(baseId, 0);
  }

  /**
   * Gives `record` the next id, serialises it and adds it to the current chunk, first closing
   * that chunk if the record does not fit (then the record moves to the next chunk, with that
   * chunk's id). An empty chunk takes any record, so a record larger than a chunk travels alone
   * (MAX_RECORD_BYTES is kept below the queue's hard limit, and deflate never grows a chunk past it).
   */
  push(record: LogRecord, hour: string): PushResult {
    record.id = recordId(this.#chunk, this.#records);
    let bytes = this.#encode(record);
    if (bytes === undefined) {
      return { ok: false, error: "the record cannot be serialised as JSON (too large or too deeply nested)" };
    }
    if (bytes > this.#maxRecordBytes) {
      return { ok: false, error: `the record is ${bytes} bytes once normalised; the limit is ${this.#maxRecordBytes}` };
    }
    let closed: PackedMessage | undefined;
    if (!this.#fits(bytes, hour)) {
      closed = this.close();
      record.id = recordId(this.#chunk, 0);
      bytes = this.#encode(record) ?? bytes;
    }
    this.#add(hour, record.timestamp, bytes);
    return { ok: true, closed };
  }

  /** Closes the current chunk and returns its message (undefined when empty); the next chunk begins. */
  close(): PackedMessage | undefined {
    if (this.#records === 0) return undefined;
    const groups = [...this.#groups].map(([hour, g]) => ({
      hour,
      lines: g.lines,
      minTs: g.minTs,
      maxTs: g.maxTs,
      segment: deflateSegment(g.text.subarray(0, g.length)),
    }));
    const message = { body: encodeQueueMessage(this.tenant, this.#chunk, groups), records: this.#records };
    for (const group of this.#groups.values()) this.#spare.push(group.text);
    this.#index++;
    this.#chunk = chunkId(this.baseId, this.#index);
    this.#groups = new Map();
    this.#bytes = 0;
    this.#records = 0;
    return message;
  }

  #fits(bytes: number, hour: string): boolean {
    if (this.#records === 0) return true;
    const hours = this.#groups.size + (this.#groups.has(hour) ? 0 : 1);
    return headerBytes(this.tenant, this.#chunk, hours) + this.#bytes + bytes + 1 <= this.#maxChunkBytes;
  }

  /**
   * Serialises a record and encodes it as UTF-8 into reused memory; returns its size in bytes, or
   * undefined when JSON cannot hold it. Encoding each record once is what tells its size, and the
   * chunk's text is then copied bytes, never one large string.
   */
  #encode(record: LogRecord): number | undefined {
    let json: string;
    try {
      json = serialiseRecord(record);
    } catch (error) {
      // JSON.stringify's own limits (string length, stack depth): this record alone cannot be stored.
      if (error instanceof RangeError) return undefined;
      throw error;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.#encoded.byteLength < json.length * 3) this.#encoded = new Uint8Array(json.length * 3);
    return encoder.encodeInto(json, this.#encoded).written;
  }

  /** Adds the record last encoded (`bytes` long), with its event hour and ISO timestamp. */
  #add(hour: string, timestamp: string, bytes: number): void {
    let group = this.#groups.get(hour);
    if (group === undefined) {
      const spare = this.#spare.pop();
      const text =
        spare !== undefined && spare.byteLength > bytes
          ? spare
          : new Uint8Array(Math.max(GROUP_INITIAL_BYTES, bytes + 1));
      group = { text, length: 0, lines: 0, minTs: timestamp, maxTs: timestamp };
      this.#groups.set(hour, group);
    } else {
      if (timestamp < group.minTs) group.minTs = timestamp;
      if (timestamp > group.maxTs) group.maxTs = timestamp;
      if (group.length + bytes + 1 > group.text.byteLength) {
        const grown = new Uint8Array(Math.max(group.text.byteLength * 2, group.length + bytes + 1));
        grown.set(group.text.subarray(0, group.length));
        group.text = grown;
      }
    }
    group.text.set(this.#encoded.subarray(0, bytes), group.length);
    group.text[group.length + bytes] = NEWLINE;
    group.length += bytes + 1;
    group.lines++;
    this.#bytes += bytes + 1;
    this.#records++;
  }
}

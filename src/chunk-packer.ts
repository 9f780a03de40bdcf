import { deflateSegment } from "./gzip";
import { recordId, sequenceId } from "./ids";
import { BILLING_UNIT_BYTES, MAX_CHUNK_TEXT_BYTES, TARGET_MESSAGE_BYTES } from "./limits";
import { encodeQueueMessage } from "./queue-message";
import type { LogRecord } from "./record";
import { readLineHead, serialiseRecord } from "./stored-line";

/** A closed chunk, ready to send. */
export interface PackedMessage {
  /** The message body (see queue-message.ts). */
  body: Uint8Array;
  records: number;
}

/** What {@link ChunkPacker.push} did with a record. */
export type PushResult =
  /** Packed; `closed` are the messages closed to make room for it, to be sent now (often none). */
  | { ok: true; closed: PackedMessage[] }
  /** Not packed (too large once serialised, or not serialisable): the line is rejected. */
  | { ok: false; error: string };

/** Bytes a header takes beyond the tenant and message id: keys, punctuation, ≤100 B per hour. */
function headerBytes(tenant: string, message: string, hours: number): number {
  return 40 + tenant.length + message.length + hours * 100;
}

/** An hour's records in the chunk being filled: NDJSON, UTF-8, each line ending in `\n`. */
interface OpenGroup {
  text: Uint8Array;
  length: number;
  lines: number;
  minTs: string;
  maxTs: string;
}

/** One hour's records of a chunk, closed: the text that becomes one deflate segment. */
interface ClosedGroup {
  hour: string;
  text: Uint8Array;
  lines: number;
  minTs: string;
  maxTs: string;
}

/** First buffer of an hour's records; it doubles as they come, and is reused by the next chunk. */
const GROUP_INITIAL_BYTES = 4 * 1024;
const NEWLINE = 10;
const encoder = new TextEncoder();

/**
 * How much log NDJSON shrinks in a queue message before a request has shown its own ratio: the
 * fast deflate level packs it ~8× (gzip.ts). Once a request's first chunk holds
 * {@link SAMPLE_BYTES}, they are compressed once to learn the request's own ratio (~0.1 ms),
 * so the first message is full too; after that each message teaches the next.
 */
const INITIAL_RATIO = 8;
const SAMPLE_BYTES = 32 * 1024;

/** The text target never drops below this: records that do not compress still fill a message. */
const MIN_TEXT_TARGET = 16 * 1024;

export interface ChunkPackerOptions {
  /** Compressed bytes a message aims for (default {@link TARGET_MESSAGE_BYTES}). */
  targetMessageBytes?: number;
  /** A chunk's text before compression, at most (default {@link MAX_CHUNK_TEXT_BYTES}). */
  maxChunkBytes?: number;
  /** A serialised record larger than this is refused (MAX_RECORD_BYTES). */
  maxRecordBytes?: number;
}

/**
 * Packs a request's records into queue messages ("chunks") of most of one 64 KB billing unit
 * compressed, and gives each record its id (ids.ts): `<base>-<sequence>-<n>`, where the sequence
 * is the record's event hour in the request's order of hours and n counts that hour's records.
 * Ids never depend on where chunks are cut, so cuts may follow the compressed size: each chunk
 * holds as much text as the request's records have so far compressed into the target (a first
 * guess of 8×, then the ratio the request's last chunk showed), and a chunk whose message passes
 * one billing unit is split in two, again if need be. Records are grouped by event hour within a
 * chunk, each hour's records in request order.
 *
 * ```ts
 * const packer = new ChunkPacker("acme", baseId, { maxRecordBytes });
 * for (const { record, hour } of normalised) {
 *   const pushed = packer.push(record, hour);   // sets record.id
 *   if (!pushed.ok) reject(pushed.error);
 *   else for (const message of pushed.closed) await send(message);
 * }
 * for (const message of packer.close()) await send(message);
 * ```
 */
export class ChunkPacker {
  readonly #targetMessageBytes: number;
  readonly #maxChunkBytes: number;
  readonly #maxRecordBytes: number;
  /** Text a chunk is closed at: the target times the compression ratio seen last. */
  #textTarget: number;
  /** Whether the target comes from this request's own records yet. */
  #learned = false;
  /** Per event hour, its sequence id and the next record's n. */
  readonly #sequences = new Map<string, { id: string; next: number }>();
  /** Messages closed so far (each gets `<base>:<index>` as its name in the header). */
  #messages = 0;
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
    this.#targetMessageBytes = options.targetMessageBytes ?? TARGET_MESSAGE_BYTES;
    this.#maxChunkBytes = options.maxChunkBytes ?? MAX_CHUNK_TEXT_BYTES;
    this.#maxRecordBytes = options.maxRecordBytes ?? Number.POSITIVE_INFINITY;
    this.#textTarget = this.#clampTarget(this.#targetMessageBytes * INITIAL_RATIO);
  }

  /**
   * Gives `record` the next id of its hour's sequence, serialises it and adds it to the current
   * chunk, first closing that chunk if the record does not fit. An empty chunk takes any record,
   * so a record larger than a chunk travels alone (MAX_RECORD_BYTES is kept below the queue's hard
   * limit, and deflate never grows a chunk past it).
   */
  push(record: LogRecord, hour: string): PushResult {
    const sequence = this.#sequences.get(hour) ?? { id: sequenceId(this.baseId, this.#sequences.size), next: 0 };
    record.id = recordId(sequence.id, sequence.next);
    const bytes = this.#encode(record);
    if (bytes === undefined) {
      return { ok: false, error: "the record cannot be serialised as JSON (too large or too deeply nested)" };
    }
    if (bytes > this.#maxRecordBytes) {
      return { ok: false, error: `the record is ${bytes} bytes once normalised; the limit is ${this.#maxRecordBytes}` };
    }
    // Only an accepted record takes its number (and a new hour its sequence).
    sequence.next++;
    this.#sequences.set(hour, sequence);
    const closed = this.#fits(bytes, hour) ? [] : this.close();
    this.#add(hour, record.timestamp, bytes);
    return { ok: true, closed };
  }

  /** Closes the current chunk and returns its messages (none when empty); the next chunk begins. */
  close(): PackedMessage[] {
    if (this.#records === 0) return [];
    const groups: ClosedGroup[] = [...this.#groups].map(([hour, g]) => ({
      hour,
      text: g.text.subarray(0, g.length),
      lines: g.lines,
      minTs: g.minTs,
      maxTs: g.maxTs,
    }));
    const messages = this.#encodeWithin(groups);
    this.#learn(messages.reduce((sum, m) => sum + m.body.byteLength, 0));
    for (const group of this.#groups.values()) this.#spare.push(group.text);
    this.#groups = new Map();
    this.#bytes = 0;
    this.#records = 0;
    return messages;
  }

  /** Encodes a chunk as one message, or — when that passes one billing unit — as the messages of its halves. */
  #encodeWithin(groups: ClosedGroup[]): PackedMessage[] {
    const name = `${this.baseId}:${this.#messages}`;
    const body = encodeQueueMessage(
      this.tenant,
      name,
      groups.map((g) => ({
        hour: g.hour,
        lines: g.lines,
        minTs: g.minTs,
        maxTs: g.maxTs,
        segment: deflateSegment(g.text),
      })),
    );
    const records = groups.reduce((sum, g) => sum + g.lines, 0);
    if (body.byteLength > BILLING_UNIT_BYTES && records > 1) {
      const [first, second] = splitGroups(groups);
      return [...this.#encodeWithin(first), ...this.#encodeWithin(second)];
    }
    this.#messages++;
    return [{ body, records }];
  }

  /** Sets the text target from how well the first chunk's records so far compress. */
  #learnFromSample(): void {
    let compressed = 0;
    for (const g of this.#groups.values()) compressed += deflateSegment(g.text.subarray(0, g.length)).byteLength;
    this.#learn(compressed);
  }

  /** The next chunk holds what compresses into the target at the ratio the chunk's text showed. */
  #learn(compressed: number): void {
    this.#textTarget = this.#clampTarget((this.#targetMessageBytes * this.#bytes) / compressed);
    this.#learned = true;
  }

  #clampTarget(bytes: number): number {
    return Math.max(Math.min(MIN_TEXT_TARGET, this.#maxChunkBytes), Math.min(this.#maxChunkBytes, Math.floor(bytes)));
  }

  #fits(bytes: number, hour: string): boolean {
    if (this.#records === 0) return true;
    if (!this.#learned && this.#bytes >= SAMPLE_BYTES) this.#learnFromSample();
    const hours = this.#groups.size + (this.#groups.has(hour) ? 0 : 1);
    const text = headerBytes(this.tenant, this.baseId, hours) + this.#bytes + bytes + 1;
    return text <= this.#textTarget && text <= this.#maxChunkBytes;
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

/**
 * Splits a chunk of ≥ 2 records in two, each non-empty: between hours when it holds several
 * (about half the text on each side), else the one hour's lines at the line nearest its middle.
 * Each hour's lines stay in order, so each sequence still travels in contiguous runs.
 */
function splitGroups(groups: ClosedGroup[]): [ClosedGroup[], ClosedGroup[]] {
  if (groups.length > 1) {
    const total = groups.reduce((sum, g) => sum + g.text.byteLength, 0);
    let at = 1;
    for (let half = groups[0]?.text.byteLength ?? 0; at < groups.length - 1 && half < total / 2; at++) {
      half += groups[at]?.text.byteLength ?? 0;
    }
    return [groups.slice(0, at), groups.slice(at)];
  }
  const [group] = groups as [ClosedGroup];
  const middle = group.text.byteLength >> 1;
  let cut = group.text.indexOf(NEWLINE, middle) + 1;
  if (cut === 0 || cut === group.text.byteLength) cut = group.text.lastIndexOf(NEWLINE, middle - 1) + 1;
  return [[describe(group.hour, group.text.subarray(0, cut))], [describe(group.hour, group.text.subarray(cut))]];
}

/** A group of lines' count and time range, read from the lines themselves. */
function describe(hour: string, text: Uint8Array): ClosedGroup {
  const group: ClosedGroup = { hour, text, lines: 0, minTs: "", maxTs: "" };
  for (let start = 0; start < text.byteLength; ) {
    const end = text.indexOf(NEWLINE, start);
    const timestamp = readLineHead(text.subarray(start, end))?.timestamp ?? "";
    if (group.lines === 0 || timestamp < group.minTs) group.minTs = timestamp;
    if (timestamp > group.maxTs) group.maxTs = timestamp;
    group.lines++;
    start = end + 1;
  }
  return group;
}

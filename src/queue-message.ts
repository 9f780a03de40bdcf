import { z } from "zod";
import { deflateSegment, inflateSegment } from "./gzip";
import { chunkId, recordId } from "./ids";
import { MAX_CHUNK_TEXT_BYTES } from "./limits";
import { timestampOfLine } from "./ndjson";
import { TenantSchema } from "./tenant";

/**
 * The queue message ("chunk") format, sent with `contentType: "bytes"`: one line of JSON, the
 * header, then the records of each UTC event hour as one raw-deflate segment (see gzip.ts):
 *
 * ```
 * {"v":2,"tenant":"acme","chunk":"<base>-0","groups":[["2026-11-26T17",2,812,"2026-11-26T17:00:01.000Z","2026-11-26T17:59:00.000Z"],["2026-11-26T16",1,190,…]]}
 * <812 bytes: the 2 NDJSON lines of 2026-11-26T17, deflated><190 bytes: the line of 2026-11-26T16>
 * ```
 *
 * The header names the tenant, the chunk id (from which every record id derives) and, per hour:
 * how many records, the segment's length, and the earliest and latest record timestamp. So the
 * consumer writes a tenant-hour's raw object from the segments of many messages without parsing
 * a record or compressing anything again, and knows its metadata.
 *
 * Version 1, sent as text before messages were compressed, still decodes (a dead letter kept
 * from then can be replayed): `{"v":1,"tenant","chunk","hours":[["2026-11-26T17",2],…]}` and
 * then the NDJSON lines of each hour in that order.
 */
const HourSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/);
const ChunkIdSchema = z.string().min(1).max(200);
const TimestampSchema = z.string().max(40);

/** The header of a queue message (version 2). */
export const QueueMessageHeaderSchema = z.object({
  v: z.literal(2),
  tenant: TenantSchema,
  chunk: ChunkIdSchema,
  groups: z
    .array(
      z.tuple([HourSchema, z.number().int().positive(), z.number().int().positive(), TimestampSchema, TimestampSchema]),
    )
    .min(1),
});

/** The header of a queue message. */
export type QueueMessageHeader = z.infer<typeof QueueMessageHeaderSchema>;

const TextMessageHeaderSchema = z.object({
  v: z.literal(1),
  tenant: TenantSchema,
  chunk: ChunkIdSchema,
  hours: z.array(z.tuple([HourSchema, z.number().int().positive()])),
});

/** The records of one hour in a queue message. */
export interface ChunkGroup {
  hour: string;
  /** How many records. */
  lines: number;
  minTs: string;
  maxTs: string;
  /** The records as NDJSON (every line ends in `\n`), deflated: a segment (see gzip.ts). */
  segment: Uint8Array;
  /** The same NDJSON, uncompressed. */
  text: Uint8Array;
}

/** A decoded queue message: its records grouped by event hour. */
export interface QueueChunk {
  tenant: string;
  chunk: string;
  groups: ChunkGroup[];
}

/** A queue message that is not in the format above. */
export class MessageFormatError extends Error {
  override name = "MessageFormatError";
}

const NEWLINE = 10;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function parseHeader<T>(json: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new MessageFormatError("the header line is not JSON", { cause: error });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new MessageFormatError(`invalid header: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function countLines(text: Uint8Array): number {
  let count = 0;
  for (let at = text.indexOf(NEWLINE); at !== -1; at = text.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

function decodeBytes(bytes: Uint8Array): QueueChunk {
  const newline = bytes.indexOf(NEWLINE);
  if (newline === -1) throw new MessageFormatError("the message has no header line");
  const header = parseHeader(decoder.decode(bytes.subarray(0, newline)), QueueMessageHeaderSchema);
  let offset = newline + 1;
  const expected = header.groups.reduce((sum, [, , length]) => sum + length, 0);
  if (offset + expected !== bytes.byteLength) {
    throw new MessageFormatError(
      `the header counts ${expected} bytes of records, the body holds ${bytes.byteLength - offset}`,
    );
  }
  const groups = header.groups.map(([hour, lines, length, minTs, maxTs]) => {
    const segment = bytes.subarray(offset, offset + length);
    offset += length;
    let text: Uint8Array;
    try {
      text = inflateSegment(segment);
    } catch (error) {
      throw new MessageFormatError(`the records of ${hour} do not decompress`, { cause: error });
    }
    const counted = countLines(text);
    if (counted !== lines || text[text.byteLength - 1] !== NEWLINE) {
      throw new MessageFormatError(`the header counts ${lines} records of ${hour}, the body holds ${counted}`);
    }
    return { hour, lines, minTs, maxTs, segment, text };
  });
  return { tenant: header.tenant, chunk: header.chunk, groups };
}

/** Version 1: text, compressed here (the ingest Worker no longer sends it). */
function decodeText(body: string): QueueChunk {
  const newline = body.indexOf("\n");
  const header = parseHeader(newline === -1 ? body : body.slice(0, newline), TextMessageHeaderSchema);
  const lines = newline === -1 ? [] : body.slice(newline + 1).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const expected = header.hours.reduce((sum, [, count]) => sum + count, 0);
  if (lines.length !== expected) {
    throw new MessageFormatError(`the header counts ${expected} records, the body holds ${lines.length}`);
  }
  let offset = 0;
  const groups = header.hours.map(([hour, count]) => {
    const group = lines.slice(offset, offset + count);
    offset += count;
    const stamps = group.map((line) => timestampOfLine(line) ?? "").sort();
    const text = encoder.encode(`${group.join("\n")}\n`);
    return {
      hour,
      lines: count,
      minTs: stamps[0] ?? "",
      maxTs: stamps.at(-1) ?? "",
      segment: deflateSegment(text),
      text,
    };
  });
  return { tenant: header.tenant, chunk: header.chunk, groups };
}

/** A message body's bytes (a view, not a copy) when it was sent as bytes; undefined otherwise. */
export function messageBytes(body: unknown): Uint8Array | undefined {
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}

/** Decodes a queue message body. Throws MessageFormatError when it is not a logsink chunk. */
export function decodeQueueMessage(body: unknown): QueueChunk {
  if (typeof body === "string") return decodeText(body);
  const bytes = messageBytes(body);
  if (bytes !== undefined) return decodeBytes(bytes);
  throw new MessageFormatError(`expected bytes or text, got ${typeof body}`);
}

/** The NDJSON lines of a decoded group. */
export function groupLines(group: ChunkGroup): string[] {
  const lines = decoder.decode(group.text).split("\n");
  lines.pop(); // the text ends in a newline
  return lines;
}

/** A closed chunk, ready to send. */
export interface PackedMessage {
  /** The message body (the format above). */
  body: Uint8Array;
  records: number;
}

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

/**
 * Packs a request's records into chunks of at most {@link MAX_CHUNK_TEXT_BYTES} of text, numbering
 * chunks from 0 so that the same records packed again get the same ids. Chunks are cut by text
 * size, not compressed size, so the ids never depend on how well the records compress.
 *
 * ```ts
 * const packer = new ChunkPacker("acme", baseId);
 * let id = packer.nextRecordId();                  // build the record with this id…
 * let bytes = packer.encode(json);
 * if (!packer.fits(bytes, hour)) {
 *   send(packer.close());
 *   bytes = packer.encode(jsonWith(packer.nextRecordId()));  // …and again with the next chunk's
 * }
 * packer.add(hour, timestamp);                     // adds the record last encoded
 * ```
 */
export class ChunkPacker {
  #index = 0;
  #groups = new Map<string, OpenGroup>();
  #bytes = 0;
  #records = 0;
  #encoded = new Uint8Array(GROUP_INITIAL_BYTES);
  #encodedBytes = 0;
  /** Buffers of closed chunks' groups, for the next chunk's. */
  #spare: Uint8Array[] = [];

  constructor(
    readonly tenant: string,
    readonly baseId: string,
    readonly maxBytes: number = MAX_CHUNK_TEXT_BYTES,
  ) {}

  /** The id of the chunk being filled. */
  get chunkId(): string {
    return chunkId(this.baseId, this.#index);
  }

  /** The id the next record added to the current chunk will carry. */
  nextRecordId(): string {
    return recordId(this.chunkId, this.#records);
  }

  /**
   * Whether a record of `bytes` for `hour` fits the current chunk. An empty chunk takes any
   * record, so one record larger than `maxBytes` travels alone (the queue's hard limit is
   * 128 KB; MAX_RECORD_BYTES is kept below it, and deflate never grows a chunk past it).
   */
  fits(bytes: number, hour: string): boolean {
    if (this.#records === 0) return true;
    const hours = this.#groups.size + (this.#groups.has(hour) ? 0 : 1);
    return headerBytes(this.tenant, this.chunkId, hours) + this.#bytes + bytes + 1 <= this.maxBytes;
  }

  /**
   * Encodes a serialised record as UTF-8, ready for {@link add}, and returns its size in bytes.
   * Encoding each record once, into reused memory, is what tells its size, and the chunk's
   * text is then copied bytes, never one large string.
   */
  encode(json: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.#encoded.byteLength < json.length * 3) this.#encoded = new Uint8Array(json.length * 3);
    this.#encodedBytes = encoder.encodeInto(json, this.#encoded).written;
    return this.#encodedBytes;
  }

  /** Adds the record last encoded, with its event hour and ISO timestamp, to the current chunk. */
  add(hour: string, timestamp: string): void {
    const bytes = this.#encodedBytes;
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

  /** Closes the current chunk and returns its message (undefined when empty); the next chunk begins. */
  close(): PackedMessage | undefined {
    if (this.#records === 0) return undefined;
    const segments = [...this.#groups.values()].map((g) => deflateSegment(g.text.subarray(0, g.length)));
    const header: QueueMessageHeader = {
      v: 2,
      tenant: this.tenant,
      chunk: this.chunkId,
      groups: [...this.#groups].map(([hour, g], i) => [hour, g.lines, segments[i]?.byteLength ?? 0, g.minTs, g.maxTs]),
    };
    const headerLine = encoder.encode(`${JSON.stringify(header)}\n`);
    const body = new Uint8Array(headerLine.byteLength + segments.reduce((sum, s) => sum + s.byteLength, 0));
    body.set(headerLine);
    let offset = headerLine.byteLength;
    for (const segment of segments) {
      body.set(segment, offset);
      offset += segment.byteLength;
    }
    const message = { body, records: this.#records };
    for (const group of this.#groups.values()) this.#spare.push(group.text);
    this.#index++;
    this.#groups = new Map();
    this.#bytes = 0;
    this.#records = 0;
    return message;
  }
}

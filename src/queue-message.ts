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

/** Decodes a queue message body. Throws MessageFormatError when it is not a logsink chunk. */
export function decodeQueueMessage(body: unknown): QueueChunk {
  if (typeof body === "string") return decodeText(body);
  if (body instanceof ArrayBuffer) return decodeBytes(new Uint8Array(body));
  if (ArrayBuffer.isView(body)) return decodeBytes(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  throw new MessageFormatError(`expected bytes or text, got ${typeof body}`);
}

/** The NDJSON lines of a decoded group. */
export function groupLines(group: ChunkGroup): string[] {
  const lines = decoder.decode(group.text).split("\n");
  lines.pop(); // the text ends in a newline
  return lines;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** UTF-8 length of a string, without allocating. */
export function utf8Length(text: string): number {
  // Most log lines are ASCII: one native scan answers for them.
  if (!NON_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair is 4 bytes: 2 UTF-16 units + 2
      i++;
    } else bytes += 2;
  }
  return bytes;
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

interface OpenGroup {
  lines: string[];
  minTs: string;
  maxTs: string;
}

/**
 * Packs a request's records into chunks of at most {@link MAX_CHUNK_TEXT_BYTES} of text, numbering
 * chunks from 0 so that the same records packed again get the same ids. Chunks are cut by text
 * size, not compressed size, so the ids never depend on how well the records compress.
 *
 * ```ts
 * const packer = new ChunkPacker("acme", baseId);
 * let id = packer.nextRecordId();                 // build the record with this id…
 * if (!packer.fits(bytes, hour)) { send(packer.close()); id = packer.nextRecordId(); } // …rebuild
 * packer.add(json, bytes, hour, timestamp);
 * ```
 */
export class ChunkPacker {
  #index = 0;
  #groups = new Map<string, OpenGroup>();
  #bytes = 0;
  #records = 0;

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
   * 128 KB; MAX_RECORD_BYTES is kept below it, and gzip never grows a chunk past it).
   */
  fits(bytes: number, hour: string): boolean {
    if (this.#records === 0) return true;
    const hours = this.#groups.size + (this.#groups.has(hour) ? 0 : 1);
    return headerBytes(this.tenant, this.chunkId, hours) + this.#bytes + bytes + 1 <= this.maxBytes;
  }

  /** Adds a serialised record (its UTF-8 size, event hour and ISO timestamp) to the current chunk. */
  add(json: string, bytes: number, hour: string, timestamp: string): void {
    const group = this.#groups.get(hour);
    if (group === undefined) {
      this.#groups.set(hour, { lines: [json], minTs: timestamp, maxTs: timestamp });
    } else {
      group.lines.push(json);
      if (timestamp < group.minTs) group.minTs = timestamp;
      if (timestamp > group.maxTs) group.maxTs = timestamp;
    }
    this.#bytes += bytes + 1;
    this.#records++;
  }

  /** Closes the current chunk and returns its message (undefined when empty); the next chunk begins. */
  close(): PackedMessage | undefined {
    if (this.#records === 0) return undefined;
    const segments = [...this.#groups.values()].map((g) => deflateSegment(`${g.lines.join("\n")}\n`));
    const header: QueueMessageHeader = {
      v: 2,
      tenant: this.tenant,
      chunk: this.chunkId,
      groups: [...this.#groups].map(([hour, g], i) => [
        hour,
        g.lines.length,
        segments[i]?.byteLength ?? 0,
        g.minTs,
        g.maxTs,
      ]),
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
    this.#index++;
    this.#groups = new Map();
    this.#bytes = 0;
    this.#records = 0;
    return message;
  }
}

import { z } from "zod";
import { LogsinkError } from "./errors";
import { inflateSegment } from "./gzip";
import { TenantSchema } from "./tenant";

/**
 * The queue message ("chunk") format, sent with `contentType: "bytes"`: one line of JSON, the
 * header, then the records of each UTC event hour as one raw-deflate segment (see gzip.ts):
 *
 * ```
 * {"v":2,"tenant":"acme","chunk":"<base>:0","groups":[["2026-11-26T17",2,812,"2026-11-26T17:00:01.000Z","2026-11-26T17:59:00.000Z"],["2026-11-26T16",1,190,…]]}
 * <812 bytes: the 2 NDJSON lines of 2026-11-26T17, deflated><190 bytes: the line of 2026-11-26T16>
 * ```
 *
 * The header names the tenant, the message (`<request base id>:<n>`, for logs; record ids are in
 * the records, ids.ts) and, per hour:
 * how many records, the segment's length, and the earliest and latest record timestamp. So the
 * consumer writes a tenant-hour's raw object from the segments of many messages without parsing
 * a record or compressing anything again, and knows its metadata.
 */
const HourSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/);
const ChunkIdSchema = z.string().min(1).max(200);
const TimestampSchema = z.string().max(40);

/** The header of a queue message (version 2). */
const QueueMessageHeaderSchema = z.object({
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
export class MessageFormatError extends LogsinkError {
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

/** A message body's bytes (a view, not a copy) when it was sent as bytes; undefined otherwise. */
export function toMessageBytes(body: unknown): Uint8Array | undefined {
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}

/** Decodes a queue message body. Throws MessageFormatError when it is not a logsink chunk. */
export function decodeQueueMessage(body: unknown): QueueChunk {
  const bytes = toMessageBytes(body);
  if (bytes === undefined) throw new MessageFormatError(`expected bytes, got ${typeof body}`);
  return decodeBytes(bytes);
}

/** One hour's records of a chunk, as {@link encodeQueueMessage} takes them. */
export interface EncodedGroup {
  hour: string;
  lines: number;
  minTs: string;
  maxTs: string;
  /** The hour's NDJSON, deflated (see gzip.ts). */
  segment: Uint8Array;
}

/** Encodes a chunk: its header line, then each group's segment in order. */
export function encodeQueueMessage(tenant: string, chunk: string, groups: readonly EncodedGroup[]): Uint8Array {
  const header: QueueMessageHeader = {
    v: 2,
    tenant,
    chunk,
    groups: groups.map((g) => [g.hour, g.lines, g.segment.byteLength, g.minTs, g.maxTs]),
  };
  const headerLine = encoder.encode(`${JSON.stringify(header)}\n`);
  const body = new Uint8Array(headerLine.byteLength + groups.reduce((sum, g) => sum + g.segment.byteLength, 0));
  body.set(headerLine);
  let offset = headerLine.byteLength;
  for (const { segment } of groups) {
    body.set(segment, offset);
    offset += segment.byteLength;
  }
  return body;
}

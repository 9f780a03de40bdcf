import { z } from "zod";
import { chunkId, recordId } from "./ids";
import { MAX_MESSAGE_BYTES } from "./limits";
import { TenantSchema } from "./tenant";

/**
 * The queue message ("chunk") format, sent with `contentType: "text"` so NDJSON is not escaped
 * a second time inside JSON:
 *
 * ```
 * {"v":1,"tenant":"acme","chunk":"<base>-0","hours":[["2026-11-26T17",2],["2026-11-26T16",1]]}
 * {"id":"<base>-0-0",…record…}        ← the records of 2026-11-26T17
 * {"id":"<base>-0-1",…record…}
 * {"id":"<base>-0-2",…record…}        ← the record of 2026-11-26T16
 * ```
 *
 * The header names the tenant, the chunk id (from which every record id derives) and how many
 * of the following lines fall in each UTC event hour, in order, so the consumer groups records
 * by tenant-hour without parsing them.
 */
export const QueueMessageHeaderSchema = z.object({
  v: z.literal(1),
  tenant: TenantSchema,
  chunk: z.string().min(1).max(200),
  hours: z.array(z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/), z.number().int().positive()])),
});

/** The header line of a queue message. */
export type QueueMessageHeader = z.infer<typeof QueueMessageHeaderSchema>;

/** A decoded queue message: its records (NDJSON lines, unparsed) grouped by event hour. */
export interface QueueChunk {
  tenant: string;
  chunk: string;
  groups: { hour: string; lines: string[] }[];
}

/** A queue message that is not in the format above. */
export class MessageFormatError extends Error {
  override name = "MessageFormatError";
}

/** Decodes a queue message body. Throws MessageFormatError when it is not a logsink chunk. */
export function decodeQueueMessage(body: unknown): QueueChunk {
  if (typeof body !== "string") throw new MessageFormatError(`expected a text body, got ${typeof body}`);
  const newline = body.indexOf("\n");
  const headerText = newline === -1 ? body : body.slice(0, newline);
  let headerJson: unknown;
  try {
    headerJson = JSON.parse(headerText);
  } catch (error) {
    throw new MessageFormatError("the header line is not JSON", { cause: error });
  }
  const parsed = QueueMessageHeaderSchema.safeParse(headerJson);
  if (!parsed.success) {
    throw new MessageFormatError(`invalid header: ${z.prettifyError(parsed.error)}`);
  }
  const header = parsed.data;
  const lines = newline === -1 ? [] : body.slice(newline + 1).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const expected = header.hours.reduce((sum, [, count]) => sum + count, 0);
  if (lines.length !== expected) {
    throw new MessageFormatError(`the header counts ${expected} records, the body holds ${lines.length}`);
  }
  let offset = 0;
  const groups = header.hours.map(([hour, count]) => {
    const group = { hour, lines: lines.slice(offset, offset + count) };
    offset += count;
    return group;
  });
  return { tenant: header.tenant, chunk: header.chunk, groups };
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
  body: string;
  /** UTF-8 size of `body`. */
  bytes: number;
  records: number;
}

/** Bytes a header takes beyond the tenant and chunk id: keys, punctuation, ~22 B per hour. */
function headerBytes(tenant: string, chunk: string, hours: number): number {
  return 40 + tenant.length + chunk.length + hours * 22;
}

/**
 * Packs a request's records into queue messages of at most {@link MAX_MESSAGE_BYTES}, numbering
 * chunks from 0 so that the same records packed again get the same ids.
 *
 * ```ts
 * const packer = new ChunkPacker("acme", baseId);
 * let id = packer.nextRecordId();                 // build the record with this id…
 * if (!packer.fits(bytes, hour)) { send(packer.close()); id = packer.nextRecordId(); } // …rebuild
 * packer.add(json, bytes, hour);
 * ```
 */
export class ChunkPacker {
  #index = 0;
  #groups = new Map<string, string[]>();
  #bytes = 0;
  #records = 0;

  constructor(
    readonly tenant: string,
    readonly baseId: string,
    readonly maxBytes: number = MAX_MESSAGE_BYTES,
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
   * 128 KB; MAX_RECORD_BYTES is kept below it).
   */
  fits(bytes: number, hour: string): boolean {
    if (this.#records === 0) return true;
    const hours = this.#groups.size + (this.#groups.has(hour) ? 0 : 1);
    return headerBytes(this.tenant, this.chunkId, hours) + this.#bytes + bytes + 1 <= this.maxBytes;
  }

  /** Adds a serialised record to the current chunk. */
  add(json: string, bytes: number, hour: string): void {
    let group = this.#groups.get(hour);
    if (group === undefined) {
      group = [];
      this.#groups.set(hour, group);
    }
    group.push(json);
    this.#bytes += bytes + 1;
    this.#records++;
  }

  /** Closes the current chunk and returns it (undefined when empty); the next chunk begins. */
  close(): PackedMessage | undefined {
    if (this.#records === 0) return undefined;
    const header: QueueMessageHeader = {
      v: 1,
      tenant: this.tenant,
      chunk: this.chunkId,
      hours: [...this.#groups].map(([hour, lines]) => [hour, lines.length]),
    };
    const headerJson = JSON.stringify(header);
    let body = headerJson;
    for (const lines of this.#groups.values()) body += `\n${lines.join("\n")}`;
    const message = { body, bytes: utf8Length(headerJson) + this.#bytes, records: this.#records };
    this.#index++;
    this.#groups = new Map();
    this.#bytes = 0;
    this.#records = 0;
    return message;
  }
}

import { constants, zstdCompressSync } from "node:zlib";
import type { CompressionCodec, Encoding } from "hyparquet";
import { ByteWriter, type ColumnSource, ParquetWriter } from "hyparquet-writer";
import { PARQUET_COLUMNS, PARQUET_SCHEMA, type ParquetColumn } from "../../src/parquet-part";
import { msOfIso } from "../../src/timestamp";
import { MultipartObject, type WrittenPart } from "./multipart-object";
import type { PartSink } from "./part-writer";

/**
 * A row group holds at most this many rows, or {@link ROW_GROUP_BYTES} of records, whichever
 * comes first: few enough that one group's columns and their encoding stay a few MB of memory (a
 * 100,000-row write needed more than 128 MB; see PLATFORM.md), enough for dictionaries and zstd
 * to have something to work with.
 */
export const ROW_GROUP_ROWS = 10_000;
export const ROW_GROUP_BYTES = 8 * 1024 * 1024;

/**
 * Rows are gathered into one row group per five minutes of the hour (by event time), so that
 * each group's timestamp min/max spans at most five minutes and a query for a few minutes skips
 * the others — also when records arrive out of time order (many shippers, retries, late data).
 * Together the gathering groups hold at most {@link BUFFER_BYTES}; past that, the fullest one is
 * written out early.
 */
export const TIME_BUCKETS = 12;
const BUCKET_MS = 3_600_000 / TIME_BUCKETS;
const BUFFER_BYTES = 16 * 1024 * 1024;

/** zstd level 3, zstd's own default: most of the size of higher levels at several times the speed. */
const ZSTD_LEVEL = 3;

/**
 * How each column is encoded. Times within a five-minute row group differ little, so their deltas
 * pack into ~20 bits (DELTA_BINARY_PACKED). Ids are PLAIN: DELTA_BYTE_ARRAY (a sequence's ids share
 * their prefix) made parts 3–5 % smaller but cost a fresh byte array per id on every read, ~20 % of
 * the window query's CPU (measured: docs/performance.md); zstd takes most of the shared prefixes.
 * Trace and span ids are random, so no dictionary is tried for them. The rest take
 * hyparquet-writer's default: a dictionary when it at least halves the column (level, tenant,
 * service, host, repeated messages), plain otherwise.
 */
const ENCODINGS: Partial<Record<ParquetColumn, Encoding>> = {
  id: "PLAIN",
  trace_id: "PLAIN",
  span_id: "PLAIN",
  timestamp: "DELTA_BINARY_PACKED",
  received_at: "DELTA_BINARY_PACKED",
};

/**
 * The columns whose row groups get min/max statistics: those a query filters or skips by. Ids,
 * messages, trace ids and attributes are unordered text, whose bounds would skip nothing and cost
 * a comparison per value (a quarter of the encoding time).
 */
const STATISTICS: ReadonlySet<ParquetColumn> = new Set([
  "timestamp",
  "received_at",
  "tenant",
  "level",
  "service",
  "host",
]);

const HTTP_METADATA: R2HTTPMetadata = { contentType: "application/vnd.apache.parquet" };

/** Bytes copied into shared 64 KiB blocks: one allocation per block, not one per value. */
class ByteArena {
  #block = new Uint8Array(0);
  #used = 0;

  copy(bytes: Uint8Array): Uint8Array {
    if (this.#used + bytes.byteLength > this.#block.byteLength) {
      this.#block = new Uint8Array(Math.max(64 * 1024, bytes.byteLength));
      this.#used = 0;
    }
    const copy = this.#block.subarray(this.#used, this.#used + bytes.byteLength);
    copy.set(bytes);
    this.#used += bytes.byteLength;
    return copy;
  }
}

/**
 * The rows of one row group being gathered, column by column. Messages and attributes, the bulk
 * of a record, stay the UTF-8 bytes they were in the stored line, copied into an arena: no string
 * to decode and encode again, and half the memory of JavaScript strings.
 */
class RowGroupBuffer {
  arena = new ByteArena();
  columns = emptyColumns();
  rows = 0;
  /** Bytes of the stored lines gathered. */
  bytes = 0;

  add(line: Uint8Array, fields: StoredLine | undefined): void {
    const columns = this.columns;
    this.rows++;
    this.bytes += line.byteLength + 1;
    if (fields === undefined) {
      // Not a stored record (nothing logsink wrote): kept whole in `message`, never dropped.
      for (const name of PARQUET_COLUMNS) columns[name].push(name === "message" ? this.arena.copy(line) : null);
      return;
    }
    const { head, timestampMs, receivedAtMs } = fields;
    columns.id.push(this.arena.copy(fields.id));
    columns.timestamp.push(timestampMs);
    columns.received_at.push(receivedAtMs);
    columns.tenant.push(head.tenant);
    columns.level.push(head.level);
    columns.service.push(head.service ?? null);
    columns.host.push(head.host ?? null);
    columns.message.push(this.arena.copy(fields.message));
    columns.trace_id.push(fields.traceId === null ? null : this.arena.copy(fields.traceId));
    columns.span_id.push(fields.spanId === null ? null : this.arena.copy(fields.spanId));
    columns.attributes.push(fields.attributes === null ? null : this.arena.copy(fields.attributes));
  }
}

/** How to encode, where not as logsink does (the bench measures what each choice buys). */
export interface ParquetPartOptions {
  /** Per-column encodings over ENCODINGS. */
  encodings?: Partial<Record<ParquetColumn, Encoding>>;
  /** Default ZSTD. */
  codec?: Extract<CompressionCodec, "ZSTD" | "SNAPPY" | "UNCOMPRESSED">;
}

/**
 * Writes one Parquet part from batches of stored NDJSON lines: rows are gathered into columns,
 * one row group per five minutes of event time (see TIME_BUCKETS), and written a row group at a
 * time (zstd, dictionaries, min/max statistics where queries filter); the encoded bytes go up
 * through one {@link MultipartObject}. Memory: at most BUFFER_BYTES of gathered rows and one row
 * group's encoding, one upload buffer, and the footer's metadata (a few hundred bytes per row
 * group).
 */
export class ParquetPartWriter implements PartSink {
  readonly #object: MultipartObject;
  readonly #bytes = new ByteWriter(1024 * 1024);
  readonly #parquet: ParquetWriter;
  readonly #buckets = Array.from({ length: TIME_BUCKETS }, () => new RowGroupBuffer());
  readonly #encodings: Partial<Record<ParquetColumn, Encoding>>;
  #buffered = 0;

  constructor(bucket: R2Bucket, key: string, partBytes?: number, options: ParquetPartOptions = {}) {
    this.#object = new MultipartObject(bucket, key, HTTP_METADATA, partBytes);
    this.#encodings = { ...ENCODINGS, ...options.encodings };
    this.#parquet = new ParquetWriter({
      writer: this.#bytes,
      schema: PARQUET_SCHEMA,
      codec: options.codec ?? "ZSTD",
      compressors: {
        ZSTD: (input) => zstdCompressSync(input, { params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }),
      },
      statistics: true,
      createdBy: "logsink",
    });
  }

  async write(batch: Uint8Array): Promise<void> {
    for (let start = 0; start < batch.byteLength; ) {
      let end = batch.indexOf(10, start);
      if (end === -1) end = batch.byteLength;
      if (end > start) await this.#add(batch.subarray(start, end));
      start = end + 1;
    }
  }

  async close(): Promise<WrittenPart> {
    for (const bucket of this.#buckets) await this.#flush(bucket);
    this.#parquet.finish();
    await this.#drain();
    return this.#object.close();
  }

  abort(): Promise<void> {
    return this.#object.abort();
  }

  async #add(line: Uint8Array): Promise<void> {
    const fields = splitStoredLine(line);
    const ms = fields?.timestampMs ?? 0;
    const index = Math.floor((((ms % 3_600_000) + 3_600_000) % 3_600_000) / BUCKET_MS);
    const bucket = this.#buckets[index] ?? (this.#buckets[0] as RowGroupBuffer);
    const before = bucket.bytes;
    bucket.add(line, fields);
    this.#buffered += bucket.bytes - before;
    if (bucket.rows >= ROW_GROUP_ROWS || bucket.bytes >= ROW_GROUP_BYTES) await this.#flush(bucket);
    else if (this.#buffered >= BUFFER_BYTES) {
      await this.#flush(this.#buckets.reduce((a, b) => (b.bytes > a.bytes ? b : a)));
    }
  }

  async #flush(bucket: RowGroupBuffer): Promise<void> {
    if (bucket.rows === 0) return;
    const columnData: ColumnSource[] = PARQUET_COLUMNS.map((name) => {
      const column: ColumnSource = { name, data: bucket.columns[name], statistics: STATISTICS.has(name) };
      const encoding = this.#encodings[name];
      if (encoding !== undefined) column.encoding = encoding;
      return column;
    });
    this.#parquet.write({ columnData, rowGroupSize: bucket.rows });
    this.#buffered -= bucket.bytes;
    bucket.columns = emptyColumns();
    bucket.arena = new ByteArena();
    bucket.rows = 0;
    bucket.bytes = 0;
    await this.#drain();
  }

  /** Moves what the Parquet writer has encoded into the upload, and empties its buffer. */
  async #drain(): Promise<void> {
    await this.#object.append(this.#bytes.getBytes());
    this.#bytes.index = 0;
  }
}

function emptyColumns(): Record<ParquetColumn, (string | number | Uint8Array | null)[]> {
  return Object.fromEntries(PARQUET_COLUMNS.map((name) => [name, []])) as unknown as Record<
    ParquetColumn,
    (string | number | Uint8Array | null)[]
  >;
}

/** The head of a stored line: everything before `message`. */
interface StoredHead {
  id: string;
  timestamp: string;
  received_at: string;
  tenant: string;
  level: string;
  service?: string;
  host?: string;
}

interface StoredLine {
  head: StoredHead;
  timestampMs: number;
  receivedAtMs: number;
  /** The message as UTF-8 bytes (a view into the line). */
  message: Uint8Array;
  /** The id, trace id and span id as UTF-8 bytes: copied, not encoded, into the columns. */
  id: Uint8Array;
  traceId: Uint8Array | null;
  spanId: Uint8Array | null;
  /** The attributes' JSON text as UTF-8 bytes, as stored (a view into the line). */
  attributes: Uint8Array | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const MESSAGE_KEY = encoder.encode(',"message":"');
const ATTRIBUTES_KEY = encoder.encode(',"attributes":');
const TRACE_ID_KEY = encoder.encode(',"trace_id":"');
const SPAN_ID_KEY = encoder.encode(',"span_id":"');
const ID_KEY = encoder.encode('{"id":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;

/** Where `needle` first occurs in `bytes` at or after `from`; -1 if nowhere. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0] ?? 0;
  for (
    let i = bytes.indexOf(first, from);
    i !== -1 && i + needle.byteLength <= bytes.byteLength;
    i = bytes.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.byteLength && bytes[i + j] === needle[j]) j++;
    if (j === needle.byteLength) return i;
  }
  return -1;
}

/**
 * Splits a stored line (stored-line.ts: keys in a fixed order, `message` after the head fields,
 * `attributes` last) without decoding what needs none: the head is parsed as JSON; the id, the
 * trace and span ids, the message and the attributes are kept as the UTF-8 bytes they are — a JSON
 * string without escapes is its own text (one with escapes is parsed), and a `,"key":` with a bare
 * quote cannot occur inside a JSON string (every `"` in one is escaped). Taking the ids as bytes
 * instead of strings to encode again made the writer ~9 % faster (measured: docs/performance.md).
 * Undefined for a line that is not a stored record.
 */
function splitStoredLine(line: Uint8Array): StoredLine | undefined {
  const messageKey = indexOfBytes(line, MESSAGE_KEY);
  if (messageKey === -1 || line[line.byteLength - 1] !== CLOSE_BRACE) return undefined;
  let head: unknown;
  try {
    head = JSON.parse(`${decoder.decode(line.subarray(0, messageKey))}}`);
  } catch {
    return undefined;
  }
  if (!isStoredHead(head)) return undefined;
  const timestampMs = msOfIso(head.timestamp);
  const receivedAtMs = msOfIso(head.received_at);
  if (Number.isNaN(timestampMs) || Number.isNaN(receivedAtMs)) return undefined;

  // The message: from its opening quote to the first quote no backslash escapes. Most messages
  // hold neither: the next quote ends them, found natively.
  const open = messageKey + MESSAGE_KEY.byteLength - 1;
  let close = line.indexOf(QUOTE, open + 1);
  const backslash = line.indexOf(BACKSLASH, open + 1);
  const escaped = backslash !== -1 && backslash < close;
  if (escaped) {
    for (close = backslash; close < line.byteLength && line[close] !== QUOTE; close++) {
      if (line[close] === BACKSLASH) close++;
    }
  }
  if (close === -1 || close >= line.byteLength) return undefined;
  let message: Uint8Array;
  if (!escaped) message = line.subarray(open + 1, close);
  else {
    try {
      message = encoder.encode(JSON.parse(decoder.decode(line.subarray(open, close + 1))) as string);
    } catch {
      return undefined;
    }
  }

  // After the message: optional trace and span ids, then optional attributes, then `}`.
  const attributesKey = indexOfBytes(line, ATTRIBUTES_KEY, close);
  const idsEnd = attributesKey === -1 ? line.byteLength - 1 : attributesKey;
  let traceId: Uint8Array | null = null;
  let spanId: Uint8Array | null = null;
  if (idsEnd > close + 1) {
    let at = close + 1;
    traceId = unescapedString(line, TRACE_ID_KEY, at, idsEnd);
    if (traceId !== null) at += TRACE_ID_KEY.byteLength + traceId.byteLength + 1;
    spanId = unescapedString(line, SPAN_ID_KEY, at, idsEnd);
    if (spanId !== null) at += SPAN_ID_KEY.byteLength + spanId.byteLength + 1;
    if (at !== idsEnd) {
      // Not just the two ids without escapes: read as JSON.
      let ids: unknown;
      try {
        ids = JSON.parse(`{${decoder.decode(line.subarray(close + 2, idsEnd))}}`);
      } catch {
        return undefined;
      }
      const { trace_id, span_id } = ids as Record<string, unknown>;
      traceId = typeof trace_id === "string" ? encoder.encode(trace_id) : null;
      spanId = typeof span_id === "string" ? encoder.encode(span_id) : null;
    }
  }
  const id = unescapedString(line, ID_KEY, 0, messageKey) ?? encoder.encode(head.id);
  const attributes =
    attributesKey === -1 ? null : line.subarray(attributesKey + ATTRIBUTES_KEY.byteLength, line.byteLength - 1);
  return { head, timestampMs, receivedAtMs, message, id, traceId, spanId, attributes };
}

/**
 * The bytes of the JSON string value after `key` (which ends in its opening quote) at `at`, when
 * it is there, ends before `end` and holds no escape; null otherwise.
 */
function unescapedString(line: Uint8Array, key: Uint8Array, at: number, end: number): Uint8Array | null {
  for (let i = 0; i < key.byteLength; i++) if (line[at + i] !== key[i]) return null;
  const start = at + key.byteLength;
  for (let i = start; i < end; i++) {
    if (line[i] === QUOTE) return line.subarray(start, i);
    if (line[i] === BACKSLASH) return null;
  }
  return null;
}

function isStoredHead(value: unknown): value is StoredHead {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.timestamp === "string" &&
    typeof v.received_at === "string" &&
    typeof v.tenant === "string" &&
    typeof v.level === "string"
  );
}

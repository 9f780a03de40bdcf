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
 * How each column is encoded. Times are nearly sorted, so their deltas pack into a few bits
 * (DELTA_BINARY_PACKED); ids share their chunk's prefix (DELTA_BYTE_ARRAY stores only what
 * differs); trace and span ids are random, so no dictionary is tried for them. The rest take hyparquet-writer's default: a dictionary when it at least halves the
 * column (level, tenant, service, host, repeated messages), plain otherwise.
 */
const ENCODINGS: Partial<Record<ParquetColumn, Encoding>> = {
  id: "DELTA_BYTE_ARRAY",
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

const ATTRIBUTES_MARK = ',"attributes":';

/** The fields of a stored line, parsed without its attributes (kept as the JSON text they are). */
interface StoredFields {
  id: string;
  timestamp: string;
  received_at: string;
  tenant: string;
  level: string;
  service?: string;
  host?: string;
  message: string;
  trace_id?: string;
  span_id?: string;
}

/** The rows of one row group being gathered, column by column. */
class RowGroupBuffer {
  columns = emptyColumns();
  rows = 0;
  /** Characters of the stored lines gathered. */
  bytes = 0;

  add(line: string, fields: StoredLine | undefined): void {
    const columns = this.columns;
    this.rows++;
    this.bytes += line.length + 1;
    if (fields === undefined) {
      // Not a stored record (nothing logsink wrote): kept whole in `message`, never dropped.
      for (const name of PARQUET_COLUMNS) columns[name].push(name === "message" ? line : null);
      return;
    }
    const { record, timestampMs, receivedAtMs, attributes } = fields;
    columns.id.push(record.id);
    columns.timestamp.push(timestampMs);
    columns.received_at.push(receivedAtMs);
    columns.tenant.push(record.tenant);
    columns.level.push(record.level);
    columns.service.push(record.service ?? null);
    columns.host.push(record.host ?? null);
    columns.message.push(record.message);
    columns.trace_id.push(record.trace_id ?? null);
    columns.span_id.push(record.span_id ?? null);
    columns.attributes.push(attributes);
  }
}

/**
 * Writes one Parquet part from batches of stored NDJSON lines: rows are gathered into columns,
 * one row group per five minutes of event time (see TIME_BUCKETS), and written a row group at a
 * time (zstd, dictionaries, min/max statistics per column); the encoded bytes go up through one
 * {@link MultipartObject}. Memory: at most BUFFER_BYTES of gathered rows and one row group's
 * encoding, one upload buffer, and the footer's metadata (a few hundred bytes per row group).
 */
/** How to encode, where not as logsink does (the bench measures what each choice buys). */
export interface ParquetPartOptions {
  /** Per-column encodings over ENCODINGS. */
  encodings?: Partial<Record<ParquetColumn, Encoding>>;
  /** Default ZSTD. */
  codec?: Extract<CompressionCodec, "ZSTD" | "SNAPPY" | "UNCOMPRESSED">;
}

export class ParquetPartWriter implements PartSink {
  readonly #object: MultipartObject;
  readonly #bytes = new ByteWriter(1024 * 1024);
  readonly #parquet: ParquetWriter;
  readonly #decoder = new TextDecoder();
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
      // Each line decoded alone: a string kept in a column holds on to its line, not to the batch.
      if (end > start) await this.#add(this.#decoder.decode(batch.subarray(start, end)));
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

  async #add(line: string): Promise<void> {
    const fields = parseStoredFields(line);
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

function emptyColumns(): Record<ParquetColumn, (string | number | null)[]> {
  return Object.fromEntries(PARQUET_COLUMNS.map((name) => [name, []])) as unknown as Record<
    ParquetColumn,
    (string | number | null)[]
  >;
}

/**
 * A stored line's fields, with `attributes` as its JSON text. The stored line's keys come in a
 * fixed order with `attributes` last (stored-line.ts), and `,"attributes":` cannot occur inside a
 * JSON string (every `"` in one is escaped), so its first occurrence is the key itself.
 */
interface StoredLine {
  record: StoredFields;
  timestampMs: number;
  receivedAtMs: number;
  /** The attributes' JSON text, as stored. */
  attributes: string | null;
}

function parseStoredFields(line: string): StoredLine | undefined {
  const at = line.indexOf(ATTRIBUTES_MARK);
  if (at !== -1 && !line.endsWith("}")) return undefined;
  const head = at === -1 ? line : `${line.slice(0, at)}}`;
  let record: unknown;
  try {
    record = JSON.parse(head);
  } catch {
    return undefined;
  }
  if (!isStoredFields(record)) return undefined;
  const timestampMs = msOfIso(record.timestamp);
  const receivedAtMs = msOfIso(record.received_at);
  if (Number.isNaN(timestampMs) || Number.isNaN(receivedAtMs)) return undefined;
  return {
    record,
    timestampMs,
    receivedAtMs,
    attributes: at === -1 ? null : line.slice(at + ATTRIBUTES_MARK.length, -1),
  };
}

function isStoredFields(value: unknown): value is StoredFields {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.timestamp === "string" &&
    typeof v.received_at === "string" &&
    typeof v.message === "string" &&
    typeof v.tenant === "string" &&
    typeof v.level === "string"
  );
}

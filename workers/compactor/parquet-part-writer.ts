import { constants, zstdCompressSync } from "node:zlib";
import type { Encoding } from "hyparquet";
import { ByteWriter, type ColumnSource, ParquetWriter } from "hyparquet-writer";
import { PARQUET_COLUMNS, PARQUET_SCHEMA, type ParquetColumn } from "../../src/parquet-part";
import { MultipartObject, type WrittenPart } from "./multipart-object";
import type { PartSink } from "./part-writer";

/**
 * A row group holds at most this many rows, or {@link ROW_GROUP_BYTES} of records, whichever
 * comes first. Small enough that a query for a few minutes of an hour skips most of it (each
 * group's timestamp min/max is in the footer) and that one group's columns stay a few MB of
 * memory (a 100,000-row write needed more than 128 MB; see PLATFORM.md); large enough that
 * dictionaries and zstd have something to work with.
 */
export const ROW_GROUP_ROWS = 10_000;
export const ROW_GROUP_BYTES = 8 * 1024 * 1024;

/** zstd level 3, zstd's own default: most of the size of higher levels at several times the speed. */
const ZSTD_LEVEL = 3;

/**
 * How each column is encoded. Times are nearly sorted, so their deltas pack into a few bits
 * (DELTA_BINARY_PACKED); ids share their chunk's prefix (DELTA_BYTE_ARRAY stores only what
 * differs). The rest take hyparquet-writer's default: a dictionary when it at least halves the
 * column (level, tenant, service, host, repeated messages), plain otherwise.
 */
const ENCODINGS: Partial<Record<ParquetColumn, Encoding>> = {
  id: "DELTA_BYTE_ARRAY",
  timestamp: "DELTA_BINARY_PACKED",
  received_at: "DELTA_BINARY_PACKED",
};

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

/**
 * Writes one Parquet part from batches of stored NDJSON lines: rows are gathered into columns and
 * written a row group at a time (zstd, dictionaries, min/max statistics per column), and the
 * encoded bytes go up through one {@link MultipartObject}. Memory: one row group's columns and its
 * encoding, one upload buffer, and the footer's metadata (a few hundred bytes per row group).
 */
export class ParquetPartWriter implements PartSink {
  readonly #object: MultipartObject;
  readonly #bytes = new ByteWriter(1024 * 1024);
  readonly #parquet: ParquetWriter;
  readonly #decoder = new TextDecoder();
  #columns = emptyColumns();
  #rows = 0;
  #rowBytes = 0;

  constructor(bucket: R2Bucket, key: string, partBytes?: number) {
    this.#object = new MultipartObject(bucket, key, HTTP_METADATA, partBytes);
    this.#parquet = new ParquetWriter({
      writer: this.#bytes,
      schema: PARQUET_SCHEMA,
      codec: "ZSTD",
      compressors: {
        ZSTD: (input) => zstdCompressSync(input, { params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }),
      },
      statistics: true,
      createdBy: "logsink",
    });
  }

  async write(batch: Uint8Array): Promise<void> {
    const text = this.#decoder.decode(batch);
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      if (end > start) this.#add(text.slice(start, end));
      start = end + 1;
      if (this.#rows >= ROW_GROUP_ROWS || this.#rowBytes >= ROW_GROUP_BYTES) await this.#flushRowGroup();
    }
  }

  async close(): Promise<WrittenPart> {
    await this.#flushRowGroup();
    this.#parquet.finish();
    await this.#drain();
    return this.#object.close();
  }

  abort(): Promise<void> {
    return this.#object.abort();
  }

  #add(line: string): void {
    const columns = this.#columns;
    this.#rows++;
    this.#rowBytes += line.length + 1;
    const fields = parseStoredFields(line);
    if (fields === undefined) {
      // Not a stored record (nothing logsink wrote): kept whole in `message`, never dropped.
      for (const name of PARQUET_COLUMNS) columns[name].push(name === "message" ? line : null);
      return;
    }
    columns.id.push(fields.record.id);
    columns.timestamp.push(Date.parse(fields.record.timestamp));
    columns.received_at.push(Date.parse(fields.record.received_at));
    columns.tenant.push(fields.record.tenant);
    columns.level.push(fields.record.level);
    columns.service.push(fields.record.service ?? null);
    columns.host.push(fields.record.host ?? null);
    columns.message.push(fields.record.message);
    columns.trace_id.push(fields.record.trace_id ?? null);
    columns.span_id.push(fields.record.span_id ?? null);
    columns.attributes.push(fields.attributes);
  }

  async #flushRowGroup(): Promise<void> {
    if (this.#rows === 0) return;
    const columnData: ColumnSource[] = PARQUET_COLUMNS.map((name) => {
      const encoding = ENCODINGS[name];
      return encoding === undefined
        ? { name, data: this.#columns[name] }
        : { name, data: this.#columns[name], encoding };
    });
    this.#parquet.write({ columnData, rowGroupSize: this.#rows });
    this.#columns = emptyColumns();
    this.#rows = 0;
    this.#rowBytes = 0;
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
function parseStoredFields(line: string): { record: StoredFields; attributes: string | null } | undefined {
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
  return { record, attributes: at === -1 ? null : line.slice(at + ATTRIBUTES_MARK.length, -1) };
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
    typeof v.level === "string" &&
    !Number.isNaN(Date.parse(v.timestamp)) &&
    !Number.isNaN(Date.parse(v.received_at))
  );
}

import { zstdDecompressSync } from "node:zlib";
import {
  type AsyncBuffer,
  type Compressors,
  type FileMetaData,
  type ParquetParsers,
  parquetMetadataAsync,
  parquetRead,
  type RowGroup,
  type SchemaElement,
  type Statistics,
} from "hyparquet";
import type { Level } from "./level";
import type { LineBuffer } from "./line-buffer";
import { isoOfMs } from "./timestamp";

/**
 * A compacted part in Parquet (README, "Compacted parts as Parquet"): one row per stored record,
 * the stored record's fields as columns, every column nullable. `timestamp` and `received_at` are
 * TIMESTAMP(MILLIS, UTC); `attributes` is the JSON text of the object. A row whose `id` is null
 * holds a line that was not a stored record (nothing logsink wrote) in `message`, kept because
 * nothing is dropped, and skipped by queries as NDJSON parts skip it.
 */
export const PARQUET_COLUMNS = [
  "id",
  "timestamp",
  "received_at",
  "tenant",
  "level",
  "service",
  "host",
  "message",
  "trace_id",
  "span_id",
  "attributes",
] as const;

export type ParquetColumn = (typeof PARQUET_COLUMNS)[number];

const TIME_COLUMNS: ReadonlySet<ParquetColumn> = new Set(["timestamp", "received_at"]);

export const PARQUET_SCHEMA: SchemaElement[] = [
  { name: "root", num_children: PARQUET_COLUMNS.length },
  ...PARQUET_COLUMNS.map(
    (name): SchemaElement =>
      TIME_COLUMNS.has(name)
        ? {
            name,
            type: "INT64",
            repetition_type: "OPTIONAL",
            converted_type: "TIMESTAMP_MILLIS",
            logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
          }
        : {
            name,
            type: "BYTE_ARRAY",
            repetition_type: "OPTIONAL",
            converted_type: "UTF8",
            logical_type: { type: "STRING" },
          },
  ),
];

/** A row group's columns as read back: times as epoch ms (see PARSERS), strings, nulls. */
export interface ColumnValues {
  id: (string | null)[];
  timestamp: (number | null)[];
  received_at: (number | null)[];
  tenant: (string | null)[];
  level: (string | null)[];
  service: (string | null)[];
  host: (string | null)[];
  message: (string | null)[];
  trace_id: (string | null)[];
  span_id: (string | null)[];
  attributes: (string | null)[];
}

/** The same, with the text columns as their stored UTF-8 bytes (see BYTE_PARSERS). */
export type ColumnBytes = {
  [C in keyof ColumnValues]: ColumnValues[C] extends (string | null)[] ? (Uint8Array | null)[] : ColumnValues[C];
};

/** Some columns of the rows of one row group, column by column (no object per row). */
export interface RowGroupColumns<Columns = ColumnValues> {
  length: number;
  columns: Partial<Columns>;
}

/** Zstd through the runtime's node:zlib (workerd has it): hyparquet itself decodes only snappy. */
const COMPRESSORS: Compressors = { ZSTD: (input: Uint8Array) => zstdDecompressSync(input) };

/** Times come back as epoch ms numbers, not Date objects. */
const PARSERS: Partial<ParquetParsers> = { timestampFromMilliseconds: (value: bigint) => Number(value) };

/**
 * Text columns left as their UTF-8 bytes (views into the decompressed page), for answers written
 * as bytes: no string is made of a value that is only copied out again.
 */
const BYTE_PARSERS: Partial<ParquetParsers> = { ...PARSERS, stringFromBytes: (bytes: Uint8Array) => bytes };

/** A stored part that vanished between its manifest and its read. */
export class PartMissingError extends Error {
  override name = "PartMissingError";
}

/**
 * A Parquet part in R2 as hyparquet's AsyncBuffer: every slice is one ranged `get`, unless it lies
 * inside the window last given to {@link R2ParquetFile.useWindow} (one get for a whole row group,
 * instead of one per column chunk).
 */
export class R2ParquetFile implements AsyncBuffer {
  readonly byteLength: number;
  /** R2 gets made so far. */
  gets = 0;
  readonly #bucket: Pick<R2Bucket, "get">;
  readonly #key: string;
  #window: { start: number; bytes: ArrayBuffer } | undefined;

  constructor(bucket: Pick<R2Bucket, "get">, key: string, byteLength: number) {
    this.#bucket = bucket;
    this.#key = key;
    this.byteLength = byteLength;
  }

  slice(start: number, end: number = this.byteLength): ArrayBuffer | Promise<ArrayBuffer> {
    const window = this.#window;
    if (window !== undefined && start >= window.start && end <= window.start + window.bytes.byteLength) {
      return window.bytes.slice(start - window.start, end - window.start);
    }
    return this.#get(start, end);
  }

  /** Fetches `[start, end)` (one get) without using it yet: see {@link useWindow}. */
  fetch(start: number, end: number): Promise<ArrayBuffer> {
    return this.#get(start, end);
  }

  /** Serves later slices inside `[start, start + bytes)` from `bytes`. */
  useWindow(start: number, bytes: ArrayBuffer): void {
    this.#window = { start, bytes };
  }

  async #get(start: number, end: number): Promise<ArrayBuffer> {
    this.gets++;
    const object = await this.#bucket.get(this.#key, { range: { offset: start, length: end - start } });
    if (object === null || !("body" in object)) throw new PartMissingError(`${this.#key} is missing`);
    return object.arrayBuffer();
  }
}

/** A row group of a part, with where it starts (row index) and the bytes it spans. */
export interface PartRowGroup {
  index: number;
  rowStart: number;
  rowEnd: number;
  byteStart: number;
  byteEnd: number;
  group: RowGroup;
}

/** An opened Parquet part: its footer read (1 get), its row groups listed. */
export interface OpenedPart {
  file: R2ParquetFile;
  metadata: FileMetaData;
  rowGroups: PartRowGroup[];
}

export async function openParquetPart(
  bucket: Pick<R2Bucket, "get">,
  key: string,
  byteLength: number,
): Promise<OpenedPart> {
  const file = new R2ParquetFile(bucket, key, byteLength);
  const metadata = await parquetMetadataAsync(file);
  const rowGroups: PartRowGroup[] = [];
  let rowStart = 0;
  metadata.row_groups.forEach((group, index) => {
    // A column chunk starts at its dictionary page, if it has one, and spans all its pages.
    let byteStart = Number.POSITIVE_INFINITY;
    let byteEnd = 0;
    for (const column of group.columns) {
      const meta = column.meta_data;
      if (meta === undefined) continue;
      const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      byteStart = Math.min(byteStart, start);
      byteEnd = Math.max(byteEnd, start + Number(meta.total_compressed_size));
    }
    const rowEnd = rowStart + Number(group.num_rows);
    rowGroups.push({ index, rowStart, rowEnd, byteStart, byteEnd, group });
    rowStart = rowEnd;
  });
  return { file, metadata, rowGroups };
}

/** Reads `columns` of one row group, column by column. */
export function readRowGroup(
  part: OpenedPart,
  group: PartRowGroup,
  columns: readonly ParquetColumn[],
): Promise<RowGroupColumns> {
  return readColumns(part, group, columns, PARSERS);
}

/** {@link readRowGroup} with the text columns as UTF-8 bytes. */
export function readRowGroupBytes(
  part: OpenedPart,
  group: PartRowGroup,
  columns: readonly ParquetColumn[],
): Promise<RowGroupColumns<ColumnBytes>> {
  return readColumns(part, group, columns, BYTE_PARSERS);
}

async function readColumns<Columns>(
  part: OpenedPart,
  group: PartRowGroup,
  columns: readonly ParquetColumn[],
  parsers: Partial<ParquetParsers>,
): Promise<RowGroupColumns<Columns>> {
  const length = group.rowEnd - group.rowStart;
  const read: Partial<Record<ParquetColumn, unknown[]>> = {};
  await parquetRead({
    file: part.file,
    metadata: part.metadata,
    columns: [...columns],
    rowStart: group.rowStart,
    rowEnd: group.rowEnd,
    compressors: COMPRESSORS,
    parsers,
    // Pages of a column chunk, in order: copied into one array per column.
    onChunk: ({ columnName, columnData, rowStart }) => {
      const name = columnName as ParquetColumn;
      let values = read[name];
      if (values === undefined) {
        values = new Array(length).fill(null);
        read[name] = values;
      }
      const offset = rowStart - group.rowStart;
      for (let i = Math.max(0, -offset); i < columnData.length && offset + i < length; i++) {
        values[offset + i] = columnData[i];
      }
    },
  });
  return { length, columns: read as Partial<Columns> };
}

/** A statistic as a comparable value: times as epoch ms, strings as they are. */
function statValue(value: Statistics["min"]): number | string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string") return value;
  return undefined;
}

/** The min and max statistics of a column in a row group, when written. */
export function columnRange(
  group: RowGroup,
  column: ParquetColumn,
): { min: number | string; max: number | string } | undefined {
  const chunk = group.columns.find((c) => c.meta_data?.path_in_schema[0] === column);
  const stats = chunk?.meta_data?.statistics;
  const min = statValue(stats?.min_value ?? stats?.min);
  const max = statValue(stats?.max_value ?? stats?.max);
  return min === undefined || max === undefined ? undefined : { min, max };
}

/** What a query asks of a part's rows. */
export interface RowFilter {
  /** Event time in `[fromMs, toMs)`. */
  fromMs: number;
  toMs: number;
  /** Levels wanted (those at least the query's level), or every level. */
  levels?: ReadonlySet<Level> | undefined;
}

/** Counters of a query's Parquet reads. */
export interface ParquetScanStats {
  row_groups: number;
  /** Skipped by the timestamp and level statistics in the footer, without reading a byte of them. */
  row_groups_skipped: number;
  /** Skipped after reading only their `level` column: no row of the level asked for. */
  row_groups_skipped_by_level: number;
  gets: number;
}

export function newParquetScanStats(): ParquetScanStats {
  return { row_groups: 0, row_groups_skipped: 0, row_groups_skipped_by_level: 0, gets: 0 };
}

/** Whether a row group's statistics rule out every row the filter wants. */
function cannotMatch(group: RowGroup, filter: RowFilter): boolean {
  const time = columnRange(group, "timestamp");
  if (time !== undefined && (Number(time.max) < filter.fromMs || Number(time.min) >= filter.toMs)) return true;
  if (filter.levels === undefined) return false;
  const level = columnRange(group, "level");
  if (level === undefined) return false;
  for (const wanted of filter.levels) if (wanted >= level.min && wanted <= level.max) return false;
  return true;
}

/**
 * The rows of a Parquet part that `filter` may want, row group by row group: a row group whose
 * footer statistics (timestamp min/max, level min/max) rule it out is not read at all; with a
 * level filter, the `level` column of the others is read first (one small get), and only a row
 * group holding a wanted level is fetched whole (one get); without one, each row group is fetched
 * whole while the one before it is decoded. Rows come in stored order, text as UTF-8 bytes (see
 * writeStoredLine); the caller applies the filter to each row. Memory: two row groups' bytes and
 * one decoded.
 */
export async function* scanParquetPart(
  bucket: Pick<R2Bucket, "get">,
  key: string,
  byteLength: number,
  filter: RowFilter,
  stats: ParquetScanStats = newParquetScanStats(),
): AsyncGenerator<RowGroupColumns<ColumnBytes>> {
  const part = await openParquetPart(bucket, key, byteLength);
  const groups = part.rowGroups.filter((group) => !cannotMatch(group.group, filter));
  stats.row_groups += part.rowGroups.length;
  stats.row_groups_skipped += part.rowGroups.length - groups.length;
  const levels = filter.levels;
  const fetchGroup = (group: PartRowGroup | undefined) => {
    const fetched = group && part.file.fetch(group.byteStart, group.byteEnd);
    fetched?.catch(() => undefined); // awaited later, or abandoned if the reader stops first
    return fetched;
  };
  // Without a level to check first, the next row group is fetched while this one is decoded.
  let next = levels === undefined ? fetchGroup(groups[0]) : undefined;
  try {
    for (const [i, group] of groups.entries()) {
      if (levels !== undefined) {
        const read = await readRowGroup(part, group, ["level"]);
        if (!read.columns.level?.some((level) => levels.has(level as Level))) {
          stats.row_groups_skipped_by_level++;
          continue;
        }
        part.file.useWindow(group.byteStart, await part.file.fetch(group.byteStart, group.byteEnd));
      } else {
        const bytes = await (next as Promise<ArrayBuffer>);
        next = fetchGroup(groups[i + 1]);
        part.file.useWindow(group.byteStart, bytes);
      }
      yield await readRowGroupBytes(part, group, PARQUET_COLUMNS);
    }
  } finally {
    stats.gets += part.file.gets;
  }
}

/** The ids of a Parquet part in stored order (null for a row that is not a stored record). */
export async function* parquetPartIds(
  bucket: Pick<R2Bucket, "get">,
  key: string,
  byteLength: number,
): AsyncGenerator<string | null> {
  const part = await openParquetPart(bucket, key, byteLength);
  for (const group of part.rowGroups) {
    yield* (await readRowGroup(part, group, ["id"])).columns.id ?? [];
  }
}

const encoder = new TextEncoder();
/** The stored line's keys, in its order (stored-line.ts), as the bytes writeStoredLine copies. */
const KEY = {
  id: encoder.encode('{"id":"'),
  timestamp: encoder.encode('","timestamp":"'),
  received_at: encoder.encode('","received_at":"'),
  tenant: encoder.encode('","tenant":"'),
  level: encoder.encode('","level":"'),
  service: encoder.encode('","service":'),
  host: encoder.encode(',"host":'),
  message: encoder.encode(',"message":'),
  trace_id: encoder.encode(',"trace_id":'),
  span_id: encoder.encode(',"span_id":'),
  attributes: encoder.encode(',"attributes":'),
};
const INFO = encoder.encode("info");
const QUOTE = encoder.encode('"');
const EMPTY_STRING = encoder.encode('""');
const CLOSE = encoder.encode("}");

/** The last `received_at` written, as bytes: a request's records share it, row after row. */
let lastReceivedAtBytes: { ms: number; bytes: Uint8Array } = { ms: Number.NaN, bytes: new Uint8Array(0) };

function receivedAtBytes(ms: number): Uint8Array {
  if (ms !== lastReceivedAtBytes.ms) lastReceivedAtBytes = { ms, bytes: encoder.encode(isoOfMs(ms)) };
  return lastReceivedAtBytes.bytes;
}

/**
 * Writes row `i`'s stored line — exactly the bytes its NDJSON part would hold (serialiseRecord's
 * line) — into `out` (no newline); false for a row that is not a record. Needs every column, read
 * by readRowGroupBytes: text that needs no JSON escape (nearly all of it) is copied as it is
 * stored, and nothing becomes a string.
 */
export function writeStoredLine(columns: Partial<ColumnBytes>, i: number, out: LineBuffer): boolean {
  const id = columns.id?.[i];
  const timestamp = columns.timestamp?.[i];
  const receivedAt = columns.received_at?.[i];
  if (id == null || timestamp == null || receivedAt == null) return false;
  const tenant = columns.tenant?.[i];
  const level = columns.level?.[i];
  const service = columns.service?.[i];
  const host = columns.host?.[i];
  const message = columns.message?.[i];
  const traceId = columns.trace_id?.[i];
  const spanId = columns.span_id?.[i];
  const attributes = columns.attributes?.[i];
  // id, tenant and level are logsink's own values and are written unescaped, as serialiseStored does.
  out.bytes(KEY.id);
  out.bytes(id);
  out.bytes(KEY.timestamp);
  out.time(timestamp);
  out.bytes(KEY.received_at);
  out.bytes(receivedAtBytes(receivedAt));
  out.bytes(KEY.tenant);
  if (tenant != null) out.bytes(tenant);
  out.bytes(KEY.level);
  out.bytes(level ?? INFO);
  if (service != null) {
    out.bytes(KEY.service);
    out.jsonString(service);
  } else out.bytes(QUOTE);
  if (host != null) {
    out.bytes(KEY.host);
    out.jsonString(host);
  }
  out.bytes(KEY.message);
  if (message != null) out.jsonString(message);
  else out.bytes(EMPTY_STRING);
  if (traceId != null) {
    out.bytes(KEY.trace_id);
    out.jsonString(traceId);
  }
  if (spanId != null) {
    out.bytes(KEY.span_id);
    out.jsonString(spanId);
  }
  if (attributes != null) {
    out.bytes(KEY.attributes);
    out.bytes(attributes);
  }
  out.bytes(CLOSE);
  return true;
}

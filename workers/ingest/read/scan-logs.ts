import { RecordDeduplicator } from "../../../src/dedup";
import { gzipLineBytes } from "../../../src/gzip-lines";
import { type Hour, hourOfMs, hoursFrom } from "../../../src/hours";
import { hourPrefix, type PartFormat } from "../../../src/keys";
import { LEVELS, type Level, levelRank } from "../../../src/level";
import { LineBuffer } from "../../../src/line-buffer";
import { partFormat, readManifest } from "../../../src/manifest";
import {
  newParquetScanStats,
  type ParquetScanStats,
  PartMissingError,
  type RowFilter,
  scanParquetPart,
  writeStoredLine,
} from "../../../src/parquet-part";
import { listPages } from "../../../src/r2-pages";
import { type ListCounter, listStoredHours } from "../../../src/stored-hours";
import { parseStoredLine, readLineHead } from "../../../src/stored-line";

/** A `GET /v1/logs` query: event time in `[from, to)` (epoch ms) and optional filters. */
export interface LogQuery {
  tenant: string;
  from: number;
  to: number;
  level?: Level | undefined;
  service?: string | undefined;
  q?: string | undefined;
  limit: number;
}

/** A stored object to read, with the time range it holds (when known) to skip it cheaply. */
interface Source {
  key: string;
  min_ts?: string | undefined;
  max_ts?: string | undefined;
  /** A compacted part's format and stored size (from its manifest); raw objects are gzip NDJSON. */
  format?: PartFormat | undefined;
  bytes?: number | undefined;
}

/** A piece of a query's answer: whole NDJSON lines as UTF-8, each ending in a newline, and their count. */
export interface LogChunk {
  bytes: Uint8Array;
  records: number;
}

/** Matching lines are handed on in chunks of about this many bytes, or this long after the first. */
const CHUNK_BYTES = 64 * 1024;
const CHUNK_MS = 50;
/** A chunk's buffer: room for the line that takes it past CHUNK_BYTES without growing. */
const CHUNK_BUFFER_BYTES = CHUNK_BYTES + 16 * 1024;

/**
 * Gathers matching lines into chunks: one yield (and one network write) per ~64 KB instead of one
 * per line. Lines are written as bytes: a gzip NDJSON line is copied as stored, a Parquet row is
 * written from its columns' bytes (writeStoredLine), so no string is made of a line that is only
 * sent on.
 */
class ChunkBuilder {
  readonly lines = new LineBuffer(CHUNK_BUFFER_BYTES);
  #records = 0;
  #since = 0;

  /** Adds a stored line (without its newline). */
  add(line: Uint8Array): void {
    this.lines.bytes(line);
    this.end();
  }

  /** Ends the line just written into {@link lines}. */
  end(): void {
    if (this.#records++ === 0) this.#since = Date.now();
    this.lines.ascii("\n");
  }

  /** Whether the chunk is big enough, or old enough, to go. */
  get due(): boolean {
    return this.#records > 0 && (this.lines.length >= CHUNK_BYTES || Date.now() - this.#since >= CHUNK_MS);
  }

  get empty(): boolean {
    return this.#records === 0;
  }

  take(): LogChunk {
    const chunk = { bytes: this.lines.take(), records: this.#records };
    this.#records = 0;
    return chunk;
  }
}

/**
 * The text of a dictionary-encoded column's values (level, service): hyparquet hands every row the
 * same bytes object per dictionary entry, so each entry is decoded once.
 */
function dictionaryText(decoder: TextDecoder): (bytes: Uint8Array | null | undefined) => string | undefined {
  const texts = new Map<Uint8Array, string>();
  return (bytes) => {
    if (bytes == null) return undefined;
    let text = texts.get(bytes);
    if (text === undefined) {
      text = decoder.decode(bytes);
      texts.set(bytes, text);
    }
    return text;
  };
}

/** Characters JSON escapes in strings: a filter holding one cannot be pre-checked on raw text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON.stringify escapes exactly U+0000–U+001F
const JSON_ESCAPED = /["\\\u0000-\u001f]/;

/**
 * Streams a tenant's records that match `query`, oldest hour first, reading only the hours that
 * `[from, to)` touches and that hold data (found by delimited listing, see listStoredHours): per
 * such hour its manifest (1 get), its raw objects (1 list per 1000), then
 * every part and raw object whose time range meets the query (1 get each; a Parquet part: its
 * footer, then only the row groups its statistics cannot rule out, see scanParquetPart; counted
 * in `parquet`). Compacted parts are
 * read before raw objects, and a record stored twice — a raw object not yet deleted after its
 * hour was compacted, a redelivered message — is returned once (see RecordDeduplicator). Skipping an
 * object outside the range is safe: its copies elsewhere hold the same records, which match no
 * better. Matching lines come in chunks (see ChunkBuilder). Memory stays at one chunk and one
 * hour's record id ranges, however much is read.
 */
export async function* scanLogs(
  bucket: R2Bucket,
  query: LogQuery,
  counter: ListCounter = { calls: 0 },
  parquet: ParquetScanStats = newParquetScanStats(),
): AsyncGenerator<LogChunk> {
  const fromIso = new Date(query.from).toISOString();
  const toIso = new Date(query.to).toISOString();
  const minRank = query.level === undefined ? undefined : levelRank(query.level);
  const needsParse = minRank !== undefined || query.service !== undefined || query.q !== undefined;
  const rawFilter = [query.q, query.service].filter((f): f is string => f !== undefined && !JSON_ESCAPED.test(f));
  const decoder = new TextDecoder();
  let remaining = query.limit;
  const out = new ChunkBuilder();
  const rowFilter: RowFilter = {
    fromMs: query.from,
    toMs: query.to,
    levels: minRank === undefined || minRank === 0 ? undefined : new Set(LEVELS.slice(minRank)),
  };

  const matches = (text: string): boolean => {
    for (const needle of rawFilter) if (!text.includes(needle)) return false;
    if (!needsParse) return true;
    const record = parseStoredLine(text);
    if (minRank !== undefined && levelRank(record.level) < minRank) return false;
    if (query.service !== undefined && record.service !== query.service) return false;
    if (query.q !== undefined && !record.message.includes(query.q)) return false;
    return true;
  };

  async function* readParquet(
    source: Source,
    dedup: RecordDeduplicator | undefined,
  ): AsyncGenerator<LogChunk, "missing" | "read"> {
    try {
      for await (const group of scanParquetPart(bucket, source.key, source.bytes ?? 0, rowFilter, parquet)) {
        const { id: ids = [], timestamp: times = [], level: levels = [], service = [], message = [] } = group.columns;
        const text = dictionaryText(decoder);
        for (let i = 0; i < group.length; i++) {
          // Filters on the columns first: only matching rows become lines. Deduplicating only those
          // is enough: copies of a record match alike.
          const id = ids[i];
          const timestamp = times[i];
          if (id == null || timestamp == null || timestamp < query.from || timestamp >= query.to) continue;
          if (rowFilter.levels !== undefined && !rowFilter.levels.has(text(levels[i]) as Level)) continue;
          if (query.service !== undefined && text(service[i]) !== query.service) continue;
          if (query.q !== undefined) {
            const body = message[i];
            if (body == null || !decoder.decode(body).includes(query.q)) continue;
          }
          if (dedup !== undefined && !dedup.accept(decoder.decode(id))) continue;
          if (!writeStoredLine(group.columns, i, out.lines)) continue;
          out.end();
          if (--remaining === 0) return "read";
          if (out.due) yield out.take();
        }
      }
    } catch (error) {
      if (error instanceof PartMissingError) return "missing";
      throw error;
    }
    return "read";
  }

  async function* read(
    source: Source,
    dedup: RecordDeduplicator | undefined,
  ): AsyncGenerator<LogChunk, "missing" | "read"> {
    if ((source.max_ts && source.max_ts < fromIso) || (source.min_ts && source.min_ts >= toIso)) return "read";
    if (source.format === "parquet") return yield* readParquet(source, dedup);
    const object = await bucket.get(source.key);
    if (object === null) return "missing";
    for await (const line of gzipLineBytes(object.body)) {
      const head = readLineHead(line);
      if (head === undefined) {
        // Not a stored record line (nothing logsink wrote): no time to filter by, so not returned.
        console.error(JSON.stringify({ event: "unreadable_line", tenant: query.tenant, key: source.key }));
        continue;
      }
      // Outside the range first: a record's copies share its time, so they are skipped alike and
      // need no place in the deduplicator.
      if (head.timestamp < fromIso || head.timestamp >= toIso) continue;
      if (dedup !== undefined && !dedup.accept(head.id)) continue;
      // Without a filter on its content, a line is copied as stored, never decoded.
      if (needsParse && !matches(decoder.decode(line))) continue;
      out.add(line);
      if (--remaining === 0) return "read";
      if (out.due) yield out.take();
    }
    return "read";
  }

  const manifestParts = async (hour: Hour): Promise<Source[]> =>
    ((await readManifest(bucket, query.tenant, hour))?.parts ?? []).map((part) => ({
      ...part,
      format: partFormat(part),
    }));

  // Only hours that hold anything are read: found with a few delimited listings, so an empty
  // range costs a couple of calls rather than a get and a list per hour.
  const first = hourOfMs(query.from);
  const last = hourOfMs(query.to - 1);
  const compacted = await listStoredHours(bucket, "logs", query.tenant, first, last, counter);
  const waiting = await listStoredHours(bucket, "raw", query.tenant, first, last, counter);
  hours: for (const hour of hoursFrom(first, last)) {
    if (!compacted.has(hour) && !waiting.has(hour)) continue;
    const dedup = new RecordDeduplicator();
    const parts = compacted.has(hour) ? await manifestParts(hour) : [];
    const raw: Source[] = [];
    const listing = { prefix: hourPrefix("raw", query.tenant, hour), include: ["customMetadata" as const] };
    for await (const page of waiting.has(hour) ? listPages(bucket, listing) : []) {
      counter.calls++;
      for (const o of page.objects)
        raw.push({ key: o.key, min_ts: o.customMetadata?.min_ts, max_ts: o.customMetadata?.max_ts });
    }
    raw.sort((a, b) => (a.key < b.key ? -1 : 1));

    // Compacted parts hold each record once (compaction's guarantee): their ids need keeping only
    // when raw objects follow, whose records may already be in them.
    const partsDedup = raw.length > 0 ? dedup : undefined;
    const sources = [
      ...parts.map((source) => ({ source, seen: partsDedup })),
      ...raw.map((source) => ({ source, seen: dedup })),
    ];
    let compactedMeanwhile = false;
    for (const { source, seen } of sources) {
      if ((yield* read(source, seen)) === "missing") compactedMeanwhile = true;
      if (remaining === 0) break hours;
    }
    // A raw object vanished: a compaction finished while we read, so its records are in parts
    // that were not in the manifest we started with.
    if (compactedMeanwhile) {
      const seen = new Set(parts.map((p) => p.key));
      for (const part of await manifestParts(hour)) {
        if (seen.has(part.key)) continue;
        yield* read(part, dedup);
        if (remaining === 0) break hours;
      }
    }
  }
  if (!out.empty) yield out.take();
}

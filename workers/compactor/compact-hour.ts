import { RecordDeduplicator } from "../../src/dedup";
import { gzipLineBytes } from "../../src/gzip-lines";
import {
  compactionLockKey,
  hourPrefix,
  idIndexKey,
  manifestKey,
  type PartFormat,
  parseKey,
  partKey,
} from "../../src/keys";
import { type Manifest, type ManifestPart, partFormat, readManifestVersion } from "../../src/manifest";
import { parquetPartIds } from "../../src/parquet-part";
import { listPages } from "../../src/r2-pages";
import { readLineHead } from "../../src/stored-line";
import { indexKeyOf, loadIdIndex, writeIdIndex } from "./id-index";
import { CompactionBusyError, Lease, type LeaseOptions } from "./lease";
import { ParquetPartWriter } from "./parquet-part-writer";
import { LineBatch, type PartSink, PartWriter } from "./part-writer";

/** R2 `delete()` takes at most 1000 keys per call (r2/api/workers/workers-api-reference). */
const MAX_DELETE_KEYS = 1000;

/**
 * Lines are copied into one reused batch of this many bytes, compressed a batch at a time. Each
 * batch starts a fresh compressor (see gzip.ts), which costs ~1% of size against one stream; a
 * larger batch costs memory.
 */
const WRITE_BATCH_BYTES = 1024 * 1024;

/** The answer of one compaction of one tenant-hour (README, "Admin"). */
export interface CompactionSummary {
  tenant: string;
  hour: string;
  /** Parts written by this run. */
  parts: number;
  /** Records written by this run. */
  lines: number;
  /** Stored bytes (gzip or Parquet) written by this run. */
  bytes: number;
  /** Raw objects merged (and deleted) by this run. */
  sources: number;
  /** Records dropped by this run because they were already stored. */
  duplicates_dropped: number;
}

/** Counters beyond the summary, for the log line and the run's budget. */
export interface CompactionStats extends CompactionSummary {
  /** Raw objects still waiting because this run reached its source limit. */
  sources_left: number;
  /**
   * Lines whose id could not be read (not a stored record line): kept, since nothing is dropped,
   * but not deduplicated. Non-zero means something wrote into raw/ or logs/ that logsink did not;
   * the first is logged as `unreadable_line`.
   */
  unreadable_lines: number;
  bytes_in: number;
  /** Uncompressed bytes of the records written. */
  bytes_uncompressed: number;
  ms: number;
  /** Whether the hour's id index was read (late data) instead of its parts… */
  index_read: boolean;
  /** …whole (a small index), so that the late raw objects were read once, not twice. */
  index_whole: boolean;
  skipped?: "busy";
  /** With `skipped`: seconds until the other run's lease expires, if it stops renewing it. */
  retry_after_seconds?: number;
}

export interface CompactOptions {
  /** Epoch ms of the run (the cron's scheduledTime, or the admin request's time). */
  now: number;
  /** No part holds more uncompressed bytes than this (MAX_PART_BYTES). */
  maxPartBytes: number;
  /** At most this many raw objects are merged per run (a slice); the rest wait for the next run. */
  maxSources: number;
  /** …and at most this many bytes of them (their stored, compressed size); at least one is merged. */
  maxSourceBytes?: number;
  /** The format of the parts this run writes (PART_FORMAT); parts already stored keep theirs. */
  format?: PartFormat;
  /** Late data: an id index up to this size is loaded whole (default WHOLE_INDEX_BYTES; tests set 0). */
  wholeIndexBytes?: number;
  /** Multipart upload part size (tests use R2's 5 MiB minimum to reach two parts sooner). */
  uploadPartBytes?: number;
  /** The lease's timing and clock (defaults: lease.ts); tests shorten them. */
  lease?: LeaseOptions;
}

/** The stats of a run that has done nothing (yet). */
export function newStats(tenant: string, hour: string): CompactionStats {
  return {
    tenant,
    hour,
    parts: 0,
    lines: 0,
    bytes: 0,
    sources: 0,
    duplicates_dropped: 0,
    sources_left: 0,
    unreadable_lines: 0,
    bytes_in: 0,
    bytes_uncompressed: 0,
    ms: 0,
    index_read: false,
    index_whole: false,
  };
}

/** A raw object listed at the start of a run was gone when read: another run merged it. */
export class SourceVanishedError extends CompactionBusyError {
  override name = "SourceVanishedError";
}

/** Another run committed the hour's manifest first: this run's parts were deleted, nothing changed. */
export class CompactionConflictError extends CompactionBusyError {
  override name = "CompactionConflictError";
}

async function listAll(bucket: R2Bucket, prefix: string): Promise<R2Object[]> {
  const objects: R2Object[] = [];
  for await (const page of listPages(bucket, { prefix })) {
    objects.push(...page.objects);
  }
  return objects;
}

async function deleteAll(bucket: R2Bucket, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += MAX_DELETE_KEYS) {
    await bucket.delete(keys.slice(i, i + MAX_DELETE_KEYS));
  }
}

/**
 * Compacts one tenant-hour: every record of its raw objects goes into new parts (gzip NDJSON or
 * Parquet, `options.format`) exactly once.
 * The commit is safe by construction, whatever runs at the same time:
 * 1. plan: read the manifest (and its etag) and list the raw objects;
 * 2. write new parts, each under a key first claimed with a create-only put, so no two runs ever
 *    write the same part;
 * 3. commit: one compare-and-swap of the manifest (conditional on the etag read in 1, or
 *    create-only for an hour's first manifest);
 * 4. delete exactly the raw objects this manifest generation covers.
 * A run that loses the swap, loses its lease, or finds a listed raw object gone deletes only its
 * own new parts and gives up (CompactionBusyError): nothing it read is lost, and the next run
 * starts again from the raw objects. A run that dies leaves:
 * - before 3: parts no manifest lists; a later run deletes them once they are older than a
 *   lease's lifetime (so they cannot belong to a live run);
 * - between 3 and 4: raw objects already compacted; the next run merges them again and drops
 *   every one of their records (by record id) as already stored.
 * Raw objects that arrive after an hour was compacted are merged the same way into new parts,
 * appended to the manifest; existing parts are read for their record ids, never rewritten.
 *
 * R2 calls for an hour of N raw objects, P existing parts and K new parts of up to M multipart
 * parts each: ⌈N/1000⌉+1 lists, 1 manifest get, P+N gets, K×(M+3) part writes, 1 manifest put,
 * ⌈N/1000⌉ deletes, 4 lease calls and one renewal each 30 s. Memory: one 5 MiB upload buffer,
 * one 1 MiB batch, the record-id ranges (dedup.ts).
 */
export async function compactHour(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  options: CompactOptions,
): Promise<CompactionStats> {
  const started = Date.now();
  const stats = newStats(tenant, hour);
  const lease = await Lease.acquire(bucket, compactionLockKey(tenant, hour), options.lease);
  try {
    await mergeRawObjects(bucket, tenant, hour, options, stats, lease);
  } finally {
    // A failed release leaves the lease to expire; it must not hide why the run failed.
    await lease.release().catch((error: unknown) => {
      console.error(JSON.stringify({ event: "lease_release_failed", tenant, hour, error: String(error) }));
    });
  }
  stats.ms = Date.now() - started;
  return stats;
}

/** Claims the first free part key from `index` on with a create-only put; returns it and the next index. */
async function claimPartKey(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  index: number,
  format: PartFormat,
): Promise<{ key: string; next: number }> {
  for (let i = index; ; i++) {
    const key = partKey(tenant, hour, i, format);
    if ((await bucket.put(key, new Uint8Array(0), { onlyIf: { etagDoesNotMatch: "*" } })) !== null) {
      return { key, next: i + 1 };
    }
  }
}

async function mergeRawObjects(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  options: CompactOptions,
  stats: CompactionStats,
  lease: Lease,
): Promise<void> {
  const current = await readManifestVersion(bucket, tenant, hour);
  const manifest = current?.manifest;
  const referenced = new Set(manifest?.parts.map((p) => p.key));

  // Parts no manifest lists were left by a run that died before its commit: their records are
  // still in raw objects. Only those older than a lease's lifetime go: younger ones may belong to
  // a run that is still working (and will delete them itself if it cannot commit).
  const orphanBefore = lease.now() - lease.ttlMs;
  const stored = [
    ...(await listAll(bucket, hourPrefix("logs", tenant, hour))),
    ...(await listAll(bucket, hourPrefix("index", tenant, hour))),
  ];
  let nextIndex = 0;
  const orphans: string[] = [];
  for (const object of stored) {
    const parsed = parseKey(object.key);
    if (parsed?.kind === "part") nextIndex = Math.max(nextIndex, parsed.index + 1);
    else if (parsed?.kind !== "ids" || object.key === manifest?.ids) continue;
    if (!referenced.has(object.key) && object.uploaded.getTime() < orphanBefore) orphans.push(object.key);
  }
  await deleteAll(bucket, orphans);

  const raw = (await listAll(bucket, hourPrefix("raw", tenant, hour))).sort((a, b) => (a.key < b.key ? -1 : 1));
  const sources: R2Object[] = [];
  let sourceBytes = 0;
  for (const object of raw) {
    if (sources.length === options.maxSources) break;
    if (sources.length > 0 && sourceBytes + object.size > (options.maxSourceBytes ?? Number.POSITIVE_INFINITY)) break;
    sources.push(object);
    sourceBytes += object.size;
  }
  stats.sources_left = raw.length - sources.length;
  if (sources.length === 0) return;

  const getSource = async (source: R2Object): Promise<R2ObjectBody> => {
    const object = await bucket.get(source.key);
    // Deleted since it was listed: another run merged it, and may not have committed yet; going
    // on without it could commit a manifest that misses its records.
    if (object === null)
      throw new SourceVanishedError(`${source.key} vanished while ${tenant} ${hour} was compacted`, 1);
    return object;
  };
  const dedup = new RecordDeduplicator();
  const unreadable = (key: string) => {
    if (stats.unreadable_lines++ === 0) {
      console.error(JSON.stringify({ event: "unreadable_line", tenant, hour, key }));
    }
  };
  if (manifest?.ids !== undefined) {
    // Late data: what is already stored comes from the id index — whole when it is small, else
    // only the sequences the raw objects hold (found by a first pass over them) — so this costs
    // the late data, not the hour.
    const sequencesOfSources = async () => {
      const wanted = new Set<string>();
      for (const source of sources) {
        await lease.renewIfDue();
        const object = await getSource(source);
        for await (const line of gzipLineBytes(object.body)) {
          const head = readLineHead(line);
          if (head !== undefined) wanted.add(indexKeyOf(head.id));
        }
      }
      await lease.renewIfDue();
      return wanted;
    };
    const loaded = await loadIdIndex(bucket, manifest.ids, dedup, sequencesOfSources, options.wholeIndexBytes);
    stats.index_read = loaded.found;
    stats.index_whole = loaded.whole;
    if (!stats.index_read) {
      console.error(JSON.stringify({ event: "id_index_missing", tenant, hour, key: manifest.ids }));
    }
  }
  if (!stats.index_read) {
    // An hour compacted before id indexes existed (or whose index is gone, e.g. removed by
    // retention first): its parts' ids, read once.
    for (const part of manifest?.parts ?? []) {
      await lease.renewIfDue();
      for await (const id of storedIds(bucket, part)) {
        if (id === undefined) unreadable(part.key);
        else dedup.accept(id);
      }
    }
  }

  const written: ManifestPart[] = [];
  /** Every part key this run claimed: the only objects it may delete if it cannot commit. */
  const claimed: string[] = [];
  const format = options.format ?? "ndjson.gz";
  let writer: PartSink | undefined;
  let part = { lines: 0, bytes: 0, min: "", max: "" };
  const batch = new LineBatch(WRITE_BATCH_BYTES);
  const flushBatch = async () => {
    const lines = batch.take();
    if (writer === undefined || lines === undefined) return;
    await lease.renewIfDue();
    await writer.write(lines);
  };
  let committing = false;
  /** The number of this run's first part: it names the run's id index. */
  let firstPart: number | undefined;
  let newIndex: string | undefined;
  const closePart = async () => {
    if (writer === undefined) return;
    await flushBatch();
    await lease.renewIfDue();
    const result = await writer.close();
    written.push({
      key: result.key,
      format,
      lines: part.lines,
      bytes: result.bytes,
      min_ts: part.min,
      max_ts: part.max,
    });
    stats.bytes += result.bytes;
    writer = undefined;
  };

  try {
    for (const source of sources) {
      await lease.renewIfDue();
      const object = await getSource(source);
      stats.bytes_in += object.size;
      for await (const line of gzipLineBytes(object.body)) {
        const head = readLineHead(line);
        // A line without a readable id cannot be deduplicated: it is kept (never lost), and counted.
        if (head === undefined) unreadable(source.key);
        else if (!dedup.accept(head.id)) {
          stats.duplicates_dropped++;
          continue;
        }
        const bytes = line.byteLength + 1;
        if (writer !== undefined && part.lines > 0 && part.bytes + bytes > options.maxPartBytes) await closePart();
        if (writer === undefined) {
          const { key, next } = await claimPartKey(bucket, tenant, hour, nextIndex, format);
          nextIndex = next;
          firstPart ??= next - 1;
          claimed.push(key);
          writer =
            format === "parquet"
              ? new ParquetPartWriter(bucket, key, options.uploadPartBytes)
              : new PartWriter(bucket, key, options.uploadPartBytes);
          part = { lines: 0, bytes: 0, min: "", max: "" };
        }
        const ts = head?.timestamp;
        if (ts !== undefined && (part.min === "" || ts < part.min)) part.min = ts;
        if (ts !== undefined && ts > part.max) part.max = ts;
        part.lines++;
        part.bytes += bytes;
        stats.bytes_uncompressed += bytes;
        stats.lines++;
        if (!batch.fits(line)) await flushBatch();
        batch.add(line);
      }
    }
    await closePart();
    stats.parts = written.length;
    stats.sources = sources.length;
    // The id index of the hour as this manifest will have it (unchanged when nothing was added).
    if (written.length > 0 && firstPart !== undefined) {
      await lease.renewIfDue();
      newIndex = idIndexKey(tenant, hour, firstPart);
      claimed.push(newIndex);
      await writeIdIndex(bucket, newIndex, stats.index_read ? manifest?.ids : undefined, dedup);
    }

    const next: Manifest = {
      tenant,
      hour,
      lines: (manifest?.lines ?? 0) + stats.lines,
      duplicates_dropped: (manifest?.duplicates_dropped ?? 0) + stats.duplicates_dropped,
      sources: (manifest?.sources ?? 0) + sources.length,
      compacted_at: new Date(options.now).toISOString(),
      parts: [...(manifest?.parts ?? []), ...written],
      ...((newIndex ?? manifest?.ids) === undefined ? {} : { ids: newIndex ?? manifest?.ids }),
    };
    // Still ours right before the swap: a run that stalled past its lease must not commit.
    await lease.renew();
    committing = true;
    const committed = await bucket.put(manifestKey(tenant, hour), JSON.stringify(next), {
      httpMetadata: { contentType: "application/json" },
      onlyIf: current === undefined ? { etagDoesNotMatch: "*" } : { etagMatches: current.etag },
    });
    committing = false;
    if (committed === null) {
      throw new CompactionConflictError(`another run committed ${tenant} ${hour} first`, 1);
    }
  } catch (error) {
    await (writer as PartSink | undefined)?.abort();
    // A manifest put that threw may still have been stored, listing our parts: keep them. If it
    // was not, they are orphans, deleted by a later run once they are old enough.
    if (!committing) await deleteAll(bucket, claimed).catch(() => undefined);
    throw error;
  }
  await deleteAll(
    bucket,
    sources.map((s) => s.key),
  );
  // The index this manifest replaced; if this delete fails, a later run removes it as an orphan.
  if (newIndex !== undefined && manifest?.ids !== undefined) {
    await bucket.delete(manifest.ids).catch(() => undefined);
  }
}

/** The record ids of a stored part, in stored order; undefined for a line that is not a stored record. */
async function* storedIds(bucket: R2Bucket, part: ManifestPart): AsyncGenerator<string | undefined> {
  if (partFormat(part) === "parquet") {
    for await (const id of parquetPartIds(bucket, part.key, part.bytes)) yield id ?? undefined;
    return;
  }
  const object = await bucket.get(part.key);
  if (object === null) throw new Error(`manifest part ${part.key} is missing`);
  for await (const line of gzipLineBytes(object.body)) yield readLineHead(line)?.id;
}

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
  /** With `sources_left`: the last raw object merged, where the next run of the range starts. */
  resume_after?: string;
  /** Slices the hour was cut into by this run (when more than one): this run merged the first, the rest went on the queue. */
  slices?: number;
  /** The range of raw objects this run merged, when it was one of an hour's parallel slices. */
  slice?: RawRange;
  /** The slice overlapped what the hour already held, and was merged again against its id index. */
  remerged?: true;
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
  /**
   * When the hour holds more than one slice's raw objects: receives, once this run has committed
   * the first slice, the ranges of every slice after it (to compact them in parallel,
   * {@link compactRange}). Without it, a run merges one slice and leaves the rest (`sources_left`).
   */
  fanOut?: (ranges: RawRange[]) => Promise<void>;
  /** A parallel slice waits this long for the hour's lease to commit (default COMMIT_WAIT_MS). */
  commitWaitMs?: number;
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
 * - before 3: parts no manifest lists; a later run deletes them once they are older than
 *   ORPHAN_AGE_MS (so they cannot belong to a live run, or a parallel slice still writing);
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
    await releaseLease(lease, tenant, hour);
  }
  stats.ms = Date.now() - started;
  return stats;
}

/** Releases a run's lease; a failed release leaves it to expire, and must not hide why a run failed. */
async function releaseLease(lease: Lease, tenant: string, hour: string): Promise<void> {
  await lease.release().catch((error: unknown) => {
    console.error(JSON.stringify({ event: "lease_release_failed", tenant, hour, error: String(error) }));
  });
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

/**
 * Unreferenced parts younger than this may belong to a slice that is still writing: slices of one
 * hour write their parts in parallel, without the lease, and a queue invocation runs at most
 * 15 minutes of wall time (workers/platform/limits). Older ones were left by a run that died.
 */
export const ORPHAN_AGE_MS = 20 * 60_000;

/** A range of an hour's raw object keys, as the planner cut it: after `after` (exclusive), up to `through` (inclusive). */
export interface RawRange {
  after?: string;
  through?: string;
}

/** The hour's raw objects in `range` (the whole hour without one), sorted by key. */
export async function listRaw(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  range: RawRange = {},
): Promise<R2Object[]> {
  const objects: R2Object[] = [];
  const options = { prefix: hourPrefix("raw", tenant, hour), ...(range.after ? { startAfter: range.after } : {}) };
  for await (const page of listPages(bucket, options)) {
    for (const object of page.objects) {
      if (range.through !== undefined && object.key > range.through) return objects.sort(byKey);
      objects.push(object);
    }
  }
  return objects.sort(byKey);
}

function byKey(a: R2Object, b: R2Object): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The raw objects one slice merges: the first of `raw` within the slice's limits (at least one). */
function sliceOf(raw: readonly R2Object[], options: CompactOptions): R2Object[] {
  const sources: R2Object[] = [];
  let sourceBytes = 0;
  for (const object of raw) {
    if (sources.length === options.maxSources) break;
    if (sources.length > 0 && sourceBytes + object.size > (options.maxSourceBytes ?? Number.POSITIVE_INFINITY)) break;
    sources.push(object);
    sourceBytes += object.size;
  }
  return sources;
}

/**
 * Cuts an hour's raw objects (sorted by key) into the ranges of slices that fit one run each
 * (`maxSources`, `maxSourceBytes`). The last range is open-ended, so that raw objects which arrive
 * later and sort after every listed one belong to it.
 */
export function planSlices(raw: readonly R2Object[], options: CompactOptions): RawRange[] {
  const ranges: RawRange[] = [];
  let rest = raw;
  let after: string | undefined;
  while (rest.length > 0) {
    const slice = sliceOf(rest, options);
    rest = rest.slice(slice.length);
    const through = rest.length > 0 ? slice.at(-1)?.key : undefined;
    ranges.push({ ...(after === undefined ? {} : { after }), ...(through === undefined ? {} : { through }) });
    after = through;
  }
  return ranges;
}

/**
 * Deletes the hour's parts and id indexes no manifest lists that are older than ORPHAN_AGE_MS (left
 * by runs that died before their commit; their records are still in raw objects), and answers the
 * number after the highest part number in use.
 */
async function removeOrphans(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  manifest: Manifest | undefined,
  now: number,
): Promise<number> {
  const referenced = new Set(manifest?.parts.map((p) => p.key));
  const orphanBefore = now - ORPHAN_AGE_MS;
  const logs = await listAll(bucket, hourPrefix("logs", tenant, hour));
  const indexes = await listAll(bucket, hourPrefix("index", tenant, hour));
  const orphans: string[] = [];
  for (const object of [...logs, ...indexes]) {
    const kind = parseKey(object.key)?.kind;
    if (kind !== "part" && (kind !== "ids" || object.key === manifest?.ids)) continue;
    if (!referenced.has(object.key) && object.uploaded.getTime() < orphanBefore) orphans.push(object.key);
  }
  await deleteAll(bucket, orphans);
  return partIndexAfter(logs);
}

/** The number after the highest part number among `objects` (the hour's `logs/` listing). */
function partIndexAfter(objects: readonly R2Object[]): number {
  let nextIndex = 0;
  for (const object of objects) {
    const parsed = parseKey(object.key);
    if (parsed?.kind === "part") nextIndex = Math.max(nextIndex, parsed.index + 1);
  }
  return nextIndex;
}

async function mergeRawObjects(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  options: CompactOptions,
  stats: CompactionStats,
  lease: Lease,
  range?: RawRange,
): Promise<void> {
  const current = await readManifestVersion(bucket, tenant, hour);
  const manifest = current?.manifest;
  const nextIndex = await removeOrphans(bucket, tenant, hour, manifest, lease.now());

  const raw = await listRaw(bucket, tenant, hour, range);
  const sources = sliceOf(raw, options);
  stats.sources_left = raw.length - sources.length;
  /** More than one slice: the others, compacted in parallel once this one is committed. */
  let others: RawRange[] = [];
  if (stats.sources_left > 0 && range === undefined && options.fanOut !== undefined) {
    others = planSlices(raw, options).slice(1);
    stats.slices = others.length + 1;
    stats.sources_left = 0;
  }
  if (stats.sources_left > 0) stats.resume_after = sources.at(-1)?.key;
  if (sources.length === 0) return;

  const dedup = new RecordDeduplicator();
  if (manifest?.ids !== undefined) {
    // Late data: what is already stored comes from the id index — whole when it is small, else
    // only the sequences the raw objects hold (found by a first pass over them) — so this costs
    // the late data, not the hour.
    const sequencesOfSources = async () => {
      const wanted = new Set<string>();
      for (const source of sources) {
        await lease.renewIfDue();
        const object = await getSource(bucket, tenant, hour, source);
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
        if (id === undefined) unreadableLine(stats, part.key);
        else dedup.accept(id);
      }
    }
  }

  const output = await writeParts(bucket, tenant, hour, sources, dedup, nextIndex, options, stats, () =>
    lease.renewIfDue(),
  );
  await commitParts(bucket, {
    tenant,
    hour,
    current,
    sources,
    output,
    dedup,
    previousIndex: stats.index_read ? manifest?.ids : undefined,
    lease,
    options,
    stats,
  });
  // Only now: a run that failed before its commit is retried and plans again, so the other slices
  // are never put on the queue twice by one plan (another plan while they run only wastes work:
  // each slice's commit finds what is stored).
  if (others.length > 0) await options.fanOut?.(others);
}

/**
 * How long a slice that has written its parts waits for the hour's lease to commit them: other
 * slices' commits take seconds, a slice merged again holds it for a whole slice (~1–2 min), and a
 * holder that died is taken over once its lease expires (LEASE_TTL_MS). With a slice's own merge
 * (≤ 5 min of CPU) this stays inside a queue invocation's 15 minutes of wall time.
 */
const COMMIT_WAIT_MS = 5 * 60_000;

/**
 * Compacts one slice of a tenant-hour that is compacted in parallel slices (`range`, cut by
 * {@link planSlices}): its raw objects are merged into new parts without the hour's lease — other
 * slices of the hour do the same at the same time — and only the commit takes the lease (waiting
 * for it while another slice commits). At the commit the slice's record ids are checked against
 * the hour's id index, and its raw objects are listed again: a record already stored (a
 * redelivered message whose copies landed in two slices), or a raw object gone (another run merged
 * it meanwhile), makes the slice's parts void; they are
 * deleted and the slice is merged again, under the lease, against the index, dropping what is
 * stored. Otherwise its parts are appended to the manifest as any run's are.
 */
export async function compactRange(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  options: CompactOptions,
  range: RawRange,
): Promise<CompactionStats> {
  const started = Date.now();
  const stats = newStats(tenant, hour);
  stats.slice = range;
  const raw = await listRaw(bucket, tenant, hour, range);
  const sources = sliceOf(raw, options);
  stats.sources_left = raw.length - sources.length;
  if (stats.sources_left > 0) stats.resume_after = sources.at(-1)?.key;
  if (sources.length === 0) return stats;

  const dedup = new RecordDeduplicator();
  const nextIndex = partIndexAfter(await listAll(bucket, hourPrefix("logs", tenant, hour)));
  const output = await writeParts(bucket, tenant, hour, sources, dedup, nextIndex, options, stats, async () => {});

  let lease: Lease;
  try {
    lease = await acquireWaiting(bucket, compactionLockKey(tenant, hour), options.lease, options.commitWaitMs);
  } catch (error) {
    await deleteAll(bucket, output.claimed).catch(() => undefined);
    throw error;
  }
  /** Whether the parts were handed to the commit (which cleans up after itself) or deleted. */
  let handedOver = false;
  try {
    const current = await readManifestVersion(bucket, tenant, hour);
    const manifest = current?.manifest;
    let stored: "none" | "disjoint" | "overlapping" = "none";
    // Raw objects of this slice that another run merged (and deleted) meanwhile: its records are
    // stored, whether or not their ids could be read (a line without one is kept, not deduplicated).
    const listed = new Set((await listRaw(bucket, tenant, hour, range)).map((object) => object.key));
    if (sources.some((source) => !listed.has(source.key))) stored = "overlapping";
    else if (manifest !== undefined && manifest.parts.length > 0) {
      stored = "overlapping";
      if (manifest.ids !== undefined) {
        const committed = new RecordDeduplicator();
        const keys = async () => sliceIndexKeys(dedup);
        const loaded = await loadIdIndex(bucket, manifest.ids, committed, keys, options.wholeIndexBytes);
        stats.index_read = loaded.found;
        stats.index_whole = loaded.whole;
        if (loaded.found && !dedup.overlaps(committed)) {
          stored = "disjoint";
          // The new index must hold, for every sequence this slice shares with the hour, both.
          dedup.addSeenOf(committed);
        }
      }
    }
    if (stored === "overlapping") {
      // Rare (a redelivered message across slices, or an index to check against missing): the
      // slice again, the way a single run merges late data, which drops what is stored.
      handedOver = true;
      await deleteAll(bucket, output.claimed);
      const again = newStats(tenant, hour);
      again.slice = range;
      again.remerged = true;
      await mergeRawObjects(bucket, tenant, hour, options, again, lease, range);
      again.ms = Date.now() - started;
      return again;
    }
    // Written without the lease: make sure no run took them for a dead run's orphans meanwhile
    // (they are younger than ORPHAN_AGE_MS within a queue invocation's 15 minutes; this does not
    // rely on it).
    for (const part of output.parts) {
      if ((await bucket.head(part.key)) === null) {
        throw new CompactionBusyError(`${part.key} vanished before ${tenant} ${hour}'s slice was committed`, 1);
      }
    }
    handedOver = true;
    await commitParts(bucket, {
      tenant,
      hour,
      current,
      sources,
      output,
      dedup,
      previousIndex: stored === "disjoint" ? manifest?.ids : undefined,
      lease,
      options,
      stats,
    });
  } catch (error) {
    if (!handedOver) await deleteAll(bucket, output.claimed).catch(() => undefined);
    throw error;
  } finally {
    await releaseLease(lease, tenant, hour);
  }
  stats.ms = Date.now() - started;
  return stats;
}

/** The keys an id index is read by (indexKeyOf) for every record a deduplicator has seen. */
function sliceIndexKeys(dedup: RecordDeduplicator): Set<string> {
  const keys = new Set<string>();
  for (const [sequence] of dedup.sequenceRanges()) keys.add(sequence);
  for (const id of dedup.otherIds()) keys.add(`=${id}`);
  return keys;
}

/** Takes the lease at `key`, waiting (up to `waitMs`) while other runs hold it. */
async function acquireWaiting(
  bucket: R2Bucket,
  key: string,
  options: LeaseOptions | undefined,
  waitMs = COMMIT_WAIT_MS,
): Promise<Lease> {
  const deadline = Date.now() + waitMs;
  for (let pause = 100; ; pause = Math.min(2 * pause, 2_000)) {
    try {
      return await Lease.acquire(bucket, key, options);
    } catch (error) {
      if (!(error instanceof CompactionBusyError) || Date.now() + pause > deadline) throw error;
      await scheduler.wait(pause);
    }
  }
}

/** A raw object as listed, read; gone since it was listed means another run merged it. */
async function getSource(bucket: R2Bucket, tenant: string, hour: string, source: R2Object): Promise<R2ObjectBody> {
  const object = await bucket.get(source.key);
  // Deleted since it was listed: another run merged it, and may not have committed yet; going
  // on without it could commit a manifest that misses its records.
  if (object === null) throw new SourceVanishedError(`${source.key} vanished while ${tenant} ${hour} was compacted`, 1);
  return object;
}

/** Counts a line whose id cannot be read; the first of a run is logged. */
function unreadableLine(stats: CompactionStats, key: string): void {
  if (stats.unreadable_lines++ === 0) {
    console.error(JSON.stringify({ event: "unreadable_line", tenant: stats.tenant, hour: stats.hour, key }));
  }
}

/** What a run wrote before its commit. */
interface WrittenParts {
  parts: ManifestPart[];
  /** Every part key the run claimed: the only objects it may delete if it cannot commit. */
  claimed: string[];
  /** The number of the run's first part: it names the run's id index. */
  firstPart?: number;
}

/**
 * Merges `sources` into new parts (gzip NDJSON or Parquet, `options.format`), each under a key
 * first claimed with a create-only put from `nextIndex` on, dropping every record `dedup` has seen
 * (and marking the rest seen). On failure it deletes what it claimed and throws.
 */
async function writeParts(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  sources: readonly R2Object[],
  dedup: RecordDeduplicator,
  nextIndex: number,
  options: CompactOptions,
  stats: CompactionStats,
  renew: () => Promise<void>,
): Promise<WrittenParts> {
  const output: WrittenParts = { parts: [], claimed: [] };
  const format = options.format ?? "ndjson.gz";
  let writer: PartSink | undefined;
  let part = { lines: 0, bytes: 0, min: "", max: "" };
  const batch = new LineBatch(WRITE_BATCH_BYTES);
  const flushBatch = async () => {
    const lines = batch.take();
    if (writer === undefined || lines === undefined) return;
    await renew();
    await writer.write(lines);
  };
  const closePart = async () => {
    if (writer === undefined) return;
    await flushBatch();
    await renew();
    const result = await writer.close();
    output.parts.push({
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
      await renew();
      const object = await getSource(bucket, tenant, hour, source);
      stats.bytes_in += object.size;
      for await (const line of gzipLineBytes(object.body)) {
        const head = readLineHead(line);
        // A line without a readable id cannot be deduplicated: it is kept (never lost), and counted.
        if (head === undefined) unreadableLine(stats, source.key);
        else if (!dedup.accept(head.id)) {
          stats.duplicates_dropped++;
          continue;
        }
        const bytes = line.byteLength + 1;
        if (writer !== undefined && part.lines > 0 && part.bytes + bytes > options.maxPartBytes) await closePart();
        if (writer === undefined) {
          const { key, next } = await claimPartKey(bucket, tenant, hour, nextIndex, format);
          nextIndex = next;
          output.firstPart ??= next - 1;
          output.claimed.push(key);
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
  } catch (error) {
    await (writer as PartSink | undefined)?.abort();
    await deleteAll(bucket, output.claimed).catch(() => undefined);
    throw error;
  }
  stats.parts = output.parts.length;
  stats.sources = sources.length;
  return output;
}

/** What {@link commitParts} commits, and against which manifest version. */
interface CommitInput {
  tenant: string;
  hour: string;
  /** The manifest (and etag) read under the lease; undefined for the hour's first commit. */
  current: { manifest: Manifest; etag: string } | undefined;
  sources: readonly R2Object[];
  output: WrittenParts;
  /** Every record id the hour holds once this commits, or (with `previousIndex`) those it adds or extends. */
  dedup: RecordDeduplicator;
  /** The index the new one copies (the sequences `dedup` holds replaced by its ranges). */
  previousIndex: string | undefined;
  lease: Lease;
  options: CompactOptions;
  stats: CompactionStats;
}

/**
 * The commit, under the hour's lease: the hour's new id index, one compare-and-swap of the
 * manifest, then the raw objects it covers are deleted, and the index it replaced. A commit that
 * fails before its swap deletes what the run claimed and throws.
 */
async function commitParts(
  bucket: R2Bucket,
  { tenant, hour, current, sources, output, dedup, previousIndex, lease, options, stats }: CommitInput,
): Promise<void> {
  const manifest = current?.manifest;
  const claimed = [...output.claimed];
  let newIndex: string | undefined;
  let committing = false;
  try {
    // The id index of the hour as this manifest will have it (unchanged when nothing was added).
    if (output.parts.length > 0 && output.firstPart !== undefined) {
      await lease.renewIfDue();
      newIndex = idIndexKey(tenant, hour, output.firstPart);
      claimed.push(newIndex);
      await writeIdIndex(bucket, newIndex, previousIndex, dedup);
    }
    const next: Manifest = {
      tenant,
      hour,
      lines: (manifest?.lines ?? 0) + stats.lines,
      duplicates_dropped: (manifest?.duplicates_dropped ?? 0) + stats.duplicates_dropped,
      sources: (manifest?.sources ?? 0) + sources.length,
      compacted_at: new Date(options.now).toISOString(),
      parts: [...(manifest?.parts ?? []), ...output.parts],
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

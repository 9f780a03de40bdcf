import { ChunkDeduplicator } from "../../src/dedup";
import { compactionLockKey, hourPrefix, manifestKey, parseKey, partKey } from "../../src/keys";
import { type Manifest, type ManifestPart, readManifest } from "../../src/manifest";
import { gzipLineBytes, idOfLine, lineHead, timestampOfLine } from "../../src/ndjson";
import { listPages } from "../../src/r2-pages";
import { PartWriter } from "./part-writer";

/** R2 `delete()` takes at most 1000 keys per call (r2/api/workers/workers-api-reference). */
const MAX_DELETE_KEYS = 1000;

/**
 * Lines are copied into one reused batch of this many bytes, compressed a batch at a time. Each
 * batch starts a fresh compressor (see gzip.ts), which costs ~1% of size against one stream; a
 * larger batch costs memory.
 */
const WRITE_BATCH_BYTES = 1024 * 1024;

/** A lease older than this belongs to a run that died: cron and queue wall time is 15 min. */
const LEASE_MS = 15 * 60 * 1000;

/** The answer of one compaction of one tenant-hour (CONTRACT.md, "Admin"). */
export interface CompactionSummary {
  tenant: string;
  hour: string;
  /** Parts written by this run. */
  parts: number;
  /** Records written by this run. */
  lines: number;
  /** Stored (gzip) bytes written by this run. */
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
  bytes_in: number;
  /** Uncompressed bytes of the records written. */
  bytes_uncompressed: number;
  /** R2 calls made (subrequests), and of those the billed Class A (list, put, multipart) and B (get). */
  r2_calls: number;
  class_a: number;
  class_b: number;
  ms: number;
  skipped?: "busy";
}

export interface CompactOptions {
  /** Epoch ms of the run (the cron's scheduledTime, or the admin request's time). */
  now: number;
  /** No part holds more uncompressed bytes than this (MAX_PART_BYTES). */
  maxPartBytes: number;
  /** At most this many raw objects are merged per run; the rest wait for the next run. */
  maxSources: number;
  /** Multipart upload part size (tests use R2's 5 MiB minimum to reach two parts sooner). */
  uploadPartBytes?: number;
}

/** The stats of a run that has done nothing (yet). */
export function emptyStats(tenant: string, hour: string): CompactionStats {
  return {
    tenant,
    hour,
    parts: 0,
    lines: 0,
    bytes: 0,
    sources: 0,
    duplicates_dropped: 0,
    sources_left: 0,
    bytes_in: 0,
    bytes_uncompressed: 0,
    r2_calls: 0,
    class_a: 0,
    class_b: 0,
    ms: 0,
  };
}

/** Another compaction of this tenant-hour holds the lease. */
export class CompactionBusyError extends Error {
  override name = "CompactionBusyError";
}

type CallCounts = Pick<CompactionStats, "r2_calls" | "class_a" | "class_b">;

/** Counts one R2 call of a billing class (deletes and aborts are free, but still subrequests). */
function counted(stats: CallCounts, billing: "a" | "b" | "free", calls = 1): void {
  stats.r2_calls += calls;
  if (billing === "a") stats.class_a += calls;
  if (billing === "b") stats.class_b += calls;
}

async function listAll(bucket: R2Bucket, prefix: string, stats: CallCounts): Promise<R2Object[]> {
  const objects: R2Object[] = [];
  for await (const page of listPages(bucket, { prefix })) {
    counted(stats, "a");
    objects.push(...page.objects);
  }
  return objects;
}

async function deleteAll(bucket: R2Bucket, keys: string[], stats: CallCounts): Promise<void> {
  for (let i = 0; i < keys.length; i += MAX_DELETE_KEYS) {
    counted(stats, "free");
    await bucket.delete(keys.slice(i, i + MAX_DELETE_KEYS));
  }
}

/**
 * Takes the tenant-hour's lease: a create-only put (R2 is strongly consistent, so exactly one of
 * two racing runs wins). A lease left by a run that died expires after 15 minutes.
 */
async function acquireLease(bucket: R2Bucket, key: string, now: number): Promise<boolean> {
  const lease = JSON.stringify({ acquired_at: new Date(now).toISOString() });
  if ((await bucket.put(key, lease, { onlyIf: { etagDoesNotMatch: "*" } })) !== null) return true;
  const existing = await bucket.head(key);
  if (existing === null || now - existing.uploaded.getTime() < LEASE_MS) return false;
  await bucket.delete(key);
  return (await bucket.put(key, lease, { onlyIf: { etagDoesNotMatch: "*" } })) !== null;
}

/**
 * Compacts one tenant-hour: every record of its raw objects goes into new gzip parts exactly once,
 * then the manifest is written, then the raw objects are deleted — in that order, so a run that
 * dies at any step loses nothing and the next run finishes the job:
 * - died while writing parts: parts not in the manifest are orphans; the next run deletes them
 *   and starts again from the raw objects (an unfinished multipart upload is aborted, or expires
 *   after 7 days);
 * - died after the manifest, while deleting: the raw objects left are merged again, and every one
 *   of their records is recognised (by chunk id) as already compacted and dropped.
 * Raw objects that arrive after an hour was compacted are merged the same way into new parts,
 * appended to the manifest; existing parts are read for their chunk ids, never rewritten.
 *
 * R2 calls for an hour of N raw objects, P existing parts and K new parts of up to M multipart
 * parts each: ⌈N/1000⌉+1 lists, 1 manifest get, P+N gets, K×(M+2) part writes, 1 manifest put,
 * ⌈N/1000⌉ deletes, 2 lease calls. Memory: one 8 MiB upload buffer, one line, the chunk-id set.
 */
export async function compactHour(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  options: CompactOptions,
): Promise<CompactionStats> {
  const started = Date.now();
  const stats = emptyStats(tenant, hour);
  counted(stats, "a"); // the lease: a put…
  counted(stats, "free"); // …and its delete
  const lockKey = compactionLockKey(tenant, hour);
  if (!(await acquireLease(bucket, lockKey, options.now)))
    throw new CompactionBusyError(`${tenant} ${hour} is being compacted`);
  try {
    await mergeRawObjects(bucket, tenant, hour, options, stats);
  } finally {
    await bucket.delete(lockKey);
  }
  stats.ms = Date.now() - started;
  return stats;
}

async function mergeRawObjects(
  bucket: R2Bucket,
  tenant: string,
  hour: string,
  options: CompactOptions,
  stats: CompactionStats,
): Promise<void> {
  counted(stats, "b");
  const manifest = await readManifest(bucket, tenant, hour);
  const referenced = new Set(manifest?.parts.map((p) => p.key));

  // Parts no manifest lists were left by a run that died before its manifest: their records are
  // still in raw objects, so they go.
  const stored = await listAll(bucket, hourPrefix("logs", tenant, hour), stats);
  let nextIndex = 0;
  const orphans: string[] = [];
  for (const object of stored) {
    const parsed = parseKey(object.key);
    if (parsed?.kind !== "part") continue;
    nextIndex = Math.max(nextIndex, parsed.index + 1);
    if (!referenced.has(object.key)) orphans.push(object.key);
  }
  await deleteAll(bucket, orphans, stats);

  const raw = (await listAll(bucket, hourPrefix("raw", tenant, hour), stats)).sort((a, b) => (a.key < b.key ? -1 : 1));
  const sources = raw.slice(0, options.maxSources);
  stats.sources_left = raw.length - sources.length;
  if (sources.length === 0) return;

  const dedup = new ChunkDeduplicator();
  for (const part of manifest?.parts ?? []) {
    counted(stats, "b");
    const object = await bucket.get(part.key);
    if (object === null) throw new Error(`manifest part ${part.key} is missing`);
    for await (const line of gzipLineBytes(object.body)) {
      const id = idOfLine(lineHead(line));
      if (id !== undefined) dedup.accept(id);
    }
  }

  const written: ManifestPart[] = [];
  let writer: PartWriter | undefined;
  let part = { lines: 0, bytes: 0, min: "", max: "" };
  let batch = new Uint8Array(WRITE_BATCH_BYTES);
  let batchFilled = 0;
  const flushBatch = async () => {
    if (writer === undefined || batchFilled === 0) return;
    await writer.write(batch.subarray(0, batchFilled));
    batchFilled = 0;
  };
  const closePart = async () => {
    if (writer === undefined) return;
    await flushBatch();
    const result = await writer.close();
    counted(stats, "a", writer.calls);
    written.push({ key: result.key, lines: part.lines, bytes: result.bytes, min_ts: part.min, max_ts: part.max });
    stats.bytes += result.bytes;
    writer = undefined;
  };

  try {
    for (const source of sources) {
      counted(stats, "b");
      const object = await bucket.get(source.key);
      if (object === null) continue; // deleted by a concurrent run's cleanup: nothing to merge
      stats.bytes_in += object.size;
      for await (const line of gzipLineBytes(object.body)) {
        const head = lineHead(line);
        const id = idOfLine(head);
        if (id !== undefined && !dedup.accept(id)) {
          stats.duplicates_dropped++;
          continue;
        }
        const bytes = line.byteLength + 1;
        if (writer !== undefined && part.lines > 0 && part.bytes + bytes > options.maxPartBytes) await closePart();
        if (writer === undefined) {
          writer = new PartWriter(bucket, partKey(tenant, hour, nextIndex++), options.uploadPartBytes);
          part = { lines: 0, bytes: 0, min: "", max: "" };
        }
        const ts = timestampOfLine(head) ?? "";
        if (part.min === "" || ts < part.min) part.min = ts;
        if (ts > part.max) part.max = ts;
        part.lines++;
        part.bytes += bytes;
        stats.bytes_uncompressed += bytes;
        stats.lines++;
        if (batchFilled + bytes > batch.byteLength) {
          await flushBatch();
          if (bytes > batch.byteLength) batch = new Uint8Array(bytes);
        }
        batch.set(line, batchFilled);
        batch[batchFilled + line.byteLength] = 10;
        batchFilled += bytes;
      }
    }
    await closePart();
  } catch (error) {
    await (writer as PartWriter | undefined)?.abort();
    throw error;
  }
  stats.parts = written.length;
  stats.sources = sources.length;

  const next: Manifest = {
    tenant,
    hour,
    lines: (manifest?.lines ?? 0) + stats.lines,
    duplicates_dropped: (manifest?.duplicates_dropped ?? 0) + stats.duplicates_dropped,
    sources: (manifest?.sources ?? 0) + sources.length,
    compacted_at: new Date(options.now).toISOString(),
    parts: [...(manifest?.parts ?? []), ...written],
  };
  counted(stats, "a");
  await bucket.put(manifestKey(tenant, hour), JSON.stringify(next), {
    httpMetadata: { contentType: "application/json" },
  });
  await deleteAll(
    bucket,
    sources.map((s) => s.key),
    stats,
  );
}

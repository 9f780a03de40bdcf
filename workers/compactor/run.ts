import { z } from "zod";
import { HOUR_MS, type Hour, hourStartMs, isHour, SECOND_MS } from "../../src/hours";
import { hourPrefix, parsePrefix, tenantPrefix } from "../../src/keys";
import { writeMetric } from "../../src/metrics";
import { countingBucket, type R2CallCounts } from "../../src/r2-billing";
import { listAreaTenants, listDelimitedPrefixes } from "../../src/stored-hours";
import { TenantSchema } from "../../src/tenant";
import {
  type CompactionStats,
  type CompactOptions,
  compactHour,
  compactRange,
  newStats,
  type RawRange,
} from "./compact-hour";
import type { CompactorSettings } from "./config";
import { CompactionBusyError } from "./lease";

/** `sendBatch` takes at most 100 messages (queues/configuration/javascript-apis). */
const SEND_BATCH_MESSAGES = 100;

/**
 * Every tenant-hour that still has raw objects, found by delimited listing
 * (`raw/` → tenants → days → hours), every page followed. Raw objects are deleted once
 * compacted, so this tree stays small: ~1 + tenants × (1 + days) list calls.
 */
async function findRawHours(bucket: R2Bucket, counter = { calls: 0 }): Promise<{ tenant: string; hour: Hour }[]> {
  const found: { tenant: string; hour: Hour }[] = [];
  for (const tenant of await listAreaTenants(bucket, "raw", counter)) {
    for (const datePrefix of await listDelimitedPrefixes(bucket, tenantPrefix("raw", tenant), counter)) {
      for (const hourPrefix of await listDelimitedPrefixes(bucket, datePrefix, counter)) {
        const parsed = parsePrefix(hourPrefix);
        if (parsed?.hour !== undefined) found.push({ tenant: parsed.tenant, hour: parsed.hour });
      }
    }
  }
  return found;
}

/**
 * The tenants that have raw objects in `hour`: the tenant list, then one 1-key list per tenant,
 * rather than walking every tenant's days and hours.
 */
async function findTenantsWithRaw(bucket: R2Bucket, hour: Hour): Promise<string[]> {
  const tenants: string[] = [];
  for (const tenant of await listAreaTenants(bucket, "raw")) {
    const page = await bucket.list({ prefix: hourPrefix("raw", tenant, hour), limit: 1 });
    if (page.objects.length > 0) tenants.push(tenant);
  }
  return tenants;
}

/**
 * Compacts one tenant-hour through a counting wrapper of the bucket (whose counts also grow when
 * the run fails), and logs the run with the R2 calls it made by billing class (the benchmark's
 * cost figures read this line).
 */
async function compactCounted(
  bucket: R2Bucket,
  { tenant, hour }: { tenant: string; hour: Hour },
  now: number,
  compact: (bucket: R2Bucket) => Promise<CompactionStats>,
  metrics?: AnalyticsEngineDataset,
): Promise<CompactionStats> {
  const counts: R2CallCounts = { calls: 0, class_a: 0, class_b: 0 };
  const counting = countingBucket(bucket, counts);
  const lagSeconds = Math.max(0, Math.round((now - hourStartMs(hour) - HOUR_MS) / SECOND_MS));
  const metric = { kind: "compaction", tenant, subject: hour, lagSeconds } as const;
  let stats: CompactionStats;
  try {
    stats = await compact(counting);
  } catch (error) {
    const outcome = error instanceof CompactionBusyError ? "busy" : "failed";
    writeMetric(metrics, { ...metric, outcome, records: 0, bytes: 0 });
    throw error;
  }
  writeMetric(metrics, {
    ...metric,
    outcome: "compacted",
    records: stats.lines,
    bytes: stats.bytes,
    other: stats.duplicates_dropped,
  });
  console.log(
    JSON.stringify({
      event: "compacted",
      ...stats,
      r2_calls: counts.calls,
      class_a: counts.class_a,
      class_b: counts.class_b,
    }),
  );
  return stats;
}

/**
 * A tenant-hour to compact: the body of a compaction queue message. With `range`, one of the hour's
 * parallel slices (compactRange): raw object keys after `after`, up to `through`, which must be
 * keys of that tenant-hour.
 */
export const CompactionMessageSchema = z
  .object({
    tenant: TenantSchema,
    hour: z.string().refine(isHour, "an hour YYYY-MM-DDTHH"),
    range: z.object({ after: z.string().max(1024).optional(), through: z.string().max(1024).optional() }).optional(),
  })
  .refine(
    ({ tenant, hour, range }) =>
      [range?.after, range?.through].every(
        (key) => key === undefined || key.startsWith(hourPrefix("raw", tenant, hour)),
      ),
    "a range's keys are raw object keys of its tenant-hour",
  );

export type CompactionMessage = z.infer<typeof CompactionMessageSchema>;

/** Puts tenant-hours on the compaction queue, 100 messages per `sendBatch`. */
export async function enqueueCompactions(queue: Queue, hours: readonly CompactionMessage[]): Promise<void> {
  for (let i = 0; i < hours.length; i += SEND_BATCH_MESSAGES) {
    const batch = hours.slice(i, i + SEND_BATCH_MESSAGES);
    await queue.sendBatch(batch.map((body) => ({ body, contentType: "json" as const })));
  }
}

/**
 * The cron's work: finds, per tenant, every hour that ended at least `delaySeconds` before `now`
 * and still has raw objects, oldest first, and puts each on the compaction queue — it compacts
 * nothing itself, so any number of tenant-hours of any size are compacted in parallel by the
 * queue's consumer ({@link compactSlice}), each within one invocation's limits per slice.
 */
export async function planDueHours(
  bucket: R2Bucket,
  queue: Queue,
  settings: CompactorSettings,
  now: number,
): Promise<CompactionMessage[]> {
  const counter = { calls: 0 };
  const due = (await findRawHours(bucket, counter))
    .filter(({ hour }) => hourStartMs(hour) + HOUR_MS + settings.delaySeconds * SECOND_MS <= now)
    .sort((a, b) => (a.hour === b.hour ? (a.tenant < b.tenant ? -1 : 1) : a.hour < b.hour ? -1 : 1));
  await enqueueCompactions(queue, due);
  console.log(JSON.stringify({ event: "compaction_planned", hours: due.length, list_calls: counter.calls }));
  return due;
}

/** The options of one slice's run; an hour of more than one slice puts the others on `queue`. */
function sliceOptions(
  settings: CompactorSettings,
  now: number,
  queue: Queue,
  tenant: string,
  hour: Hour,
): CompactOptions {
  return {
    now,
    maxPartBytes: settings.maxPartBytes,
    maxSources: settings.slice.maxSources,
    maxSourceBytes: settings.slice.maxBytes,
    format: settings.format,
    fanOut: (ranges: RawRange[]) =>
      enqueueCompactions(
        queue,
        ranges.map((range) => ({ tenant, hour, range })),
      ),
  };
}

/**
 * Compacts what a compaction queue message names, and commits it:
 * - a tenant-hour: its raw objects, when they fit one slice; else the first slice, then one
 *   message per other slice (a range of raw object keys) on the queue, so that the slices of a
 *   large hour are compacted in parallel, by as many invocations as the queue runs at once;
 * - a range (one of those slices): compactRange.
 * When raw objects are left (more arrived in the range than one run takes), the rest goes back on
 * the queue. Throws as compactHour does (CompactionBusyError: another run holds the hour).
 */
export async function compactSlice(
  bucket: R2Bucket,
  queue: Queue,
  settings: CompactorSettings,
  { tenant, hour, range }: CompactionMessage,
  now: number,
  metrics?: AnalyticsEngineDataset,
): Promise<CompactionStats> {
  const options = sliceOptions(settings, now, queue, tenant, hour);
  const stats = await compactCounted(
    bucket,
    { tenant, hour },
    now,
    (counting) =>
      range === undefined
        ? compactHour(counting, tenant, hour, options)
        : compactRange(counting, tenant, hour, options, range),
    metrics,
  );
  if (stats.sources_left > 0) {
    const rest: CompactionMessage =
      range === undefined
        ? { tenant, hour }
        : {
            tenant,
            hour,
            range: { ...(range.through === undefined ? {} : { through: range.through }), after: stats.resume_after },
          };
    await queue.send(rest, { contentType: "json" });
  }
  return stats;
}

/**
 * The admin route's work: compacts `hour` now (finished or not) for one tenant, or for every
 * tenant with raw objects in it: the first slice of each here, the rest through the compaction
 * queue. A tenant-hour another run is compacting comes back with `skipped: "busy"`.
 */
export async function compactHourNow(
  bucket: R2Bucket,
  queue: Queue,
  settings: CompactorSettings,
  hour: Hour,
  tenant: string | undefined,
  now: number,
  metrics?: AnalyticsEngineDataset,
): Promise<CompactionStats[]> {
  const tenants = tenant === undefined ? await findTenantsWithRaw(bucket, hour) : [tenant];
  const results: CompactionStats[] = [];
  for (const t of tenants) {
    try {
      results.push(await compactSlice(bucket, queue, settings, { tenant: t, hour }, now, metrics));
    } catch (error) {
      if (!(error instanceof CompactionBusyError)) throw error;
      results.push({ ...newStats(t, hour), skipped: "busy", retry_after_seconds: error.retryAfterSeconds });
    }
  }
  return results;
}

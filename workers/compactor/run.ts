import { HOUR_MS, type Hour, hourStartMs, MINUTE_MS, SECOND_MS } from "../../src/hours";
import { hourPrefix, parsePrefix, tenantPrefix } from "../../src/keys";
import { writeMetric } from "../../src/metrics";
import { countingBucket, type R2CallCounts } from "../../src/r2-billing";
import { listAreaTenants, listDelimitedPrefixes } from "../../src/stored-hours";
import { type CompactionStats, type CompactOptions, compactHour, newStats } from "./compact-hour";
import type { CompactorSettings } from "./config";
import { CompactionBusyError } from "./lease";

/**
 * Raw objects one run merges into one tenant-hour, at most. Each costs a get; the rest of the
 * hour is merged by the next run (as late objects), so no hour can exhaust a run's subrequests.
 */
const MAX_SOURCES_PER_HOUR = 5_000;

/**
 * Subrequests one run may spend: wrangler.toml sets `limits.subrequests = 50000`; keep a margin,
 * and start no hour that could not finish within it.
 */
const SUBREQUEST_BUDGET = 45_000;
const SUBREQUESTS_PER_HOUR_MAX = MAX_SOURCES_PER_HOUR + 500;

/** A cron invocation may run 15 minutes (workers/platform/limits); start no hour after 12. */
const WALL_BUDGET_MS = 12 * MINUTE_MS;

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
  tenant: string,
  hour: Hour,
  options: CompactOptions,
  counts: R2CallCounts = { calls: 0, class_a: 0, class_b: 0 },
  metrics?: AnalyticsEngineDataset,
): Promise<CompactionStats> {
  const counting = countingBucket(bucket, counts);
  const lagSeconds = Math.max(0, Math.round((options.now - hourStartMs(hour) - HOUR_MS) / SECOND_MS));
  const metric = { kind: "compaction", tenant, subject: hour, lagSeconds } as const;
  let stats: CompactionStats;
  try {
    stats = await compactHour(counting, tenant, hour, options);
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
 * The cron's work: per tenant, every hour that ended at least `delaySeconds` before `now` and
 * still has raw objects, oldest first. An hour that fails is logged and left for the next run;
 * hours that do not fit this run's budget (subrequests, wall time) are too.
 */
export async function compactDueHours(
  bucket: R2Bucket,
  settings: CompactorSettings,
  now: number,
  metrics?: AnalyticsEngineDataset,
): Promise<CompactionStats[]> {
  const started = Date.now();
  const counter = { calls: 0 };
  const due = (await findRawHours(bucket, counter))
    .filter(({ hour }) => hourStartMs(hour) + HOUR_MS + settings.delaySeconds * SECOND_MS <= now)
    .sort((a, b) => (a.hour === b.hour ? (a.tenant < b.tenant ? -1 : 1) : a.hour < b.hour ? -1 : 1));
  let spent = counter.calls;
  const done: CompactionStats[] = [];
  for (const { tenant, hour } of due) {
    if (spent + SUBREQUESTS_PER_HOUR_MAX > SUBREQUEST_BUDGET || Date.now() - started > WALL_BUDGET_MS) {
      console.log(
        JSON.stringify({ event: "compaction_deferred", reason: "run budget", hours_left: due.length - done.length }),
      );
      break;
    }
    const counts = { calls: 0, class_a: 0, class_b: 0 };
    try {
      const options = {
        now,
        maxPartBytes: settings.maxPartBytes,
        maxSources: MAX_SOURCES_PER_HOUR,
        format: settings.format,
      };
      done.push(await compactCounted(bucket, tenant, hour, options, counts, metrics));
    } catch (error) {
      const event = error instanceof CompactionBusyError ? "compaction_busy" : "compaction_failed";
      console.error(JSON.stringify({ event, tenant, hour, error: String(error) }));
    } finally {
      spent += counts.calls;
    }
  }
  return done;
}

/**
 * The admin route's work: compacts `hour` now (finished or not) for one tenant, or for every
 * tenant with raw objects in it. A tenant-hour another run is compacting comes back with
 * `skipped: "busy"`.
 */
export async function compactHourNow(
  bucket: R2Bucket,
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
      results.push(
        await compactCounted(
          bucket,
          t,
          hour,
          { now, maxPartBytes: settings.maxPartBytes, maxSources: MAX_SOURCES_PER_HOUR, format: settings.format },
          undefined,
          metrics,
        ),
      );
    } catch (error) {
      if (!(error instanceof CompactionBusyError)) throw error;
      results.push({ ...newStats(t, hour), skipped: "busy", retry_after_seconds: error.retryAfterSeconds });
    }
  }
  return results;
}

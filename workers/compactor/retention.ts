import { DAY_MS } from "../../src/hours";
import { type Area, DEAD_LETTER_AREA, deadLetterDay, parsePrefix, tenantPrefix } from "../../src/keys";
import { listPages } from "../../src/r2-pages";
import { listAreaTenants, listDelimitedPrefixes } from "../../src/stored-hours";

/** How long each tenant's data is kept (README, "Retention"); 0 days: forever. */
export interface RetentionPolicy {
  /** RETENTION_DAYS: every tenant without an override, and the dead letters. */
  days: number;
  /** TENANT_RETENTION_DAYS: per-tenant overrides (0: forever, whatever the default). */
  tenants: Readonly<Record<string, number>>;
}

/** What one retention pass removed. */
export interface RetentionOutcome {
  /** Every day-prefix emptied (or started on), oldest first: what and how many objects. */
  removed: { prefix: string; objects: number }[];
  objects_deleted: number;
  /** True when the pass stopped at its budget; the next cron goes on where it stopped. */
  deferred: boolean;
}

/** R2 deletes up to 1000 keys a call. */
const MAX_DELETE_KEYS = 1000;

/**
 * A pass deletes at most this many objects (≈ 2 × objects / 1000 subrequests: a list and a delete
 * per 1000), so that it leaves the cron's subrequests and wall time to compaction. A tenant
 * with more expired objects than this is caught up over the next runs, oldest first.
 */
export const MAX_RETENTION_DELETES_PER_RUN = 100_000;

/** The first UTC day (`YYYY-MM-DD`) that is kept when `days` days are, at `now`. */
export function firstKeptDay(now: number, days: number): string {
  return new Date(now - (days - 1) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Deletes compacted hours, raw objects and dead letters older than their tenant's retention,
 * whole days at a time (the current day and the `days − 1` before it are kept), oldest day first
 * across every tenant, at most `maxDeletes` objects a pass. Lists only the prefixes it needs: the
 * tenants of each area, their days, and the objects of the days it deletes.
 */
export async function enforceRetention(
  bucket: R2Bucket,
  policy: RetentionPolicy,
  now: number,
  maxDeletes = MAX_RETENTION_DELETES_PER_RUN,
): Promise<RetentionOutcome> {
  const expired: { day: string; prefix: string }[] = [];
  for (const area of ["index", "logs", "raw"] as const satisfies Area[]) {
    for (const tenant of await listAreaTenants(bucket, area)) {
      // Own keys only: a tenant may be called "constructor".
      const days = Object.hasOwn(policy.tenants, tenant) ? (policy.tenants[tenant] ?? policy.days) : policy.days;
      if (days === 0) continue;
      const keepFrom = firstKeptDay(now, days);
      for (const dayPrefix of await listDelimitedPrefixes(bucket, tenantPrefix(area, tenant))) {
        const day = parsePrefix(dayPrefix)?.date;
        if (day !== undefined && day < keepFrom) expired.push({ day, prefix: dayPrefix });
      }
    }
  }
  if (policy.days > 0) {
    const keepFrom = firstKeptDay(now, policy.days);
    for (const dayPrefix of await listDelimitedPrefixes(bucket, DEAD_LETTER_AREA)) {
      const day = deadLetterDay(dayPrefix);
      if (day !== undefined && day < keepFrom) expired.push({ day, prefix: dayPrefix });
    }
  }
  // Oldest first; within a day, id indexes, then compacted hours, then raw objects (`index/` <
  // `logs/` < `raw/`: a compaction that finds its index gone reads the parts instead).
  expired.sort((a, b) => (a.day === b.day ? (a.prefix < b.prefix ? -1 : 1) : a.day < b.day ? -1 : 1));

  const outcome: RetentionOutcome = { removed: [], objects_deleted: 0, deferred: false };
  for (const { prefix } of expired) {
    let objects = 0;
    for await (const page of listPages(bucket, { prefix, limit: Math.min(MAX_DELETE_KEYS, maxDeletes) })) {
      const keys = page.objects.map((o) => o.key).slice(0, maxDeletes - outcome.objects_deleted);
      if (keys.length > 0) await bucket.delete(keys);
      objects += keys.length;
      outcome.objects_deleted += keys.length;
      if (outcome.objects_deleted >= maxDeletes) break;
    }
    outcome.removed.push({ prefix, objects });
    if (outcome.objects_deleted >= maxDeletes) {
      outcome.deferred = true;
      break;
    }
  }
  return outcome;
}

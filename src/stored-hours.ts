import type { Hour } from "./hours";
import { type Area, areaPrefix, parsePrefix, tenantPrefix } from "./keys";
import { listPages } from "./r2-pages";

/** Counts R2 list calls, for budgets and tests. */
export interface ListCounter {
  calls: number;
}

/** The `/`-delimited prefixes right under `prefix`, every page followed. */
export async function listDelimitedPrefixes(
  bucket: Pick<R2Bucket, "list">,
  prefix: string,
  counter: ListCounter = { calls: 0 },
): Promise<string[]> {
  const prefixes: string[] = [];
  for await (const page of listPages(bucket, { prefix, delimiter: "/" })) {
    counter.calls++;
    prefixes.push(...page.delimitedPrefixes);
  }
  return prefixes;
}

/** The tenants that have objects under `area` (`raw/` or `logs/`), by delimited listing, in key order. */
export async function listAreaTenants(
  bucket: Pick<R2Bucket, "list">,
  area: Area,
  counter: ListCounter = { calls: 0 },
): Promise<string[]> {
  const tenants: string[] = [];
  for (const prefix of await listDelimitedPrefixes(bucket, areaPrefix(area), counter)) {
    const tenant = parsePrefix(prefix)?.tenant;
    if (tenant !== undefined) tenants.push(tenant);
  }
  return tenants;
}

/**
 * The hours in `[first, last]` in which a tenant has objects under `area` (`raw/` or `logs/`),
 * found by delimited listing: the tenant's days (1 call per 1000 days), then the hours of each
 * day in the range that has any (1 call each). So the cost grows with the data, not with the
 * hours asked for: an empty month costs one call, not 744.
 */
export async function listStoredHours(
  bucket: Pick<R2Bucket, "list">,
  area: Area,
  tenant: string,
  first: Hour,
  last: Hour,
  counter: ListCounter = { calls: 0 },
): Promise<Set<Hour>> {
  const hours = new Set<Hour>();
  const firstDay = first.slice(0, 10);
  const lastDay = last.slice(0, 10);
  for (const dayPrefix of await listDelimitedPrefixes(bucket, tenantPrefix(area, tenant), counter)) {
    const day = parsePrefix(dayPrefix);
    if (day?.date === undefined || day.tenant !== tenant || day.date < firstDay || day.date > lastDay) continue;
    for (const hourPrefix of await listDelimitedPrefixes(bucket, dayPrefix, counter)) {
      const hour = parsePrefix(hourPrefix)?.hour;
      if (hour !== undefined && hour >= first && hour <= last) hours.add(hour);
    }
  }
  return hours;
}

import pLimit from "p-limit";
import { z } from "zod";
import type { Hour } from "../../../src/hours";
import { hourPrefix } from "../../../src/keys";
import { readManifest } from "../../../src/manifest";
import { listPages } from "../../../src/r2-pages";
import { listAreaTenants, listStoredHours } from "../../../src/stored-hours";
import { TenantSchema } from "../../../src/tenant";
import { decodeCursor, encodeCursor } from "./cursor";

/** One tenant-hour as `GET /v1/hours` answers it (README, "Operating it"). */
export const HourSummarySchema = z.object({
  tenant: TenantSchema,
  hour: z.string().describe("YYYY-MM-DDTHH, UTC"),
  raw_objects: z.number().int().describe("raw objects waiting for compaction"),
  raw_lines: z.number().int().describe("records in those raw objects"),
  parts: z.number().int().describe("compacted parts the manifest lists"),
  lines: z.number().int().describe("records in the compacted parts"),
  duplicates_dropped: z.number().int().describe("records compaction found twice and kept once"),
  compacted_at: z.string().nullable().describe("when the hour was last compacted; null if never"),
});

export type HourSummary = z.infer<typeof HourSummarySchema>;

/** R2 calls one page keeps in flight (a Worker may hold 6 connections open). */
const CONCURRENCY = 6;

const CursorSchema = z.object({ t: TenantSchema, h: z.string() });

/**
 * A page looks at most this many tenants (each costs at least two listings), so that many tenants
 * without data in the range cannot push one request past its subrequests.
 */
const MAX_TENANTS_PER_PAGE = 100;
/** A cursor's hour after every hour: the page after it starts with the next tenant. */
const PAST_EVERY_HOUR = "~";

/** Every tenant that has raw objects or compacted hours, by delimited listing of both areas. */
export async function listTenants(bucket: Pick<R2Bucket, "list">): Promise<string[]> {
  const [raw, logs] = await Promise.all([listAreaTenants(bucket, "raw"), listAreaTenants(bucket, "logs")]);
  return [...new Set([...raw, ...logs])].sort();
}

async function summarise(bucket: R2Bucket, tenant: string, hour: Hour): Promise<HourSummary> {
  let rawObjects = 0;
  let rawLines = 0;
  // customMetadata rides on the listing: no raw object's body is read.
  for await (const page of listPages(bucket, {
    prefix: hourPrefix("raw", tenant, hour),
    include: ["customMetadata"],
  })) {
    for (const object of page.objects) {
      rawObjects++;
      rawLines += Number(object.customMetadata?.lines ?? 0) || 0;
    }
  }
  const manifest = await readManifest(bucket, tenant, hour);
  return {
    tenant,
    hour,
    raw_objects: rawObjects,
    raw_lines: rawLines,
    parts: manifest?.parts.length ?? 0,
    lines: manifest?.lines ?? 0,
    duplicates_dropped: manifest?.duplicates_dropped ?? 0,
    compacted_at: manifest?.compacted_at ?? null,
  };
}

export interface ListHoursOptions {
  /** The tenants to look at, in the order to page through them. */
  tenants: readonly string[];
  first: Hour;
  last: Hour;
  /** At most this many tenant-hours a page. */
  limit: number;
  cursor?: string | undefined;
}

/**
 * The tenant-hours in `[first, last]` that hold anything (raw objects or a manifest), tenant by
 * tenant, oldest hour first, at most `limit` a page and at most 100 tenants looked at (a page may
 * come back short, or empty, with a cursor: follow it). Built from delimited listings, raw objects'
 * list metadata and manifests only: no data object is read, so it is cheap to poll.
 */
export async function listHours(
  bucket: R2Bucket,
  options: ListHoursOptions,
): Promise<{ hours: HourSummary[]; cursor: string | null }> {
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor, CursorSchema);
  const limit = pLimit(CONCURRENCY);
  const picked: { tenant: string; hour: Hour }[] = [];
  let cursor: string | null = null;
  let scanned = 0;
  for (const tenant of options.tenants) {
    if (after !== undefined && tenant < after.t) continue;
    if (after !== undefined && tenant === after.t && after.h === PAST_EVERY_HOUR) continue;
    if (scanned === MAX_TENANTS_PER_PAGE) {
      // Enough listing for one request: the next page starts with this tenant.
      const previous = options.tenants[options.tenants.indexOf(tenant) - 1];
      cursor = previous === undefined ? null : encodeCursor({ t: previous, h: PAST_EVERY_HOUR });
      break;
    }
    scanned++;
    const [raw, compacted] = await Promise.all(
      (["raw", "logs"] as const).map((area) => listStoredHours(bucket, area, tenant, options.first, options.last)),
    );
    const hours = [...new Set([...(raw ?? []), ...(compacted ?? [])])].sort();
    for (const hour of hours) {
      if (after !== undefined && tenant === after.t && hour <= after.h) continue;
      if (picked.length === options.limit) {
        const last = picked[picked.length - 1];
        cursor = last === undefined ? null : encodeCursor({ t: last.tenant, h: last.hour });
        break;
      }
      picked.push({ tenant, hour });
    }
    if (cursor !== null) break;
  }
  const hours = await Promise.all(picked.map(({ tenant, hour }) => limit(() => summarise(bucket, tenant, hour))));
  return { hours, cursor };
}

import { type Hour, isHour } from "./hours";
import { TENANT_PATTERN, TenantSchema } from "./tenant";

/**
 * Every R2 key logsink writes or reads is built and parsed here, nowhere else (README,
 * "Storage layout"):
 *
 * ```
 * raw/tenant=<t>/dt=<YYYY-MM-DD>/hour=<HH>/<object-id>.ndjson.gz        consumer
 * logs/tenant=<t>/dt=<YYYY-MM-DD>/hour=<HH>/part-<NNNNN>.ndjson.gz      compactor
 * logs/tenant=<t>/dt=<YYYY-MM-DD>/hour=<HH>/part-<NNNNN>.parquet         compactor (PART_FORMAT)
 * logs/tenant=<t>/dt=<YYYY-MM-DD>/hour=<HH>/_manifest.json             compactor
 * index/tenant=<t>/dt=<YYYY-MM-DD>/hour=<HH>/ids-<NNNNN>.jsonl.gz      compactor (record-id index)
 * dead-letter/<YYYY-MM-DD>/<message-id>.json                           consumer (DLQ)
 * ```
 */

const HOUR = /^(\d{4}-\d{2}-\d{2})T(\d{2})$/;
const OBJECT_ID = /^[0-9a-z][0-9a-z-]{0,79}$/;
const MESSAGE_ID = /^[0-9A-Za-z_-]{1,128}$/;

/**
 * The top-level areas of tenant-hour objects: raw objects (consumer), compacted hours and their
 * record-id indexes (compactor). The index lives apart from `logs/` so that `logs/` holds exactly
 * the parts and manifests users read and sync; it is never served.
 */
export type Area = "raw" | "logs" | "index";

function assertTenant(tenant: string): void {
  if (!TenantSchema.safeParse(tenant).success) throw new RangeError(`invalid tenant for a key: ${tenant}`);
}

function hourPath(hour: Hour): string {
  const m = HOUR.exec(hour);
  if (m === null || !isHour(hour)) throw new RangeError(`invalid hour for a key: ${hour}`);
  return `dt=${m[1]}/hour=${m[2]}`;
}

/** The prefix of an area, for delimited listing of its tenants. */
export function areaPrefix(area: Area): string {
  return `${area}/`;
}

/** The prefix of one tenant's objects of an area (its days are the next level). */
export function tenantPrefix(area: Area, tenant: string): string {
  assertTenant(tenant);
  return `${area}/tenant=${tenant}/`;
}

/** The prefix of one tenant's objects of an area on one UTC day (`YYYY-MM-DD`). */
export function dayPrefix(area: Area, tenant: string, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`invalid day for a key: ${day}`);
  return `${tenantPrefix(area, tenant)}dt=${day}/`;
}

/** The prefix under which one tenant-hour's objects of an area live (with the trailing `/`). */
export function hourPrefix(area: Area, tenant: string, hour: Hour): string {
  return `${tenantPrefix(area, tenant)}${hourPath(hour)}/`;
}

/** The key of a raw object written by the consumer. */
export function rawObjectKey(tenant: string, hour: Hour, objectId: string): string {
  if (!OBJECT_ID.test(objectId)) throw new RangeError(`invalid object id: ${objectId}`);
  return `${hourPrefix("raw", tenant, hour)}${objectId}.ndjson.gz`;
}

/** The formats a compacted part is written in (README, "Compacted parts as Parquet"); the first is the default. */
export const PART_FORMATS = ["ndjson.gz", "parquet"] as const;

export type PartFormat = (typeof PART_FORMATS)[number];

/** The key of the `index`-th compacted part of a tenant-hour (5 digits, from 0), in `format`. */
export function partKey(tenant: string, hour: Hour, index: number, format: PartFormat = "ndjson.gz"): string {
  return `${hourPrefix("logs", tenant, hour)}part-${String(index).padStart(5, "0")}.${format}`;
}

/**
 * The key of a tenant-hour's record-id index, written by the compaction run whose first new part
 * is `part-<index>` (so no two runs write the same one).
 */
export function idIndexKey(tenant: string, hour: Hour, index: number): string {
  return `${hourPrefix("index", tenant, hour)}ids-${String(index).padStart(5, "0")}.jsonl.gz`;
}

/** The key of a tenant-hour's compaction manifest. */
export function manifestKey(tenant: string, hour: Hour): string {
  return `${hourPrefix("logs", tenant, hour)}_manifest.json`;
}

/** The key under which a message that failed every retry is kept. */
export function deadLetterKey(date: string, messageId: string): string {
  const prefix = deadLetterPrefix(date);
  // Queue message ids are hex; anything else is encoded so it can never add a path segment.
  const id = MESSAGE_ID.test(messageId) ? messageId : encodeURIComponent(messageId).replaceAll("%", "_");
  return `${prefix}${id}.json`;
}

/** The prefix of every dead letter (its days are the next level). */
export const DEAD_LETTER_AREA = "dead-letter/";

/** The prefix of one day's dead letters. */
export function deadLetterPrefix(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`invalid date: ${date}`);
  return `${DEAD_LETTER_AREA}${date}/`;
}

const DEAD_LETTER_DAY = /^dead-letter\/(\d{4}-\d{2}-\d{2})\//;

/** The day (`YYYY-MM-DD`) of a dead letter's key or of a day's dead-letter prefix; undefined otherwise. */
export function deadLetterDay(keyOrPrefix: string): string | undefined {
  return DEAD_LETTER_DAY.exec(keyOrPrefix)?.[1];
}

/** The key of the lease that keeps two compactions of one tenant-hour from running at once. */
export function compactionLockKey(tenant: string, hour: Hour): string {
  assertTenant(tenant);
  return `locks/compaction/tenant=${tenant}/${hourPath(hour)}.json`;
}

const PREFIX = new RegExp(
  `^(?:raw|logs|index)/tenant=(${TENANT_PATTERN})/(?:dt=(\\d{4}-\\d{2}-\\d{2})/(?:hour=(\\d{2})/)?)?$`,
);

/**
 * Parses a delimited listing prefix: `raw/tenant=<t>/` → tenant, `raw/tenant=<t>/dt=<d>/` →
 * tenant and date, `raw/tenant=<t>/dt=<d>/hour=<hh>/` → tenant and hour.
 */
export function parsePrefix(prefix: string): { tenant: string; date?: string; hour?: Hour } | undefined {
  const m = PREFIX.exec(prefix);
  if (m === null) return undefined;
  const [, tenant = "", date, hh] = m;
  if (date === undefined) return { tenant };
  if (hh === undefined) return { tenant, date };
  const hour = `${date}T${hh}`;
  return isHour(hour) ? { tenant, date, hour } : undefined;
}

/** What a stored key is. */
export type ParsedKey =
  | { kind: "raw"; tenant: string; hour: Hour; objectId: string }
  | { kind: "part"; tenant: string; hour: Hour; index: number; format: PartFormat }
  | { kind: "manifest"; tenant: string; hour: Hour }
  | { kind: "ids"; tenant: string; hour: Hour; index: number };

const DATA_KEY = new RegExp(
  `^(raw|logs|index)/tenant=(${TENANT_PATTERN})/dt=(\\d{4}-\\d{2}-\\d{2})/hour=(\\d{2})/([^/]+)$`,
);

/**
 * Parses a key under `raw/`, `logs/` or `index/`. Returns undefined for anything else, including keys
 * that merely look similar (`..`, extra segments, malformed hours), so a caller can treat
 * "not parsed" exactly like "not found".
 */
export function parseKey(key: string): ParsedKey | undefined {
  const m = DATA_KEY.exec(key);
  if (m === null) return undefined;
  const [, area, tenant = "", date, hh, name = ""] = m;
  const hour = `${date}T${hh}`;
  if (!isHour(hour)) return undefined;
  if (area === "raw") {
    const id = name.endsWith(".ndjson.gz") ? name.slice(0, -".ndjson.gz".length) : "";
    return OBJECT_ID.test(id) ? { kind: "raw", tenant, hour, objectId: id } : undefined;
  }
  if (area === "index") {
    const ids = /^ids-(\d{5})\.jsonl\.gz$/.exec(name);
    return ids ? { kind: "ids", tenant, hour, index: Number(ids[1]) } : undefined;
  }
  if (name === "_manifest.json") return { kind: "manifest", tenant, hour };
  const part = /^part-(\d{5})\.(ndjson\.gz|parquet)$/.exec(name);
  return part ? { kind: "part", tenant, hour, index: Number(part[1]), format: part[2] as PartFormat } : undefined;
}

import { z } from "zod";
import { type Hour, hoursFrom } from "../../../src/hours";
import { type Area, dayPrefix, parseKey } from "../../../src/keys";
import { type ManifestPart, readManifest } from "../../../src/manifest";
import { decodeCursor, encodeCursor } from "./cursor";

/** One stored object of a tenant, as `GET /v1/objects` lists it. */
export interface ListedObject {
  key: string;
  kind: "raw" | "compacted";
  size: number;
  lines: number;
  min_ts: string;
  max_ts: string;
}

/** Which kinds of object to list. */
export type ObjectKind = ListedObject["kind"];

const AREA: Record<ObjectKind, Area> = { raw: "raw", compacted: "logs" };

/** Where a listing stopped: the day, the kind within it, and R2's own cursor within that. */
const CursorSchema = z.object({
  d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  k: z.enum(["raw", "compacted"]),
  c: z.string().max(1024).optional(),
});
type Cursor = z.infer<typeof CursorSchema>;

export interface ListObjectsOptions {
  tenant: string;
  from: Hour;
  to: Hour;
  kinds: readonly ObjectKind[];
  limit: number;
  cursor?: string | undefined;
}

/**
 * Lists a tenant's stored data objects whose hour lies in `[from, to]`, day by day, compacted
 * parts before raw objects, one page of at most `limit` at a time. Every prefix is built from
 * the caller's tenant: a listing never leaves it. Line counts and time ranges of raw objects come
 * from their customMetadata; those of parts from their hour's manifest (parts no manifest lists
 * yet belong to a compaction still running, and are left out, as are manifests themselves).
 */
export async function listObjects(
  bucket: R2Bucket,
  options: ListObjectsOptions,
): Promise<{ objects: ListedObject[]; cursor: string | null }> {
  const hours = new Set(hoursFrom(options.from, options.to));
  const days = [...new Set([...hours].map((h) => h.slice(0, 10)))];
  let position: Cursor = options.cursor
    ? decodeCursor(options.cursor, CursorSchema)
    : { d: days[0] ?? options.from.slice(0, 10), k: options.kinds[0] ?? "raw" };
  const objects: ListedObject[] = [];
  const manifests = new Map<Hour, Map<string, ManifestPart>>();

  const partsOf = async (hour: Hour): Promise<Map<string, ManifestPart>> => {
    let parts = manifests.get(hour);
    if (parts === undefined) {
      const manifest = await readManifest(bucket, options.tenant, hour);
      parts = new Map(manifest?.parts.map((p) => [p.key, p]));
      manifests.set(hour, parts);
    }
    return parts;
  };

  for (let dayIndex = days.indexOf(position.d); dayIndex !== -1 && dayIndex < days.length; ) {
    const day = days[dayIndex] ?? "";
    const prefix = dayPrefix(AREA[position.k], options.tenant, day);
    const page = await bucket.list({
      prefix,
      cursor: position.c,
      limit: Math.max(1, options.limit - objects.length),
      include: ["customMetadata"],
    });
    for (const object of page.objects) {
      const parsed = parseKey(object.key);
      if (parsed === undefined || parsed.tenant !== options.tenant || !hours.has(parsed.hour)) continue;
      if (parsed.kind === "raw") {
        const meta = object.customMetadata ?? {};
        objects.push({
          key: object.key,
          kind: "raw",
          size: object.size,
          lines: Number(meta.lines ?? 0),
          min_ts: meta.min_ts ?? "",
          max_ts: meta.max_ts ?? "",
        });
      } else if (parsed.kind === "part") {
        const part = (await partsOf(parsed.hour)).get(object.key);
        if (part === undefined) continue;
        objects.push({
          key: object.key,
          kind: "compacted",
          size: object.size,
          lines: part.lines,
          min_ts: part.min_ts,
          max_ts: part.max_ts,
        });
      }
    }
    // Where the next page starts: further in this prefix, the next kind, or the next day.
    const kindIndex = options.kinds.indexOf(position.k);
    if (page.truncated) position = { d: day, k: position.k, c: page.cursor };
    else if (kindIndex + 1 < options.kinds.length) position = { d: day, k: options.kinds[kindIndex + 1] ?? "raw" };
    else {
      dayIndex++;
      const next = days[dayIndex];
      if (next === undefined) return { objects, cursor: null };
      position = { d: next, k: options.kinds[0] ?? "raw" };
    }
    if (objects.length >= options.limit) return { objects, cursor: encodeCursor(position) };
  }
  return { objects, cursor: null };
}

import { z } from "zod";
import { manifestKey, PART_FORMATS, type PartFormat } from "./keys";
import { TenantSchema } from "./tenant";

/**
 * One compacted part as the manifest lists it; `bytes` is the stored size. `format` is absent in
 * manifests written before Parquet parts existed: those parts are gzip NDJSON.
 */
export const ManifestPartSchema = z.object({
  key: z.string(),
  format: z.enum(PART_FORMATS).optional(),
  lines: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  min_ts: z.string(),
  max_ts: z.string(),
});

/**
 * `logs/tenant=<t>/dt=<d>/hour=<h>/_manifest.json`: the parts that hold a tenant-hour, written by
 * compaction after every part is complete and before any raw object is deleted. `lines`,
 * `duplicates_dropped` and `sources` add up over every run that merged objects into the hour.
 */
export const ManifestSchema = z.object({
  tenant: TenantSchema,
  hour: z.string(),
  lines: z.number().int().nonnegative(),
  duplicates_dropped: z.number().int().nonnegative(),
  sources: z.number().int().nonnegative(),
  compacted_at: z.string(),
  parts: z.array(ManifestPartSchema),
  /**
   * The key of the hour's record-id index (`index/…/ids-NNNNN.jsonl.gz`): every record id in the parts,
   * as ranges per sequence, so a later run merges late raw objects without reading the parts.
   * Absent in manifests written before it existed (a run then reads the parts' ids once).
   */
  ids: z.string().optional(),
});

export type Manifest = z.infer<typeof ManifestSchema>;

export type ManifestPart = z.infer<typeof ManifestPartSchema>;

/** The format a manifest part is stored in. */
export function partFormat(part: Pick<ManifestPart, "format">): PartFormat {
  return part.format ?? "ndjson.gz";
}

/** A manifest and the etag it was read at: what a compaction's compare-and-swap is conditional on. */
export interface ManifestVersion {
  manifest: Manifest;
  etag: string;
}

/** Reads a tenant-hour's manifest with its etag; undefined when the hour was never compacted. */
export async function readManifestVersion(
  bucket: Pick<R2Bucket, "get">,
  tenant: string,
  hour: string,
): Promise<ManifestVersion | undefined> {
  const object = await bucket.get(manifestKey(tenant, hour));
  return object === null ? undefined : { manifest: ManifestSchema.parse(await object.json()), etag: object.etag };
}

/** Reads a tenant-hour's manifest; undefined when the hour was never compacted. */
export async function readManifest(
  bucket: Pick<R2Bucket, "get">,
  tenant: string,
  hour: string,
): Promise<Manifest | undefined> {
  return (await readManifestVersion(bucket, tenant, hour))?.manifest;
}

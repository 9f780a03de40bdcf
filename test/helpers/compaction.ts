import { expect } from "vitest";
import { hourPrefix, manifestKey } from "../../src/keys";
import { type Manifest, ManifestSchema } from "../../src/manifest";
import { listAll, readRecords } from "./chunks";
import { gunzipText } from "./formats";

/** A tenant-hour's manifest, if it has one. */
export async function manifestOf(bucket: R2Bucket, tenant: string, hour: string): Promise<Manifest | undefined> {
  const object = await bucket.get(manifestKey(tenant, hour));
  return object === null ? undefined : ManifestSchema.parse(await object.json());
}

/** Every record of the hour's compacted parts, read through the manifest. */
export async function compactedRecords(bucket: R2Bucket, tenant: string, hour: string) {
  const manifest = await manifestOf(bucket, tenant, hour);
  const records = [];
  for (const part of manifest?.parts ?? []) records.push(...(await readRecords(bucket, part.key)));
  return records;
}

/** The keys of the hour's raw objects still waiting. */
export async function rawKeys(bucket: R2Bucket, tenant: string, hour: string): Promise<string[]> {
  return (await listAll(bucket, hourPrefix("raw", tenant, hour))).map((o) => o.key);
}

/**
 * Asserts the hour holds exactly `expected` (by message), once each, that no raw object is left,
 * that the manifest's count agrees, and that nothing but the listed parts and the manifest is
 * under logs/ for the hour (no orphan).
 */
export async function expectExactlyOnce(bucket: R2Bucket, tenant: string, hour: string, expected: string[]) {
  const records = await compactedRecords(bucket, tenant, hour);
  expect(records.map((r) => r.message).sort()).toEqual([...expected].sort());
  expect(new Set(records.map((r) => r.id)).size).toBe(expected.length);
  expect(await rawKeys(bucket, tenant, hour)).toEqual([]);
  const manifest = await manifestOf(bucket, tenant, hour);
  expect(manifest?.lines).toBe(expected.length);
  const stored = (await listAll(bucket, hourPrefix("logs", tenant, hour))).map((o) => o.key).sort();
  expect(stored).toEqual([...(manifest?.parts.map((p) => p.key) ?? []), manifestKey(tenant, hour)].sort());
  const indexes = (await listAll(bucket, hourPrefix("index", tenant, hour))).map((o) => o.key);
  expect(indexes).toEqual(manifest?.ids === undefined ? [] : [manifest.ids]);
  // The id index holds exactly the ids of the parts: what the next late merge relies on.
  if (manifest !== undefined && manifest.parts.length > 0) {
    expect(manifest.ids).toBeDefined();
    expect((await indexedIds(bucket, manifest.ids ?? "")).sort()).toEqual(records.map((r) => String(r.id)).sort());
  }
}

/** Every record id an id index (`index/…/ids-NNNNN.jsonl.gz`) holds, its ranges expanded. */
export async function indexedIds(bucket: R2Bucket, key: string): Promise<string[]> {
  const object = await bucket.get(key);
  if (object === null) throw new Error(`no id index at ${key}`);
  const text = await gunzipText(new Uint8Array(await object.arrayBuffer()));
  const ids: string[] = [];
  for (const line of text.split("\n").filter(Boolean)) {
    const entry = JSON.parse(line) as { s: string; r: number[] } | { id: string };
    if ("id" in entry) ids.push(entry.id);
    else
      for (let i = 0; i < entry.r.length; i += 2)
        for (let n = entry.r[i] ?? 0; n <= (entry.r[i + 1] ?? -1); n++) ids.push(`${entry.s}-${n}`);
  }
  return ids;
}

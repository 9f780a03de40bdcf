import { zstdDecompressSync } from "node:zlib";
import { parquetReadObjects } from "hyparquet";
import { ChunkPacker } from "../../src/chunk-packer";
import { normaliseRecord } from "../../src/record";
import { gunzipText } from "./formats";

/** One log line to pack: message and event time. */
export interface LineSpec {
  msg: string;
  ts: string;
}

/**
 * Packs lines into queue message bodies (gzip bytes) exactly as the ingest Worker does (same
 * normaliser, same packer), so consumer and compactor tests read real chunks.
 */
export function packChunks(tenant: string, baseId: string, lines: LineSpec[], maxBytes?: number): Uint8Array[] {
  const packer = new ChunkPacker(tenant, baseId, { maxChunkBytes: maxBytes });
  const bodies: Uint8Array[] = [];
  const receivedAt = Date.parse("2026-11-26T18:00:00Z");
  for (const line of lines) {
    const result = normaliseRecord(line, { tenant, receivedAt });
    if (!result.ok) throw new Error(result.error);
    const pushed = packer.push(result.record, result.hour);
    if (!pushed.ok) throw new Error(pushed.error);
    bodies.push(...pushed.closed.map((m) => m.body));
  }
  bodies.push(...packer.close().map((m) => m.body));
  return bodies;
}

/** Every stored object under `prefix`, all pages. */
export async function listAll(bucket: R2Bucket, prefix: string): Promise<R2Object[]> {
  const objects: R2Object[] = [];
  let cursor: string | undefined;
  do {
    const page = await bucket.list({ prefix, cursor, include: ["customMetadata"] });
    objects.push(...page.objects);
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor !== undefined);
  return objects;
}

/**
 * A Parquet part's rows read whole by hyparquet (not by logsink's own scan), as stored records:
 * times as ISO-8601, attributes parsed, null columns left out.
 */
export async function readParquetRecords(bytes: ArrayBuffer): Promise<Record<string, unknown>[]> {
  const rows = await parquetReadObjects({
    file: bytes,
    compressors: { ZSTD: (input: Uint8Array) => zstdDecompressSync(input) },
  });
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(row)) {
      if (value === null || value === undefined) continue;
      if (value instanceof Date) record[name] = value.toISOString();
      else if (name === "attributes") record[name] = JSON.parse(value as string);
      else record[name] = value;
    }
    return record;
  });
}

/** The records of a stored object (gzip NDJSON, or Parquet by its key), parsed. */
export async function readRecords(bucket: R2Bucket, key: string): Promise<Record<string, unknown>[]> {
  const object = await bucket.get(key);
  if (object === null) throw new Error(`no object ${key}`);
  if (key.endsWith(".parquet")) return readParquetRecords(await object.arrayBuffer());
  const text = await gunzipText(object.body);
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

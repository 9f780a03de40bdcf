import { gunzipText } from "../../src/gzip";
import { ChunkPacker, decodeQueueMessage, groupLines } from "../../src/queue-message";
import { normaliseRecord, serialiseRecord } from "../../src/record";

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
  const packer = new ChunkPacker(tenant, baseId, maxBytes);
  const bodies: Uint8Array[] = [];
  const receivedAt = Date.parse("2026-11-26T18:00:00Z");
  for (const line of lines) {
    const result = normaliseRecord(line, { id: packer.nextRecordId(), tenant, receivedAt });
    if (!result.ok) throw new Error(result.error);
    const { hour, record } = result;
    if (!packer.fits(packer.encode(serialiseRecord(record)), hour)) {
      const full = packer.close();
      if (full) bodies.push(full.body);
      record.id = packer.nextRecordId();
      packer.encode(serialiseRecord(record));
    }
    packer.add(hour, record.timestamp);
  }
  const last = packer.close();
  if (last) bodies.push(last.body);
  return bodies;
}

/**
 * The same chunk in version 1 of the message format: text, as the ingest Worker sent it before
 * messages were compressed (and as dead letters kept from then hold it).
 */
export function textMessage(body: Uint8Array): string {
  const chunk = decodeQueueMessage(body);
  const header = { v: 1, tenant: chunk.tenant, chunk: chunk.chunk, hours: chunk.groups.map((g) => [g.hour, g.lines]) };
  return [JSON.stringify(header), ...chunk.groups.flatMap(groupLines)].join("\n");
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

/** The records of a gzip NDJSON object, parsed. */
export async function readRecords(bucket: R2Bucket, key: string): Promise<Record<string, unknown>[]> {
  const object = await bucket.get(key);
  if (object === null) throw new Error(`no object ${key}`);
  const text = await gunzipText(object.body);
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

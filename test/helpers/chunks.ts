import { gunzipText } from "../../src/gzip";
import { ChunkPacker, decodeQueueMessage, groupLines, utf8Length } from "../../src/queue-message";
import { normaliseRecord } from "../../src/record";

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
    const options = { id: packer.nextRecordId(), tenant, receivedAt };
    let result = normaliseRecord(line, options);
    if (!result.ok) throw new Error(result.error);
    let json = JSON.stringify(result.record);
    const { hour } = result;
    if (!packer.fits(utf8Length(json), hour)) {
      const full = packer.close();
      if (full) bodies.push(full.body);
      result = normaliseRecord(line, { ...options, id: packer.nextRecordId() });
      if (!result.ok) throw new Error(result.error);
      json = JSON.stringify(result.record);
    }
    packer.add(json, utf8Length(json), hour, result.record.timestamp);
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

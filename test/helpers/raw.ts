import { GzipJoiner } from "../../src/gzip";
import { rawObjectKey } from "../../src/keys";
import { type ChunkGroup, decodeQueueMessage } from "../../src/queue-message";
import { type LineSpec, packChunks } from "./chunks";

let sequence = 0;

/**
 * Writes raw objects the way the consumer does: the lines are packed into chunks by the real
 * ingest packer, and each chunk's records for each hour become one gzip NDJSON object (or all
 * chunks go into one object with `oneObject`). Returns the keys written and the chunk bodies.
 */
export async function putRaw(
  bucket: R2Bucket,
  tenant: string,
  base: string,
  lines: LineSpec[],
  options: { oneObject?: boolean; chunkBytes?: number; bodies?: Uint8Array[] } = {},
): Promise<{ keys: string[]; bodies: Uint8Array[] }> {
  const bodies = options.bodies ?? packChunks(tenant, base, lines, options.chunkBytes);
  const objects: ChunkGroup[][] = [];
  for (const body of bodies) {
    for (const group of decodeQueueMessage(body).groups) {
      const existing = options.oneObject ? objects.find((o) => o[0]?.hour === group.hour) : undefined;
      if (existing) existing.push(group);
      else objects.push([group]);
    }
  }
  const keys: string[] = [];
  const puts: Promise<unknown>[] = [];
  for (const groups of objects) {
    sequence++;
    const key = rawObjectKey(tenant, groups[0]?.hour ?? "", `${Date.now()}-${String(sequence).padStart(8, "0")}`);
    const gzip = new GzipJoiner();
    for (const g of groups) gzip.add(g.segment, g.text);
    const stamps = groups.flatMap((g) => [g.minTs, g.maxTs]).sort();
    const lines = groups.reduce((sum, g) => sum + g.lines, 0);
    puts.push(
      bucket.put(key, gzip.finish(), {
        customMetadata: { lines: String(lines), min_ts: stamps[0] ?? "", max_ts: stamps.at(-1) ?? "" },
      }),
    );
    keys.push(key);
    // A few puts at a time (many objects are written for the large-hour tests).
    if (puts.length === 16) await Promise.all(puts.splice(0));
  }
  await Promise.all(puts);
  return { keys, bodies };
}

/** `count` lines in `hour`, spread over its minutes. */
export function hourLines(count: number, hour: string, prefix = "rec", pad = 0): LineSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    msg: `${prefix} ${i}${pad > 0 ? ` ${"p".repeat(pad)}` : ""}`,
    ts: `${hour}:${String(i % 60).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}.000Z`,
  }));
}

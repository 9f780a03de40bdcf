import { gzipText } from "../../src/gzip";
import { rawObjectKey } from "../../src/keys";
import { timestampOfLine } from "../../src/ndjson";
import { decodeQueueMessage } from "../../src/queue-message";
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
  options: { oneObject?: boolean; chunkBytes?: number; bodies?: string[] } = {},
): Promise<{ keys: string[]; bodies: string[] }> {
  const bodies = options.bodies ?? packChunks(tenant, base, lines, options.chunkBytes);
  const groups: { hour: string; lines: string[] }[] = [];
  for (const body of bodies) {
    for (const group of decodeQueueMessage(body).groups) {
      const existing = options.oneObject ? groups.find((g) => g.hour === group.hour) : undefined;
      if (existing) existing.lines.push(...group.lines);
      else groups.push({ hour: group.hour, lines: [...group.lines] });
    }
  }
  const keys: string[] = [];
  for (const group of groups) {
    sequence++;
    const key = rawObjectKey(tenant, group.hour, `${Date.now()}-${String(sequence).padStart(8, "0")}`);
    const stamps = group.lines.map((l) => timestampOfLine(l) ?? "").sort();
    await bucket.put(key, await gzipText(`${group.lines.join("\n")}\n`), {
      customMetadata: { lines: String(group.lines.length), min_ts: stamps[0] ?? "", max_ts: stamps.at(-1) ?? "" },
    });
    keys.push(key);
  }
  return { keys, bodies };
}

/** `count` lines in `hour`, spread over its minutes. */
export function hourLines(count: number, hour: string, prefix = "rec", pad = 0): LineSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    msg: `${prefix} ${i}${pad > 0 ? ` ${"p".repeat(pad)}` : ""}`,
    ts: `${hour}:${String(i % 60).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}.000Z`,
  }));
}

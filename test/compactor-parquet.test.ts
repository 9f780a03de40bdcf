import { env } from "cloudflare:workers";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { parquetMetadata } from "hyparquet";
import { describe, expect, it } from "vitest";
import { rawObjectKey } from "../src/keys";
import { LineBuffer } from "../src/line-buffer";
import {
  columnRange,
  type OpenedPart,
  openParquetPart,
  PARQUET_COLUMNS,
  type PartRowGroup,
  readRowGroupBytes,
  writeStoredLine,
} from "../src/parquet-part";
import { serialiseRecord } from "../src/stored-line";
import { isoOfMs } from "../src/timestamp";
import { type CompactOptions, compactHour } from "../workers/compactor/compact-hour";
import { readSettings } from "../workers/compactor/config";
import { ParquetPartWriter, ROW_GROUP_ROWS } from "../workers/compactor/parquet-part-writer";
import { faultyBucket } from "./helpers/bucket";
import { type LineSpec, listAll } from "./helpers/chunks";
import * as helpers from "./helpers/compaction";
import { gunzipText } from "./helpers/formats";
import { hourLines, putRaw } from "./helpers/raw";

const bucket = (env as CompactorEnv).LOG_BUCKET;
const NOW = Date.parse("2026-11-26T18:05:00Z");
const PARQUET: CompactOptions = { now: NOW, maxPartBytes: 256 * 1024 * 1024, maxSources: 5000, format: "parquet" };
const NDJSON: CompactOptions = { ...PARQUET, format: "ndjson.gz" };

const manifestOf = (tenant: string, hour: string) => helpers.manifestOf(bucket, tenant, hour);
const expectExactlyOnce = (tenant: string, hour: string, expected: string[]) =>
  helpers.expectExactlyOnce(bucket, tenant, hour, expected);

/** Lines with every optional field in some and none in others, as real shippers send them. */
function richLines(count: number, hour: string): LineSpec[] {
  const levels = ["debug", "info", "info", "warn", "error"];
  return Array.from({ length: count }, (_, i) => {
    const line: Record<string, unknown> = {
      msg: `request ${i} "quoted" \\ ünïcödé ${i % 7 === 0 ? "😀" : ""}`,
      ts: `${hour}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}.${String(i % 1000).padStart(3, "0")}Z`,
      level: levels[i % levels.length],
    };
    if (i % 2 === 0) line.service = `svc-${i % 3}`;
    if (i % 3 === 0) line.host = `web-${i % 4}`;
    if (i % 5 === 0) Object.assign(line, { trace_id: `t${i}`, span_id: `s${i}` });
    if (i % 4 !== 0) line.region = { name: "eu", zone: i % 2, tags: ["a", i] };
    return line as unknown as LineSpec;
  });
}

/** The stored lines of the hour's raw objects, as the consumer wrote them. */
async function rawLines(tenant: string, hour: string): Promise<string[]> {
  const lines: string[] = [];
  for (const key of await helpers.rawKeys(bucket, tenant, hour)) {
    const object = await bucket.get(key);
    lines.push(...(await gunzipText(object?.body ?? new Uint8Array())).split("\n").filter(Boolean));
  }
  return lines;
}

/**
 * A row group's stored lines as the query writes them ("" for a row that is not a record), through
 * a buffer that starts too small, so that every line grows it.
 */
async function rowGroupLines(opened: OpenedPart, group: PartRowGroup): Promise<string[]> {
  const read = await readRowGroupBytes(opened, group, PARQUET_COLUMNS);
  const out = new LineBuffer(8);
  const lines: string[] = [];
  for (let i = 0; i < read.length; i++) {
    lines.push(writeStoredLine(read.columns, i, out) ? new TextDecoder().decode(out.take()) : "");
  }
  return lines;
}

/** Every stored line of the hour's Parquet parts, rebuilt from their rows by the read side. */
async function partLines(tenant: string, hour: string): Promise<string[]> {
  const lines: string[] = [];
  for (const part of (await manifestOf(tenant, hour))?.parts ?? []) {
    const opened = await openParquetPart(bucket, part.key, part.bytes);
    for (const group of opened.rowGroups) lines.push(...(await rowGroupLines(opened, group)));
  }
  return lines;
}

describe("compaction to Parquet (PART_FORMAT = parquet)", () => {
  it("writes the hour's records as part-NNNNN.parquet: the same records, column by column", async () => {
    const t = "pq-small";
    const hour = "2026-11-26T10";
    await putRaw(bucket, t, "a1a1", richLines(600, hour), { chunkBytes: 20_000 });
    const before = await rawLines(t, hour);

    const stats = await compactHour(bucket, t, hour, PARQUET);
    expect([stats.lines, stats.parts]).toEqual([600, 1]);
    const manifest = await manifestOf(t, hour);
    expect(manifest?.parts).toEqual([
      expect.objectContaining({ key: expect.stringMatching(/\/part-00000\.parquet$/), format: "parquet", lines: 600 }),
    ]);
    // Read back by hyparquet alone, every record equals the stored record the consumer wrote…
    const records = await helpers.compactedRecords(bucket, t, hour);
    expect(records.sort(byId)).toEqual(before.map((l) => JSON.parse(l)).sort(byId));
    // …and the read side rebuilds each one's stored line byte for byte.
    expect((await partLines(t, hour)).sort()).toEqual([...before].sort());

    const object = await bucket.get(manifest?.parts[0]?.key ?? "");
    expect(object?.httpMetadata?.contentType).toBe("application/vnd.apache.parquet");
    const metadata = parquetMetadata(await (object as R2ObjectBody).arrayBuffer());
    expect(metadata.created_by).toBe("logsink");
    const schema = Object.fromEntries(metadata.schema.slice(1).map((e) => [e.name, e]));
    expect(Object.keys(schema)).toEqual([...PARQUET_COLUMNS]);
    expect(schema.timestamp).toMatchObject({
      type: "INT64",
      repetition_type: "OPTIONAL",
      logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
    });
    expect(schema.message).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8" });
    const columns = metadata.row_groups[0]?.columns.map((c) => c.meta_data) ?? [];
    expect(new Set(columns.map((c) => c?.codec))).toEqual(new Set(["ZSTD"]));
    const column = (name: string) => columns.find((c) => c?.path_in_schema[0] === name);
    // Low-cardinality columns are dictionaries; times are delta-encoded; every column has min/max.
    for (const name of ["level", "tenant", "service", "host"])
      expect(column(name)?.encodings).toContain("RLE_DICTIONARY");
    expect(column("timestamp")?.encodings).toContain("DELTA_BINARY_PACKED");
    expect(column("id")?.encodings).toContain("PLAIN");
    expect(column("id")?.encodings).not.toContain("RLE_DICTIONARY");
    expect(column("level")?.statistics).toMatchObject({ min_value: "debug", max_value: "warn" });
    expect(column("timestamp")?.statistics?.min_value).toEqual(new Date(`${hour}:00:00.000Z`));
  });

  it("flushes row groups of at most ROW_GROUP_ROWS rows, and uploads a large part in 5 MiB multipart parts", async () => {
    const t = "pq-large";
    const hour = "2026-11-26T11";
    // Random text barely compresses: ~9 MB of it makes a Parquet part of more than 5 MiB.
    const random = (n: number) => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n))));
    const lines = Array.from({ length: 12_000 }, (_, i) => ({
      msg: `${i} ${random(600)}`,
      ts: `${hour}:${String(Math.floor(i / 200)).padStart(2, "0")}:00Z`,
    }));
    await putRaw(bucket, t, "b1b1", lines);
    const { bucket: counted, calls } = faultyBucket(bucket, {});
    const stats = await compactHour(counted, t, hour, { ...PARQUET, uploadPartBytes: 5 * 1024 * 1024 });
    expect(calls.createMultipartUpload).toBe(1);
    expect(stats.parts).toBe(1);
    expect(stats.bytes).toBeGreaterThan(5 * 1024 * 1024);
    const part = (await manifestOf(t, hour))?.parts[0];
    const opened = await openParquetPart(bucket, part?.key ?? "", part?.bytes ?? 0);
    const sizes = opened.rowGroups.map((g) => g.rowEnd - g.rowStart);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ROW_GROUP_ROWS);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(12_000);
    await expectExactlyOnce(
      t,
      hour,
      lines.map((l) => l.msg),
    );
  });

  it("gathers rows into one row group per five minutes of event time, even when they arrive out of order", async () => {
    const t = "pq-order";
    const hour = "2026-11-26T15";
    // Times scattered over the hour in arrival order (many shippers, retries).
    const lines = Array.from({ length: 6000 }, (_, i) => {
      const second = (i * 7919) % 3600;
      const ts = `${hour}:${String(Math.floor(second / 60)).padStart(2, "0")}:${String(second % 60).padStart(2, "0")}Z`;
      return { msg: `scattered ${i}`, ts };
    });
    await putRaw(bucket, t, "g1g1", lines);
    await compactHour(bucket, t, hour, PARQUET);
    const part = (await manifestOf(t, hour))?.parts[0];
    const opened = await openParquetPart(bucket, part?.key ?? "", part?.bytes ?? 0);
    expect(opened.rowGroups).toHaveLength(12);
    for (const group of opened.rowGroups) {
      const range = columnRange(group.group, "timestamp");
      expect(Number(range?.max) - Number(range?.min)).toBeLessThan(5 * 60_000);
    }
    await expectExactlyOnce(
      t,
      hour,
      lines.map((l) => l.msg),
    );
  });

  it("merges late data into new Parquet parts, reading the ids of the Parquet parts already there", async () => {
    const t = "pq-late";
    const hour = "2026-11-26T12";
    const { bodies } = await putRaw(bucket, t, "c1c1", hourLines(25_000, hour), { chunkBytes: 60_000 });
    await compactHour(bucket, t, hour, PARQUET);
    await putRaw(bucket, t, "c2c2", hourLines(30, hour, "late"));
    await putRaw(bucket, t, "c1c1", [], { bodies: bodies.slice(0, 3) }); // a late redelivery
    const stats = await compactHour(bucket, t, hour, PARQUET);
    expect([stats.lines, stats.parts, stats.sources]).toEqual([30, 1, 4]);
    expect(stats.duplicates_dropped).toBeGreaterThan(0);
    await expectExactlyOnce(t, hour, [
      ...hourLines(25_000, "x").map((l) => l.msg),
      ...hourLines(30, "x", "late").map((l) => l.msg),
    ]);
    expect((await manifestOf(t, hour))?.parts.map((p) => p.key.split("/").at(-1))).toEqual([
      "part-00000.parquet",
      "part-00001.parquet",
    ]);
  }, 60_000);

  it("switches format between runs: an hour holds parts of both, each listed with its format", async () => {
    const t = "pq-mixed";
    const hour = "2026-11-26T13";
    const first = await putRaw(bucket, t, "d1d1", hourLines(100, hour));
    await compactHour(bucket, t, hour, NDJSON);
    await putRaw(bucket, t, "d2d2", hourLines(50, hour, "then"));
    await putRaw(bucket, t, "d1d1", [], { bodies: first.bodies }); // redelivered: dropped against the gzip part
    const stats = await compactHour(bucket, t, hour, PARQUET);
    expect([stats.lines, stats.duplicates_dropped]).toEqual([50, 100]);
    await putRaw(bucket, t, "d3d3", hourLines(20, hour, "back"));
    await putRaw(bucket, t, "d2d2", hourLines(50, hour, "then")); // redelivered: dropped against the Parquet part
    expect(await compactHour(bucket, t, hour, NDJSON)).toMatchObject({ lines: 20, duplicates_dropped: 50 });
    expect((await manifestOf(t, hour))?.parts.map((p) => [p.key.split("/").at(-1), p.format])).toEqual([
      ["part-00000.ndjson.gz", "ndjson.gz"],
      ["part-00001.parquet", "parquet"],
      ["part-00002.ndjson.gz", "ndjson.gz"],
    ]);
    await expectExactlyOnce(t, hour, [
      ...hourLines(100, "x").map((l) => l.msg),
      ...hourLines(50, "x", "then").map((l) => l.msg),
      ...hourLines(20, "x", "back").map((l) => l.msg),
    ]);
  });

  it("keeps a line that is not a stored record whole in `message`, with a null id", async () => {
    const t = "pq-foreign";
    const hour = "2026-11-26T14";
    await putRaw(bucket, t, "e1e1", hourLines(5, hour));
    await bucket.put(rawObjectKey(t, hour, "9999-foreign"), gzipSync('{"msg":"not a stored line"}\n'));
    const stats = await compactHour(bucket, t, hour, PARQUET);
    expect([stats.lines, stats.unreadable_lines]).toEqual([6, 1]);
    const records = await helpers.compactedRecords(bucket, t, hour);
    expect(records.filter((r) => r.id === undefined)).toEqual([{ message: '{"msg":"not a stored line"}' }]);
    // The next run reads that part's ids back (one is null) and still deduplicates the rest.
    await putRaw(bucket, t, "e1e1", hourLines(5, hour));
    expect(await compactHour(bucket, t, hour, PARQUET)).toMatchObject({ lines: 0, duplicates_dropped: 5 });
  });

  const crashes: { name: string; plan: Parameters<typeof faultyBucket>[1] }[] = [
    { name: "while writing a part", plan: { put: (args) => String(args[0]).endsWith(".parquet") } },
    { name: "between the parts and the manifest", plan: { put: (args) => String(args[0]).endsWith("_manifest.json") } },
    {
      name: "after the manifest, while deleting raw objects",
      plan: { delete: (args) => Array.isArray(args[0]) && String(args[0][0]).startsWith("raw/") },
    },
  ];
  for (const [i, { name, plan }] of crashes.entries()) {
    it(`ends exactly once when a Parquet compaction died ${name}`, async () => {
      const t = `pq-crash-${i}`;
      const hour = "2026-11-26T08";
      await putRaw(bucket, t, "f1f1", hourLines(300, hour), { chunkBytes: 10_000 });
      await compactHour(bucket, t, hour, PARQUET);
      await putRaw(bucket, t, "f2f2", hourLines(200, hour, "more"), { chunkBytes: 10_000 });
      await putRaw(bucket, t, "f1f1", hourLines(300, hour), { chunkBytes: 10_000 }); // redelivered
      const { bucket: failing } = faultyBucket(bucket, plan);
      await expect(compactHour(failing, t, hour, PARQUET)).rejects.toThrow(/injected/);
      await compactHour(bucket, t, hour, { ...PARQUET, lease: { clock: () => Date.now() + 3_600_000 } });
      await expectExactlyOnce(t, hour, [
        ...hourLines(300, "x").map((l) => l.msg),
        ...hourLines(200, "x", "more").map((l) => l.msg),
      ]);
      const stored = (await listAll(bucket, `logs/tenant=${t}/`)).map((o) => o.key.split("/").at(-1));
      expect(stored.filter((k) => k?.endsWith(".parquet")).length).toBe((await manifestOf(t, hour))?.parts.length);
    });
  }

  it("reads PART_FORMAT from the vars, and refuses a format it does not write", () => {
    const vars = { COMPACTION_DELAY_SECONDS: 300, MAX_PART_BYTES: 268435456 };
    expect(readSettings(vars).format).toBe("ndjson.gz");
    expect(readSettings({ ...vars, PART_FORMAT: "parquet" }).format).toBe("parquet");
    expect(() => readSettings({ ...vars, PART_FORMAT: "csv" })).toThrow(/PART_FORMAT/);
  });
});

function byId(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return String(a.id) < String(b.id) ? -1 : 1;
}

describe("Parquet parts round trip", () => {
  it("gives back every stored line byte for byte, whatever its strings hold (fast-check)", async () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    const record = fc.record(
      {
        message: text,
        service: text,
        host: text,
        trace_id: text,
        span_id: text,
        attributes: fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)), {
          minKeys: 1,
          maxKeys: 3,
        }),
      },
      { requiredKeys: ["message"] },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 30 }), async (records) => {
        const lines = records.map((r, i) =>
          serialiseRecord({
            id: `c${run}-${i}`,
            timestamp: isoOfMs(Date.parse("2026-11-26T10:00:00Z") + i * 997_000),
            received_at: "2026-11-26T11:00:00.000Z",
            tenant: "prop",
            level: "info",
            ...r,
          }),
        );
        const key = `logs/tenant=prop/dt=2026-11-26/hour=10/part-${String(run++).padStart(5, "0")}.parquet`;
        const writer = new ParquetPartWriter(bucket, key);
        await writer.write(new TextEncoder().encode(`${lines.join("\n")}\n`));
        const written = await writer.close();
        const opened = await openParquetPart(bucket, key, written.bytes);
        const back: string[] = [];
        for (const group of opened.rowGroups) back.push(...(await rowGroupLines(opened, group)));
        expect(back.sort()).toEqual([...lines].sort());
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newParquetScanStats } from "../src/parquet-part";
import { type CompactOptions, compactHour } from "../workers/compactor/compact-hour";
import worker from "../workers/ingest/index";
import { scanLogs } from "../workers/ingest/read/scan-logs";
import type { LineSpec } from "./helpers/chunks";
import { putRaw } from "./helpers/raw";

const ingestEnv: IngestEnv = env;
const bucket = ingestEnv.LOG_BUCKET;
const ADMIN = "dev-admin-token";
const OPTIONS: CompactOptions = { now: Date.now(), maxPartBytes: 2 ** 28, maxSources: 5000 };

function get(path: string, token = ADMIN) {
  return worker.fetch(
    new Request(`http://logsink.test${path}`, { headers: { Authorization: `Bearer ${token}` } }),
    ingestEnv,
    createExecutionContext(),
  );
}

/** The body of a `GET /v1/logs`, as text: compared byte for byte. */
async function logs(query: string): Promise<string> {
  const res = await get(`/v1/logs?${query}`);
  const text = new TextDecoder().decode(await res.arrayBuffer());
  expect(res.status, text).toBe(200);
  return text;
}

/**
 * `count` records in time order over the hour (as live traffic arrives), a tenth of them `warn`,
 * `error` only in the last five minutes; every optional field in some.
 */
function hourOfTraffic(count: number, hour: string): LineSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const ms = Math.floor((i * 3_600_000) / count);
    const line: Record<string, unknown> = {
      msg: `GET /item/${i}${i % 100 === 0 ? " needle" : ""} "ok"`,
      ts: new Date(Date.parse(`${hour}:00:00Z`) + ms).toISOString(),
      level: ms >= 55 * 60_000 && i % 3 === 0 ? "error" : i % 10 === 0 ? "warn" : "info",
      service: i % 2 === 0 ? "api" : "web",
    };
    if (i % 3 === 0) line.host = `web-${i % 4}`;
    if (i % 4 !== 0) line.user = { id: i, plan: "pro" };
    return line as unknown as LineSpec;
  });
}

const HOUR = "2026-11-24T09";
const QUERIES = [
  `from=${HOUR}:00Z&to=${HOUR}:59:59.999Z&limit=100000`,
  `from=${HOUR}:20Z&to=${HOUR}:25Z&limit=100000`,
  `from=${HOUR}:00Z&to=${HOUR}:59:59.999Z&level=error&limit=100000`,
  `from=${HOUR}:00Z&to=${HOUR}:59:59.999Z&level=warn&service=api&q=needle&limit=100000`,
  `from=${HOUR}:10Z&to=${HOUR}:50Z&limit=7`,
];

describe("GET /v1/logs over Parquet parts", () => {
  it("answers every query exactly as it did over the gzip NDJSON raw objects, byte for byte", async () => {
    const t = "pq-query";
    const first = await putRaw(bucket, t, "p1p1", hourOfTraffic(25_000, HOUR), { chunkBytes: 60_000 });
    const before = await Promise.all(QUERIES.map((q) => logs(`${q}&tenant=${t}`)));
    expect(before[0]?.split("\n").filter(Boolean)).toHaveLength(25_000);

    await compactHour(bucket, t, HOUR, { ...OPTIONS, format: "parquet" });
    // A redelivered message not yet deleted: returned once, not twice.
    await putRaw(bucket, t, "p1p1", [], { bodies: first.bodies.slice(0, 2) });
    const after = await Promise.all(QUERIES.map((q) => logs(`${q}&tenant=${t}`)));
    expect(after).toEqual(before);
  }, 60_000);

  it("answers the same records when they arrived out of time order (row groups by time split chunks)", async () => {
    const t = "pq-scattered";
    // Times scattered over the hour in arrival order: each chunk's records land in many row groups.
    const lines = hourOfTraffic(20_000, HOUR).map((line, i) => ({
      ...line,
      ts: new Date(Date.parse(`${HOUR}:00:00Z`) + ((i * 7919) % 3600) * 1000 + (i % 1000)).toISOString(),
    }));
    const first = await putRaw(bucket, t, "s1s1", lines, { chunkBytes: 60_000 });
    const sorted = (text: string) => text.split("\n").filter(Boolean).sort();
    const before = await Promise.all(QUERIES.slice(0, 4).map(async (q) => sorted(await logs(`${q}&tenant=${t}`))));
    await compactHour(bucket, t, HOUR, { ...OPTIONS, format: "parquet", maxPartBytes: 2_000_000 });
    expect((await compactHour(bucket, t, HOUR, OPTIONS)).parts).toBe(0);
    await putRaw(bucket, t, "s1s1", [], { bodies: first.bodies.slice(0, 3) }); // copies not yet deleted
    const after = await Promise.all(QUERIES.slice(0, 4).map(async (q) => sorted(await logs(`${q}&tenant=${t}`))));
    expect(after.map((a) => a.length)).toEqual(before.map((b) => b.length));
    expect(after).toEqual(before);
  }, 60_000);

  it("skips the row groups whose timestamp or level statistics rule them out", async () => {
    const t = "pq-skip";
    await putRaw(bucket, t, "q1q1", hourOfTraffic(50_000, HOUR), { chunkBytes: 60_000 });
    await compactHour(bucket, t, HOUR, { ...OPTIONS, format: "parquet" });
    const run = async (query: { from: string; to: string; level?: "error" }) => {
      const stats = newParquetScanStats();
      const lines: string[] = [];
      const parsed = { tenant: t, from: Date.parse(query.from), to: Date.parse(query.to), level: query.level };
      for await (const chunk of scanLogs(bucket, { ...parsed, limit: 1_000_000 }, undefined, stats)) {
        lines.push(...new TextDecoder().decode(chunk.bytes).split("\n").slice(0, -1));
      }
      return { stats, lines };
    };

    // One row group per five minutes of event time: a 5-minute window reads one of twelve.
    const window = await run({ from: `${HOUR}:25:00Z`, to: `${HOUR}:30:00Z` });
    expect(window.stats).toMatchObject({ row_groups: 12, row_groups_skipped: 11 });
    const inWindow = hourOfTraffic(50_000, HOUR).filter((l) => l.ts >= `${HOUR}:25` && l.ts < `${HOUR}:30`);
    expect(window.lines).toHaveLength(inWindow.length);
    // Errors only in the last 5 minutes: the other groups' level min/max ("info"…"warn") rule them out.
    const errors = await run({ from: `${HOUR}:00:00Z`, to: `${HOUR}:59:59.999Z`, level: "error" });
    expect(errors.stats).toMatchObject({ row_groups: 12, row_groups_skipped: 11 });
    expect(errors.lines.length).toBeGreaterThan(1000);
    expect(errors.lines.every((l) => l.includes('"level":"error"'))).toBe(true);
    // The footer (1 get), the level column of the one group left (1), that group whole (1).
    expect(errors.stats.gets).toBe(3);
  }, 60_000);
});

describe("Parquet parts through GET /v1/objects", () => {
  it("lists a Parquet part and serves it as application/vnd.apache.parquet, not gzip-encoded", async () => {
    const t = "pq-objects";
    await putRaw(bucket, t, "o1o1", hourOfTraffic(100, HOUR));
    await compactHour(bucket, t, HOUR, { ...OPTIONS, format: "parquet" });
    const listing = (await (await get(`/v1/objects?from=${HOUR}:00Z&to=${HOUR}:00Z&tenant=${t}`)).json()) as {
      objects: { key: string; kind: string; lines: number; size: number }[];
    };
    expect(listing.objects).toEqual([
      expect.objectContaining({
        key: `logs/tenant=${t}/dt=2026-11-24/hour=09/part-00000.parquet`,
        kind: "compacted",
        lines: 100,
      }),
    ]);
    const key = listing.objects[0]?.key ?? "";
    const res = await get(`/v1/objects/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.apache.parquet");
    expect(res.headers.get("Content-Encoding")).toBeNull();
    expect(res.headers.get("ETag")).toMatch(/^"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.byteLength).toBe(listing.objects[0]?.size);
    const magic = new TextDecoder().decode(bytes.subarray(0, 4));
    expect([magic, new TextDecoder().decode(bytes.subarray(-4))]).toEqual(["PAR1", "PAR1"]);
    expect(res.headers.get("Accept-Ranges")).toBe("bytes");
    // Byte ranges, as column readers ask for them: the footer's length and magic, a slice, a miss.
    const ranged = async (range: string) => {
      const r = await worker.fetch(
        new Request(`http://logsink.test/v1/objects/${key}`, {
          headers: { Authorization: `Bearer ${ADMIN}`, Range: range },
        }),
        ingestEnv,
        createExecutionContext(),
      );
      return { status: r.status, range: r.headers.get("Content-Range"), body: new Uint8Array(await r.arrayBuffer()) };
    };
    const size = bytes.byteLength;
    expect(await ranged("bytes=-8")).toEqual({
      status: 206,
      range: `bytes ${size - 8}-${size - 1}/${size}`,
      body: bytes.subarray(size - 8),
    });
    expect(await ranged("bytes=0-3")).toEqual({ status: 206, range: `bytes 0-3/${size}`, body: bytes.subarray(0, 4) });
    expect(await ranged(`bytes=${size - 2}-`)).toMatchObject({ status: 206, body: bytes.subarray(size - 2) });
    expect(await ranged(`bytes=${size - 2}-${size + 100}`)).toMatchObject({
      status: 206,
      body: bytes.subarray(size - 2),
    });
    expect(await ranged(`bytes=${size + 10}-`)).toMatchObject({ status: 416, range: `bytes */${size}` });
    expect(await ranged("bytes=0-1,4-5")).toMatchObject({ status: 200, body: bytes }); // several: served whole
    // Another tenant's token gets the same 404 as for a missing key.
    expect((await get(`/v1/objects/${key}`, "dev-token")).status).toBe(404);
  });
});

import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { RecordDeduplicator } from "../src/dedup";
import { manifestKey, rawObjectKey } from "../src/keys";
import { decodeQueueMessage } from "../src/queue-message";
import { countingBucket } from "../src/r2-billing";
import { LogRecordSchema } from "../src/record";
import { type CompactOptions, compactHour } from "../workers/compactor/compact-hour";
import { loadIdIndex, writeIdIndex } from "../workers/compactor/id-index";
import worker from "../workers/compactor/index";
import { faultyBucket } from "./helpers/bucket";
import { packChunks } from "./helpers/chunks";
import * as helpers from "./helpers/compaction";
import { driveCompactionQueue } from "./helpers/compaction-queue";
import { recordingDataset } from "./helpers/metrics";
import { hourLines, putRaw } from "./helpers/raw";

const compactorEnv: CompactorEnv = env;
const bucket = compactorEnv.LOG_BUCKET;
const NOW = Date.parse("2026-11-26T18:05:00Z");
const OPTIONS: CompactOptions = { now: NOW, maxPartBytes: 256 * 1024 * 1024, maxSources: 5000 };

const manifestOf = (tenant: string, hour: string) => helpers.manifestOf(bucket, tenant, hour);
const compactedRecords = (tenant: string, hour: string) => helpers.compactedRecords(bucket, tenant, hour);
const rawKeys = (tenant: string, hour: string) => helpers.rawKeys(bucket, tenant, hour);
const expectExactlyOnce = (tenant: string, hour: string, expected: string[]) =>
  helpers.expectExactlyOnce(bucket, tenant, hour, expected);

/** The cron at `scheduledTime`, then the compaction queue it fed, drained. */
async function runCron(scheduledTime: number) {
  return await driveCompactionQueue(compactorEnv, (env) =>
    worker.scheduled(createScheduledController({ scheduledTime, cron: "5 * * * *" }), env),
  );
}

describe("the cron", () => {
  it("compacts every finished hour past the delay, oldest first, and leaves the rest", async () => {
    const t = "cron-a";
    await putRaw(bucket, t, "a1a1", hourLines(40, "2026-11-26T15"));
    await putRaw(bucket, t, "a2a2", hourLines(30, "2026-11-26T15", "second"));
    await putRaw(bucket, t, "a3a3", hourLines(20, "2026-11-26T16"));
    await putRaw(bucket, t, "a4a4", hourLines(10, "2026-11-26T17")); // ended 17:59:59 + 300 s > 18:04
    await putRaw(bucket, t, "a5a5", hourLines(10, "2026-11-26T18")); // still open
    await putRaw(bucket, "cron-b", "b1b1", hourLines(5, "2026-11-25T23"));

    await runCron(Date.parse("2026-11-26T18:04:00Z"));

    const first = [...hourLines(40, "x").map((l) => l.msg), ...hourLines(30, "x", "second").map((l) => l.msg)];
    await expectExactlyOnce(t, "2026-11-26T15", first);
    await expectExactlyOnce(
      t,
      "2026-11-26T16",
      hourLines(20, "x").map((l) => l.msg),
    );
    await expectExactlyOnce(
      "cron-b",
      "2026-11-25T23",
      hourLines(5, "x").map((l) => l.msg),
    );
    expect(await rawKeys(t, "2026-11-26T17")).toHaveLength(1);
    expect(await rawKeys(t, "2026-11-26T18")).toHaveLength(1);
    expect(await manifestOf(t, "2026-11-26T17")).toBeUndefined();

    const manifest = await manifestOf(t, "2026-11-26T15");
    expect(manifest).toMatchObject({ tenant: t, hour: "2026-11-26T15", lines: 70, sources: 2, duplicates_dropped: 0 });
    expect(manifest?.parts).toEqual([
      {
        key: "logs/tenant=cron-a/dt=2026-11-26/hour=15/part-00000.ndjson.gz",
        format: "ndjson.gz",
        lines: 70,
        bytes: expect.any(Number),
        min_ts: "2026-11-26T15:00:00.000Z",
        max_ts: "2026-11-26T15:39:00.000Z",
      },
    ]);
    for (const record of await compactedRecords(t, "2026-11-26T15")) LogRecordSchema.parse(record);

    // The next run, once the delay has passed, picks up 17:00; 18:00 is still open.
    await runCron(Date.parse("2026-11-26T18:05:00Z"));
    await expectExactlyOnce(
      t,
      "2026-11-26T17",
      hourLines(10, "x").map((l) => l.msg),
    );
    expect(await rawKeys(t, "2026-11-26T18")).toHaveLength(1);
  });
});

describe("compactHour", () => {
  it("drops records stored twice: redelivered messages and idempotent retries", async () => {
    const t = "dup";
    const hour = "2026-11-26T10";
    const { bodies } = await putRaw(bucket, t, "d1d1", hourLines(500, hour), { chunkBytes: 8_000 });
    expect(bodies.length).toBeGreaterThan(5);
    // A redelivery of some messages, regrouped into one object…
    await putRaw(bucket, t, "d1d1", [], {
      bodies: [bodies[1], bodies[3], bodies[4]].filter((b) => b !== undefined),
      oneObject: true,
    });
    // …the same message twice in one batch (a retried request with the same Idempotency-Key)…
    await putRaw(bucket, t, "d1d1", [], {
      bodies: [bodies[2], bodies[2]].filter((b) => b !== undefined),
      oneObject: true,
    });
    // …and the whole request retried with its key again.
    await putRaw(bucket, t, "d1d1", hourLines(500, hour));

    const stats = await compactHour(bucket, t, hour, OPTIONS);
    expect(stats.lines).toBe(500);
    expect(stats.duplicates_dropped).toBeGreaterThan(500);
    await expectExactlyOnce(
      t,
      hour,
      hourLines(500, "x").map((l) => l.msg),
    );
  });

  it("drops the copies of a retry whose messages were cut elsewhere, record by record", async () => {
    const t = "dup-cut";
    const hour = "2026-11-26T10";
    // The first attempt: small messages, and only the first two reached the queue (the client got
    // a 503 and retried with its Idempotency-Key).
    const first = packChunks(t, "c0c0", hourLines(500, hour), 8_000);
    expect(first.length).toBeGreaterThan(5);
    const partial = first.slice(0, 2);
    await putRaw(bucket, t, "c0c0", [], { bodies: partial });
    // The retry packs the same records into one dense message: other cuts, the same ids.
    const { bodies: retry } = await putRaw(bucket, t, "c0c0", hourLines(500, hour));
    expect(retry).toHaveLength(1);

    const stats = await compactHour(bucket, t, hour, OPTIONS);
    const partialRecords = partial.reduce((n, b) => n + (decodeQueueMessage(b).groups[0]?.lines ?? 0), 0);
    expect(stats).toMatchObject({ lines: 500, duplicates_dropped: partialRecords });
    await expectExactlyOnce(
      t,
      hour,
      hourLines(500, "x").map((l) => l.msg),
    );
  });

  it("keeps and counts a line whose id it cannot read, rather than silently skipping deduplication", async () => {
    const t = "foreign";
    const hour = "2026-11-26T07";
    await putRaw(bucket, t, "u1u1", hourLines(5, hour));
    // An object something other than logsink put under raw/: one line that is not a stored record.
    await bucket.put(rawObjectKey(t, hour, "9999-foreign"), gzipSync('{"msg":"not a stored line"}\n'));
    const stats = await compactHour(bucket, t, hour, OPTIONS);
    expect([stats.lines, stats.unreadable_lines]).toEqual([6, 1]);
    const messages = (await compactedRecords(t, hour)).map((r) => r.message ?? r.msg);
    expect(messages).toContain("not a stored line");
  });

  it("merges raw objects that arrive after the hour was compacted into new parts, without duplicates", async () => {
    const t = "late";
    const hour = "2026-11-26T11";
    const { bodies } = await putRaw(bucket, t, "e1e1", hourLines(100, hour));
    await compactHour(bucket, t, hour, OPTIONS);
    // A late object with new records, and a late redelivery of what was already compacted.
    await putRaw(bucket, t, "e2e2", hourLines(30, hour, "late"));
    await putRaw(bucket, t, "e1e1", [], { bodies });
    const stats = await compactHour(bucket, t, hour, OPTIONS);
    expect([stats.lines, stats.duplicates_dropped, stats.sources, stats.parts]).toEqual([30, 100, 2, 1]);

    await expectExactlyOnce(t, hour, [
      ...hourLines(100, "x").map((l) => l.msg),
      ...hourLines(30, "x", "late").map((l) => l.msg),
    ]);
    const manifest = await manifestOf(t, hour);
    expect(manifest?.parts.map((p) => p.key.split("/").at(-1))).toEqual([
      "part-00000.ndjson.gz",
      "part-00001.ndjson.gz",
    ]);
    expect(manifest).toMatchObject({ lines: 130, sources: 3, duplicates_dropped: 100 });
  });

  for (const [mode, wholeIndexBytes, readsOfEachLateObject] of [
    ["loaded whole (a small index): each late raw object read once", undefined, 1],
    ["filtered by the late records' sequences (a large index): each late raw object read twice", 0, 2],
  ] as const) {
    it(`merges late data by reading the hour's id index, never its parts: the same R2 calls for an hour 10× larger — index ${mode}`, async () => {
      const late = async (t: string, records: number) => {
        const hour = "2026-11-26T13";
        const { bodies } = await putRaw(bucket, t, "g1g1", hourLines(records, hour), { chunkBytes: 20_000 });
        await compactHour(bucket, t, hour, { ...OPTIONS, maxPartBytes: 16 * 1024 });
        expect((await manifestOf(t, hour))?.parts.length).toBeGreaterThan(1);
        // Late: new records, and a redelivery of a message already compacted.
        await putRaw(bucket, t, "g2g2", hourLines(40, hour, "late"));
        await putRaw(bucket, t, "g1g1", [], { bodies: bodies.slice(1, 2) });
        const lateKeys = await helpers.rawKeys(bucket, t, hour);
        const { bucket: watched, log } = faultyBucket(bucket, {});
        const stats = await compactHour(watched, t, hour, { ...OPTIONS, wholeIndexBytes });
        expect(stats).toMatchObject({
          lines: 40,
          sources: 2,
          index_read: true,
          index_whole: wholeIndexBytes === undefined,
        });
        expect(stats.duplicates_dropped).toBeGreaterThan(0);
        expect(log.filter((call) => call.startsWith("get ") && call.includes("/part-"))).toEqual([]);
        for (const key of lateKeys)
          expect(log.filter((call) => call === `get ${key}`)).toHaveLength(readsOfEachLateObject);
        await expectExactlyOnce(t, hour, [
          ...hourLines(records, "x").map((l) => l.msg),
          ...hourLines(40, "x", "late").map((l) => l.msg),
        ]);
        // The calls, without the keys (which name the tenant and objects).
        return log.map((call) => call.split(" ")[0]);
      };
      const suffix = wholeIndexBytes === undefined ? "" : "-filtered";
      const small = await late(`late-small${suffix}`, 300);
      const large = await late(`late-large${suffix}`, 3000);
      expect(large).toEqual(small);
    });
  }

  it("merges late data into an hour compacted before id indexes existed by reading its parts once, then writes the index", async () => {
    const t = "late-legacy";
    const hour = "2026-11-26T14";
    const { bodies } = await putRaw(bucket, t, "h1h1", hourLines(200, hour));
    await compactHour(bucket, t, hour, OPTIONS);
    // The manifest as an older logsink wrote it: no `ids`, no index object.
    const manifest = await manifestOf(t, hour);
    await bucket.delete(manifest?.ids ?? "");
    const { ids: _, ...legacy } = manifest ?? { ids: undefined };
    await bucket.put(manifestKey(t, hour), JSON.stringify(legacy));
    await putRaw(bucket, t, "h2h2", hourLines(20, hour, "late"));
    await putRaw(bucket, t, "h1h1", [], { bodies });
    const stats = await compactHour(bucket, t, hour, OPTIONS);
    expect(stats).toMatchObject({ lines: 20, duplicates_dropped: 200 });
    expect(stats.index_read).toBe(false);
    await expectExactlyOnce(t, hour, [
      ...hourLines(200, "x").map((l) => l.msg),
      ...hourLines(20, "x", "late").map((l) => l.msg),
    ]);
  });

  it("reads the parts when the id index the manifest names is gone, and writes a new one", async () => {
    const t = "late-lost-index";
    const hour = "2026-11-26T15";
    const { bodies } = await putRaw(bucket, t, "i1i1", hourLines(150, hour));
    await compactHour(bucket, t, hour, OPTIONS);
    // Retention removes index/ before logs/ of a day; or someone deleted it.
    await bucket.delete((await manifestOf(t, hour))?.ids ?? "");
    await putRaw(bucket, t, "i2i2", hourLines(10, hour, "late"));
    await putRaw(bucket, t, "i1i1", [], { bodies });
    const stats = await compactHour(bucket, t, hour, OPTIONS);
    expect(stats).toMatchObject({ lines: 10, duplicates_dropped: 150, index_read: false });
    await expectExactlyOnce(t, hour, [
      ...hourLines(150, "x").map((l) => l.msg),
      ...hourLines(10, "x", "late").map((l) => l.msg),
    ]);
  });

  it("pages through an hour of more than 1000 raw objects and deletes them in chunks of 1000", async () => {
    const t = "many";
    const hour = "2026-11-26T12";
    const { keys } = await putRaw(bucket, t, "f1f1", hourLines(1100, hour), { chunkBytes: 300 });
    expect(keys.length).toBeGreaterThan(1000);
    const counts = { calls: 0, class_a: 0, class_b: 0 };
    const { bucket: watched, calls } = faultyBucket(countingBucket(bucket, counts), {});
    const stats = await compactHour(watched, t, hour, OPTIONS);
    expect(stats.sources).toBe(keys.length);
    expect(calls.delete).toBe(1 + 2); // the lease, then two chunks of ≤ 1000 raw keys
    // Billed operations, as the compactor's counting wrapper reports them for the cost figures:
    // Class B = the manifest, every raw object and the lease's head at release; Class A = the
    // lease's put and its renewal before the commit, 1 + 1 + 2 list pages (logs/, index/, raw/),
    // the part's claim and put, the id index's put, the manifest put.
    expect([counts.class_b, counts.class_a]).toEqual([1 + keys.length + 1, 2 + 4 + 2 + 1 + 1]);
    expect(counts.calls).toBe(Object.values(calls).reduce((sum, n) => sum + n, 0));
    await expectExactlyOnce(
      t,
      hour,
      hourLines(1100, "x").map((l) => l.msg),
    );
  }, 30_000);

  it("splits an hour into parts of at most MAX_PART_BYTES uncompressed", async () => {
    const t = "split";
    const hour = "2026-11-26T13";
    await putRaw(bucket, t, "g1g1", hourLines(400, hour, "split", 200));
    const maxPartBytes = 30_000;
    const stats = await compactHour(bucket, t, hour, { ...OPTIONS, maxPartBytes });
    expect(stats.parts).toBeGreaterThan(3);
    const manifest = await manifestOf(t, hour);
    for (const part of manifest?.parts ?? []) {
      const object = await bucket.get(part.key);
      const text = await new Response(object?.body.pipeThrough(new DecompressionStream("gzip"))).text();
      expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(maxPartBytes);
      expect(text.split("\n").filter(Boolean)).toHaveLength(part.lines);
    }
    await expectExactlyOnce(
      t,
      hour,
      hourLines(400, "x", "split", 200).map((l) => l.msg),
    );
  });

  it("uploads a large part with R2 multipart upload, in equal parts of at least 5 MiB", async () => {
    const t = "big";
    const hour = "2026-11-26T14";
    // Random text barely compresses, so ~9 MB of it makes a gzip object of more than 5 MiB.
    const random = (n: number) => {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      return btoa(String.fromCharCode(...bytes));
    };
    const lines = Array.from({ length: 9000 }, (_, i) => ({ msg: `${i} ${random(750)}`, ts: `${hour}:00:00Z` }));
    await putRaw(bucket, t, "h1h1", lines);
    const { bucket: counted, calls } = faultyBucket(bucket, {});
    const stats = await compactHour(counted, t, hour, { ...OPTIONS, uploadPartBytes: 5 * 1024 * 1024 });
    expect(calls.createMultipartUpload).toBe(1);
    expect(stats.parts).toBe(1);
    expect(stats.bytes).toBeGreaterThan(5 * 1024 * 1024);
    const records = await compactedRecords(t, hour);
    expect(records).toHaveLength(9000);
    expect(new Set(records.map((r) => r.id)).size).toBe(9000);
  });

  it("refuses to run while another compaction of the same hour holds the lease", async () => {
    const t = "lease";
    const hour = "2026-11-26T09";
    await putRaw(bucket, t, "i1i1", hourLines(10, hour));
    await bucket.put(`locks/compaction/tenant=${t}/dt=2026-11-26/hour=09.json`, "{}");
    await expect(compactHour(bucket, t, hour, OPTIONS)).rejects.toThrow(/held by another compaction/);
    expect(await rawKeys(t, hour)).toHaveLength(1);
    // A lease not renewed for longer than its lifetime belongs to a dead run and is taken over.
    const later = { clock: () => Date.now() + 3 * 60_000 };
    await expect(compactHour(bucket, t, hour, { ...OPTIONS, lease: later })).resolves.toMatchObject({ lines: 10 });
  });
});

describe("compaction that dies part-way, then runs again", () => {
  const cases: { name: string; plan: Parameters<typeof faultyBucket>[1] }[] = [
    { name: "while writing a part (before complete)", plan: { put: (args) => String(args[0]).includes("/part-") } },
    { name: "while starting a multipart upload", plan: { createMultipartUpload: 1 } },
    {
      name: "after the parts, before the manifest",
      plan: { put: (args) => String(args[0]).endsWith("_manifest.json") },
    },
    {
      name: "after the manifest, while deleting raw objects",
      plan: { delete: (args) => Array.isArray(args[0]) && String(args[0][0]).startsWith("raw/") },
    },
    { name: "while reading a raw object", plan: { get: (args) => String(args[0]).startsWith("raw/") } },
  ];

  for (const [i, { name, plan }] of cases.entries()) {
    it(`ends exactly once when it died ${name}`, async () => {
      const t = `crash-${i}`;
      const hour = "2026-11-26T08";
      await putRaw(bucket, t, "j1j1", hourLines(300, hour), { chunkBytes: 10_000 });
      // A first compaction of part of the hour, so the crash also meets an existing manifest.
      if (i % 2 === 0) await compactHour(bucket, t, hour, OPTIONS);
      await putRaw(bucket, t, "j2j2", hourLines(200, hour, "more"), { chunkBytes: 10_000 });
      await putRaw(bucket, t, "j1j1", hourLines(300, hour), { chunkBytes: 10_000 }); // redelivered
      const { bucket: failing } = faultyBucket(bucket, plan);
      // A tiny upload buffer sends even a small part down the multipart path (which then fails).
      const uploadPartBytes = plan.createMultipartUpload ? 1024 : undefined;
      await expect(compactHour(failing, t, hour, { ...OPTIONS, uploadPartBytes })).rejects.toThrow(/injected/);

      // The next cron, an hour later: the failed run's leftovers are old enough to be cleaned.
      await compactHour(bucket, t, hour, { ...OPTIONS, lease: { clock: () => Date.now() + 3_600_000 } });
      await expectExactlyOnce(t, hour, [
        ...hourLines(300, "x").map((l) => l.msg),
        ...hourLines(200, "x", "more").map((l) => l.msg),
      ]);
    });
  }
});

describe("compaction metrics (Analytics Engine)", () => {
  it("writes one data point per compacted tenant-hour: records, bytes, duplicates dropped, lag", async () => {
    const t = "metrics-t";
    const sent = await putRaw(bucket, t, "m1m1", hourLines(25, "2026-11-20T03"));
    await putRaw(bucket, t, "m1m1", [], { bodies: sent.bodies });
    const { dataset, points } = recordingDataset(compactorEnv.METRICS);
    const scheduledTime = Date.parse("2026-11-20T05:05:00Z");
    await driveCompactionQueue({ ...compactorEnv, METRICS: dataset }, (env) =>
      worker.scheduled(createScheduledController({ scheduledTime, cron: "5 * * * *" }), env),
    );
    // The lag is measured when the slice commits: from the end of the hour to now.
    const lag = Math.round((Date.now() - Date.parse("2026-11-20T04:00:00Z")) / 1000);
    const mine = points.filter((p) => p.tenant === t);
    expect(mine).toEqual([
      {
        index: t,
        kind: "compaction",
        tenant: t,
        subject: "2026-11-20T03",
        outcome: "compacted",
        records: 25,
        bytes: expect.any(Number),
        other: 25,
        lag: expect.any(Number),
      },
    ]);
    expect(mine[0]?.bytes).toBeGreaterThan(0);
    expect(Math.abs((mine[0]?.lag ?? 0) - lag)).toBeLessThanOrEqual(5);
  });
});

describe("the id index", () => {
  it("reads, filters and rewrites sequences and ids that need a JSON escape like any other", async () => {
    // Lines logsink did not write may carry any id: these are `<sequence>-<n>` with a quote and a
    // backslash in the sequence, and an id that is no sequence at all.
    const odd = 'x"q\\z';
    const hour = new RecordDeduplicator();
    for (const id of ["aaaa-0-0", "aaaa-0-1", `${odd}-0`, "bbbb-1-0", 'foreign "id"']) hour.accept(id);
    await writeIdIndex(bucket, "index/unit/escapes-1", undefined, hour);

    // A slice that holds records of `odd` and of aaaa-0: the commit's filtered read finds both.
    const slice = new RecordDeduplicator();
    for (const id of [`${odd}-1`, "aaaa-0-2", "cccc-0-0"]) slice.accept(id);
    const committed = new RecordDeduplicator();
    const keys = new Set([odd, "aaaa-0", "cccc-0", '=foreign "id"']);
    expect(await loadIdIndex(bucket, "index/unit/escapes-1", committed, async () => keys, 0)).toEqual({
      found: true,
      whole: false,
    });
    expect(committed.rangesOf(odd)).toEqual([0, 0]);
    expect(committed.rangesOf("aaaa-0")).toEqual([0, 1]);
    expect(committed.rangesOf("bbbb-1")).toBeUndefined();
    expect([...committed.otherIds()]).toEqual(['foreign "id"']);
    expect(slice.overlaps(committed)).toBe(false);

    // Rewritten with the slice's ids added: the escaped sequence's entry replaced, not repeated.
    slice.addSeenOf(committed);
    await writeIdIndex(bucket, "index/unit/escapes-2", "index/unit/escapes-1", slice);
    expect((await helpers.indexedIds(bucket, "index/unit/escapes-2")).sort()).toEqual(
      ["aaaa-0-0", "aaaa-0-1", "aaaa-0-2", `${odd}-0`, `${odd}-1`, "bbbb-1-0", "cccc-0-0", 'foreign "id"'].sort(),
    );
    // Only the wanted sequences were read: bbbb-1 was not, so it cannot be found overlapping.
    const another = new RecordDeduplicator();
    another.accept("bbbb-1-0");
    expect(another.overlaps(committed)).toBe(false);
    another.accept(`${odd}-0`);
    expect(another.overlaps(committed)).toBe(true);
  });
});

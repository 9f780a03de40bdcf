/**
 * Compaction through the compaction queue: the cron plans, each delivery compacts one slice of a
 * tenant-hour and commits it, and puts the hour back on the queue while raw objects are left.
 * Deliveries are driven with createMessageBatch (helpers/compaction-queue.ts) against the local
 * R2, each one's R2 calls counted.
 */
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compactionLockKey, hourPrefix, rawObjectKey } from "../src/keys";
import { countingBucket } from "../src/r2-billing";
import {
  type CompactOptions,
  compactHour,
  compactRange,
  listRaw,
  ORPHAN_AGE_MS,
  planSlices,
} from "../workers/compactor/compact-hour";
import worker from "../workers/compactor/index";
import { faultyBucket } from "./helpers/bucket";
import { packChunks } from "./helpers/chunks";
import * as helpers from "./helpers/compaction";
import { type CompactionDelivery, driveCompactionQueue } from "./helpers/compaction-queue";
import { hourLines, putRaw } from "./helpers/raw";

const compactorEnv: CompactorEnv = env;
const bucket = compactorEnv.LOG_BUCKET;
/** What the compactor Worker is configured for (workers/compactor/wrangler.toml, `[limits]`). */
const SUBREQUESTS_PER_INVOCATION = 10_000;

const messages = (lines: { msg: string }[]) => lines.map((l) => l.msg);
const cron = (scheduledTime: number) => (e: CompactorEnv) =>
  worker.scheduled(createScheduledController({ scheduledTime, cron: "5 * * * *" }), e);

describe("compaction through the queue", () => {
  it("compacts an hour of 20,000 raw objects a slice per delivery, exactly once, each delivery under its subrequest budget", async () => {
    const t = "fan-20k";
    const hour = "2026-11-25T10";
    const lines = hourLines(20_000, hour);
    // One record per message, one message per raw object: 20,000 objects.
    const { keys } = await putRaw(bucket, t, "f0f0", lines, { chunkBytes: 300 });
    expect(keys).toHaveLength(20_000);

    const counts = { calls: 0, class_a: 0, class_b: 0 };
    const perDelivery: number[] = [];
    const deliveries = await driveCompactionQueue(
      { ...compactorEnv, LOG_BUCKET: countingBucket(bucket, counts) },
      cron(Date.parse("2026-11-25T11:05:00Z")),
      {
        onDelivery: () => {
          perDelivery.push(counts.calls);
          counts.calls = 0;
        },
      },
    );
    // The plan's message, then one more per slice of 2,000 objects: 10 slices.
    expect(deliveries.map((d) => d.outcome)).toEqual(Array(10).fill("acked"));
    expect(deliveries.every((d) => d.body.tenant === t && d.body.hour === hour)).toBe(true);
    expect(Math.max(...perDelivery)).toBeLessThan(SUBREQUESTS_PER_INVOCATION / 2);
    const manifest = await helpers.manifestOf(bucket, t, hour);
    expect(manifest).toMatchObject({ lines: 20_000, sources: 20_000, duplicates_dropped: 0 });
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  }, 300_000);

  it("drops a redelivered message whose copies landed in two slices", async () => {
    const t = "fan-dup";
    const hour = "2026-11-25T11";
    const lines = hourLines(30, hour);
    const bodies = packChunks(t, "d0d0", lines, 300);
    await putRaw(bucket, t, "d0d0", [], { bodies });
    // The same messages redelivered later: raw objects that sort after the first 30, so with
    // slices of 10 objects every copy is in another slice than its original.
    await putRaw(bucket, t, "d0d0", [], { bodies });
    const deliveries = await driveCompactionQueue(
      { ...compactorEnv, SLICE_MAX_SOURCES: 10 } as CompactorEnv,
      cron(Date.parse("2026-11-25T12:05:00Z")),
    );
    expect(deliveries).toHaveLength(6);
    expect(await helpers.manifestOf(bucket, t, hour)).toMatchObject({ lines: 30, sources: 60, duplicates_dropped: 30 });
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  });

  it("retries a slice that failed, with backoff, and the retry finishes the hour exactly once", async () => {
    const t = "fan-retry";
    const hour = "2026-11-25T12";
    const lines = hourLines(30, hour);
    await putRaw(bucket, t, "r0r0", lines, { chunkBytes: 300 });
    // The 15th raw-object get fails: in the second slice (10 objects a slice).
    let gets = 0;
    const { bucket: failing } = faultyBucket(bucket, {
      get: (args) => String(args[0]).startsWith("raw/") && ++gets === 15,
    });
    const deliveries = await driveCompactionQueue(
      { ...compactorEnv, LOG_BUCKET: failing, SLICE_MAX_SOURCES: 10 } as CompactorEnv,
      cron(Date.parse("2026-11-25T13:05:00Z")),
    );
    // The plan merges the first slice and puts the other two on the queue; the second fails, the
    // third commits, the second's retry commits.
    expect(deliveries.map((d) => [d.outcome, d.attempts, d.body.range === undefined])).toEqual([
      ["acked", 1, true],
      ["retried", 1, false],
      ["acked", 1, false],
      ["acked", 2, false],
    ]);
    expect(deliveries[1]?.delaySeconds).toBe(30);
    expect(deliveries[3]?.body).toEqual(deliveries[1]?.body);
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  });

  it("merges raw objects that arrive between slices; a second plan of the same hour finds nothing left", async () => {
    const t = "fan-race";
    const hour = "2026-11-25T13";
    const first = hourLines(20, hour);
    const late = hourLines(5, hour, "late");
    await putRaw(bucket, t, "a0a0", first, { chunkBytes: 300 });
    let lateSent = false;
    const deliveries = await driveCompactionQueue(
      { ...compactorEnv, SLICE_MAX_SOURCES: 10 } as CompactorEnv,
      async (e) => {
        await cron(Date.parse("2026-11-25T14:05:00Z"))(e);
        // The cron planned twice (an admin run as well, say): two messages for the one hour.
        await cron(Date.parse("2026-11-25T14:05:00Z"))(e);
      },
      {
        onDelivery: async (delivery: CompactionDelivery) => {
          if (lateSent) return;
          lateSent = true;
          // A late raw object lands after the first slice committed.
          expect(delivery.outcome).toBe("acked");
          await putRaw(bucket, t, "a1a1", late);
        },
      },
    );
    // Two plans (A, B). A: the first 10 objects, then the next slice goes on the queue (C); the
    // late object lands. B: the next 10; one is left (the late one), so D. C: the late one. D:
    // nothing left.
    expect(deliveries.map((d) => d.outcome)).toEqual(["acked", "acked", "acked", "acked"]);
    expect((await helpers.manifestOf(bucket, t, hour))?.sources).toBe(21);
    await helpers.expectExactlyOnce(bucket, t, hour, [...messages(first), ...messages(late)]);
  });

  it("retries a tenant-hour another run holds when that run's lease would expire, and gives up after 5 tries", async () => {
    const t = "fan-busy";
    const hour = "2026-11-25T14";
    await putRaw(bucket, t, "b0b0", hourLines(3, hour));
    await bucket.put(compactionLockKey(t, hour), "{}");
    const deliveries = await driveCompactionQueue(compactorEnv, cron(Date.parse("2026-11-25T15:05:00Z")), {
      maxDeliveries: 1,
    });
    expect(deliveries).toEqual([
      { body: { tenant: t, hour }, attempts: 1, outcome: "retried", delaySeconds: expect.any(Number) },
    ]);
    expect(deliveries[0]?.delaySeconds).toBeGreaterThan(100);
    expect(deliveries[0]?.delaySeconds).toBeLessThanOrEqual(120);
    // Still busy on the fifth try (a long slice chain holds it): acknowledged, not dead-lettered;
    // the raw object waits for the holder or the next cron.
    const fifth = await driveCompactionQueue(
      compactorEnv,
      (e) => e.COMPACT_QUEUE.send({ tenant: t, hour }, { contentType: "json" }),
      { maxDeliveries: 5 },
    );
    expect(fifth.map((d) => [d.attempts, d.outcome])).toEqual([
      [1, "retried"],
      [2, "retried"],
      [3, "retried"],
      [4, "retried"],
      [5, "acked"],
    ]);
    expect((await bucket.list({ prefix: `raw/tenant=${t}/` })).objects).toHaveLength(1);
    await bucket.delete(compactionLockKey(t, hour));
  });

  it("drops a message it cannot read, and the cron plans every hour that still has raw objects", async () => {
    const deliveries = await driveCompactionQueue(compactorEnv, async (e) => {
      await e.COMPACT_QUEUE.send({ tenant: "../x", hour: "2026-11-25T15" }, { contentType: "json" });
    });
    expect(deliveries.map((d) => d.outcome)).toEqual(["acked"]);
  });
});

/** The "compacted" log lines of `tenant` written while `run` ran: one per slice compacted. */
async function tenantEvents(tenant: string, run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const spy = vi.spyOn(console, "log");
  try {
    await run();
    return spy.mock.calls
      .map((args) => JSON.parse(String(args[0])) as Record<string, unknown>)
      .filter((e) => e.event === "compacted" && e.tenant === tenant);
  } finally {
    spy.mockRestore();
  }
}

/** A bucket whose lease puts wait until `open()`: a slice stopped between its parts and its commit. */
function commitGate(real: R2Bucket, tenant: string, hour: string) {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let reached: () => void = () => {};
  const waiting = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const { bucket } = faultyBucket(
    real,
    {},
    {
      before: async (method, args) => {
        if (method !== "put" || args[0] !== compactionLockKey(tenant, hour)) return;
        reached();
        await opened;
      },
    },
  );
  return { bucket, waiting, open };
}

/**
 * Starts the hour's second slice (as planSlices cuts it) and holds it once its parts are written,
 * before its commit takes the lease; `open()` lets it go on.
 */
async function secondSliceHeldAtCommit(tenant: string, hour: string, options: CompactOptions) {
  const [, second] = planSlices(await listRaw(bucket, tenant, hour), options);
  expect(second).toBeDefined();
  const gate = commitGate(bucket, tenant, hour);
  const slice = compactRange(gate.bucket, tenant, hour, options, second ?? {});
  await gate.waiting;
  return { slice, open: gate.open };
}

describe("parallel slices of one tenant-hour", () => {
  const OPTIONS: CompactOptions = { now: Date.parse("2026-11-25T20:05:00Z"), maxPartBytes: 1 << 20, maxSources: 10 };
  afterEach(() => vi.restoreAllMocks());

  for (const format of ["ndjson.gz", "parquet"] as const) {
    it(`compacts a large hour's slices in concurrent invocations, each committed by itself, exactly once (${format})`, async () => {
      const t = `par-${format === "parquet" ? "pq" : "gz"}`;
      const hour = "2026-11-25T16";
      const lines = hourLines(60, hour);
      await putRaw(bucket, t, "c0c0", lines, { chunkBytes: 300 });
      const { bucket: watched, log } = faultyBucket(bucket, {});
      let all: CompactionDelivery[] = [];
      const events = await tenantEvents(t, async () => {
        all = await driveCompactionQueue(
          { ...compactorEnv, LOG_BUCKET: watched, SLICE_MAX_SOURCES: 10, PART_FORMAT: format } as CompactorEnv,
          cron(Date.parse("2026-11-25T17:05:00Z")),
          { concurrency: 10 },
        );
      });
      // (The cron also plans hours other tests of this file left raw objects in.)
      const deliveries = all.filter((d) => d.body.tenant === t);
      // The plan merged the first slice and put the other five on the queue as key ranges,
      // delivered at once: six slices, six commits.
      expect(deliveries.map((d) => [d.outcome, d.attempts, d.delaySeconds])).toEqual(
        Array(6).fill(["acked", 1, undefined]),
      );
      expect(deliveries.slice(1).every((d) => d.body.range !== undefined)).toBe(true);
      expect(events.map((e) => e.sources)).toEqual([10, 10, 10, 10, 10, 10]);
      expect(events[0]?.slices).toBe(6);
      expect(events.some((e) => e.remerged)).toBe(false);
      // The five ranges ran side by side: their reads of raw objects interleave.
      const rangeGets = log
        .filter((l) => l.startsWith(`get ${hourPrefix("raw", t, hour)}`))
        .slice(10)
        .map((l) => deliveries.findIndex((d, i) => i > 0 && inRange(l.slice(4), d.body.range)));
      expect(rangeGets).toHaveLength(50);
      expect(new Set(rangeGets.slice(0, 5)).size).toBeGreaterThan(1);
      const manifest = await helpers.manifestOf(bucket, t, hour);
      expect(manifest).toMatchObject({ lines: 60, sources: 60, duplicates_dropped: 0 });
      expect(manifest?.parts.every((p) => p.key.endsWith(`.${format}`))).toBe(true);
      await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
    });
  }

  it("drops a redelivered message whose copies landed in slices compacted at the same time", async () => {
    const t = "par-dup";
    const hour = "2026-11-25T17";
    const lines = hourLines(30, hour);
    const bodies = packChunks(t, "e0e0", lines, 300);
    await putRaw(bucket, t, "e0e0", [], { bodies });
    await putRaw(bucket, t, "e0e0", [], { bodies });
    const events = await tenantEvents(t, () =>
      driveCompactionQueue(
        { ...compactorEnv, SLICE_MAX_SOURCES: 10 } as CompactorEnv,
        cron(Date.parse("2026-11-25T18:05:00Z")),
        { concurrency: 10 },
      ),
    );
    // Slices 4–6 hold the copies of slices 1–3. Slice 1 was committed by the plan; of each other
    // pair, the slice that commits second finds its records in the hour's id index and is merged
    // again against it: three slices remerged, every copy dropped.
    expect(events.filter((e) => e.remerged)).toHaveLength(3);
    expect(await helpers.manifestOf(bucket, t, hour)).toMatchObject({ lines: 30, sources: 60, duplicates_dropped: 30 });
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  });

  it("merges a slice again when another run compacted its raw objects while it wrote its parts", async () => {
    const t = "par-race";
    const hour = "2026-11-25T18";
    const lines = hourLines(20, hour);
    await putRaw(bucket, t, "f1f1", lines, { chunkBytes: 300 });
    const { slice, open } = await secondSliceHeldAtCommit(t, hour, OPTIONS);
    // The cron's run (say) merges the whole hour, the slice's raw objects included, and commits.
    expect(await compactHour(bucket, t, hour, { ...OPTIONS, maxSources: 100 })).toMatchObject({ lines: 20 });
    open();
    const stats = await slice;
    expect(stats).toMatchObject({ remerged: true, lines: 0, sources: 0 });
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  });

  it("merges a slice again when another run merged a raw object of it whose lines carry no id", async () => {
    const t = "par-foreign";
    const hour = "2026-11-25T22";
    const lines = hourLines(2, hour);
    await putRaw(bucket, t, "d5d5", lines, { chunkBytes: 300 });
    // Something other than logsink put an object under raw/: its line has no id to check.
    await bucket.put(rawObjectKey(t, hour, "9999-foreign"), gzipSync('{"msg":"no id here"}\n'));
    const options = { ...OPTIONS, maxSources: 2 };
    const { slice, open } = await secondSliceHeldAtCommit(t, hour, options);
    expect(await compactHour(bucket, t, hour, { ...options, maxSources: 10 })).toMatchObject({ sources: 3 });
    open();
    // Its raw object is gone: the slice's part is void, though no id told it so.
    expect(await slice).toMatchObject({ remerged: true, sources: 0 });
    const records = await helpers.compactedRecords(bucket, t, hour);
    expect(records.map((r) => r.message ?? r.msg).sort()).toEqual([...messages(lines), "no id here"].sort());
  });

  it("keeps a slice's parts, not yet committed, that another run finds unreferenced", async () => {
    const t = "par-orphan";
    const hour = "2026-11-25T19";
    const lines = hourLines(4, hour);
    await putRaw(bucket, t, "a2a2", lines, { chunkBytes: 300 });
    const options = { ...OPTIONS, maxSources: 2 };
    const { slice, open } = await secondSliceHeldAtCommit(t, hour, options);
    // Another run, three minutes on (its lease's lifetime, but not ORPHAN_AGE_MS): it merges the
    // first slice and must leave the second's parts alone.
    expect(3 * 60_000).toBeLessThan(ORPHAN_AGE_MS);
    const later = { clock: () => Date.now() + 3 * 60_000 };
    expect(await compactHour(bucket, t, hour, { ...options, lease: later })).toMatchObject({ sources: 2 });
    open();
    expect(await slice).toMatchObject({ sources: 2, lines: 2 });
    expect((await slice).remerged).toBeUndefined();
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  });

  it("puts an hour's other slices on the queue only once its first is committed: a failed first run sends none", async () => {
    const t = "par-once";
    const hour = "2026-11-25T21";
    const lines = hourLines(30, hour);
    await putRaw(bucket, t, "c4c4", lines, { chunkBytes: 300 });
    // The 5th raw-object get fails: in the first slice, which the plan's own run merges.
    let gets = 0;
    const { bucket: failing } = faultyBucket(bucket, {
      get: (args) => String(args[0]).startsWith(hourPrefix("raw", t, hour)) && ++gets === 5,
    });
    const all = await driveCompactionQueue(
      { ...compactorEnv, LOG_BUCKET: failing, SLICE_MAX_SOURCES: 10 } as CompactorEnv,
      (e) => e.COMPACT_QUEUE.send({ tenant: t, hour }, { contentType: "json" }),
      { concurrency: 10 },
    );
    const deliveries = all.filter((d) => d.body.tenant === t);
    expect(deliveries.map((d) => [d.outcome, d.attempts, d.body.range === undefined])).toEqual([
      ["retried", 1, true],
      ["acked", 2, true],
      ["acked", 1, false],
      ["acked", 1, false],
    ]);
    await helpers.expectExactlyOnce(bucket, t, hour, messages(lines));
  });

  it("drops a range message whose keys lie outside its tenant-hour", async () => {
    const t = "par-bad";
    const hour = "2026-11-25T20";
    await putRaw(bucket, t, "b3b3", hourLines(3, hour));
    const deliveries = await driveCompactionQueue(compactorEnv, (e) =>
      e.COMPACT_QUEUE.send(
        { tenant: t, hour, range: { after: `${hourPrefix("raw", "other", hour)}x.ndjson.gz` } },
        { contentType: "json" },
      ),
    );
    expect(deliveries.map((d) => d.outcome)).toEqual(["acked"]);
    expect(await helpers.rawKeys(bucket, t, hour)).toHaveLength(1);
    expect(await helpers.manifestOf(bucket, t, hour)).toBeUndefined();
  });
});

function inRange(key: string, range: { after?: string; through?: string } | undefined): boolean {
  if (range === undefined) return false;
  return (range.after === undefined || key > range.after) && (range.through === undefined || key <= range.through);
}

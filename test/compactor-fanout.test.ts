/**
 * Compaction through the compaction queue: the cron plans, each delivery compacts one slice of a
 * tenant-hour and commits it, and puts the hour back on the queue while raw objects are left.
 * Deliveries are driven with createMessageBatch (helpers/compaction-queue.ts) against the local
 * R2, each one's R2 calls counted.
 */
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { compactionLockKey } from "../src/keys";
import { countingBucket } from "../src/r2-billing";
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
    expect(deliveries.map((d) => [d.outcome, d.attempts])).toEqual([
      ["acked", 1],
      ["retried", 1],
      ["acked", 2],
      ["acked", 1],
    ]);
    expect(deliveries[1]?.delaySeconds).toBe(30);
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

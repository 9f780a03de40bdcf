/**
 * The compaction fault matrix (README, "Reliability"): R2 failures and delays at every step,
 * overlapping runs with stale and live leases, a run killed between any two of its R2 calls —
 * each followed by recovery, asserting every record is in the hour's parts exactly once.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { compactionLockKey, manifestKey, partKey } from "../src/keys";
import {
  CompactionConflictError,
  type CompactOptions,
  compactHour,
  SourceVanishedError,
} from "../workers/compactor/compact-hour";
import { CompactionBusyError, LeaseLostError } from "../workers/compactor/lease";
import { type FaultPlan, faultyBucket } from "./helpers/bucket";
import { listAll } from "./helpers/chunks";
import { expectExactlyOnce, manifestOf, rawKeys } from "./helpers/compaction";
import { hourLines, putRaw } from "./helpers/raw";

const compactorEnv: CompactorEnv = env;
const bucket = compactorEnv.LOG_BUCKET;
const HOUR = "2026-11-26T08";
const OPTIONS: CompactOptions = {
  now: Date.parse("2026-11-26T09:05:00Z"),
  maxPartBytes: 256 * 1024 * 1024,
  maxSources: 5000,
};
/** The next cron, an hour later: every lease and every failed run's leftover has expired by then. */
const NEXT_HOUR: CompactOptions = { ...OPTIONS, lease: { clock: () => Date.now() + 3_600_000 } };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const keyOf = (args: unknown[]) => (typeof args[0] === "string" ? args[0] : "");
const prefixOf = (args: unknown[]) => String((args[0] as R2ListOptions | undefined)?.prefix ?? "");

/**
 * An hour with 500 records in several raw objects, 300 of them redelivered once; with
 * `compacted`, the first 300 were compacted before (so the run meets a manifest and a part).
 * Returns the messages the hour must hold once.
 */
async function seed(tenant: string, compacted: boolean): Promise<string[]> {
  await putRaw(bucket, tenant, "k1k1", hourLines(300, HOUR), { chunkBytes: 10_000 });
  if (compacted) await compactHour(bucket, tenant, HOUR, OPTIONS);
  await putRaw(bucket, tenant, "k2k2", hourLines(200, HOUR, "more"), { chunkBytes: 10_000 });
  await putRaw(bucket, tenant, "k1k1", hourLines(300, HOUR), { chunkBytes: 10_000 });
  return [...hourLines(300, HOUR).map((l) => l.msg), ...hourLines(200, HOUR, "more").map((l) => l.msg)];
}

/** An hour whose part does not fit one 5 MiB upload buffer: ~9 MB of random text. */
async function seedLarge(tenant: string): Promise<string[]> {
  const random = (n: number) => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n))));
  const lines = Array.from({ length: 9000 }, (_, i) => ({ msg: `${i} ${random(750)}`, ts: `${HOUR}:00:00Z` }));
  await putRaw(bucket, tenant, "m1m1", lines);
  return lines.map((l) => l.msg);
}

/** The next cron run, then the exactly-once check. */
async function recoverExactlyOnce(tenant: string, expected: string[]): Promise<void> {
  await compactHour(bucket, tenant, HOUR, NEXT_HOUR);
  await expectExactlyOnce(bucket, tenant, HOUR, expected);
}

describe("compaction fault matrix: an R2 call fails, the run cleans up, the next run finishes", () => {
  let nth = 0;
  /** Fails the `n`-th call (from 1) that `match` selects. */
  const nthCall = (n: number, match: (args: unknown[]) => boolean) => {
    let seen = 0;
    return (args: unknown[]) => match(args) && ++seen === n;
  };
  /** A large id index: read twice, filtered by the late records' sequences (a first pass over them). */
  const largeIndex = { wholeIndexBytes: 0 };
  const cases: {
    name: string;
    compacted?: boolean;
    large?: boolean;
    options?: Partial<CompactOptions>;
    plan: () => FaultPlan;
  }[] = [
    { name: "listing the raw objects", plan: () => ({ list: (a) => prefixOf(a).startsWith("raw/") }) },
    { name: "listing the hour's parts", plan: () => ({ list: (a) => prefixOf(a).startsWith("logs/") }) },
    {
      name: "reading the manifest",
      compacted: true,
      plan: () => ({ get: (a) => keyOf(a).endsWith("_manifest.json") }),
    },
    { name: "reading the id index", compacted: true, plan: () => ({ get: (a) => keyOf(a).startsWith("index/") }) },
    {
      name: "reading a large id index the second time, for the late records' sequences",
      compacted: true,
      options: largeIndex,
      plan: () => ({ get: nthCall(2, (a) => keyOf(a).startsWith("index/")) }),
    },
    {
      name: "reading a raw object for its sequences (late data, a large id index)",
      compacted: true,
      options: largeIndex,
      plan: () => ({ get: nthCall(1, (a) => keyOf(a).startsWith("raw/")) }),
    },
    {
      name: "reading a late raw object (a small id index, loaded whole)",
      compacted: true,
      plan: () => ({ get: nthCall(1, (a) => keyOf(a).startsWith("raw/")) }),
    },
    { name: "writing the id index", plan: () => ({ put: (a) => keyOf(a).startsWith("index/") }) },
    { name: "reading a raw object", plan: () => ({ get: nthCall(2, (a) => keyOf(a).startsWith("raw/")) }) },
    { name: "claiming a part key", plan: () => ({ put: nthCall(1, (a) => keyOf(a).includes("/part-")) }) },
    { name: "putting a part", plan: () => ({ put: nthCall(2, (a) => keyOf(a).includes("/part-")) }) },
    { name: "starting a multipart upload", large: true, plan: () => ({ createMultipartUpload: 1 }) },
    { name: "uploading a multipart part", large: true, plan: () => ({ uploadPart: 1 }) },
    { name: "completing a multipart upload", large: true, plan: () => ({ complete: 1 }) },
    { name: "committing the manifest", plan: () => ({ put: (a) => keyOf(a).endsWith("_manifest.json") }) },
    {
      name: "committing the manifest over an existing one",
      compacted: true,
      plan: () => ({ put: (a) => keyOf(a).endsWith("_manifest.json") }),
    },
    { name: "deleting the raw objects", plan: () => ({ delete: (a) => Array.isArray(a[0]) }) },
    {
      name: "renewing the lease before the commit",
      plan: () => ({ put: nthCall(2, (a) => keyOf(a).startsWith("locks/")) }),
    },
  ];
  for (const { name, compacted = false, large = false, options, plan } of cases) {
    it(`ends exactly once after a failure ${name}`, { timeout: 30_000 }, async () => {
      const t = `fault-${nth++}`;
      const expected = large ? await seedLarge(t) : await seed(t, compacted);
      const { bucket: failing } = faultyBucket(bucket, plan());
      await expect(
        compactHour(failing, t, HOUR, { ...OPTIONS, ...options, uploadPartBytes: large ? 5 * 1024 * 1024 : undefined }),
      ).rejects.toThrow(/injected/);
      await recoverExactlyOnce(t, expected);
    });
  }

  it("ends exactly once when every R2 call is slow", async () => {
    const t = "fault-slow";
    const expected = await seed(t, true);
    const { bucket: slow } = faultyBucket(bucket, {}, { before: () => sleep(5) });
    await compactHour(slow, t, HOUR, OPTIONS);
    await expectExactlyOnce(bucket, t, HOUR, expected);
  });

  it("succeeds when its lease cannot be released; the lease expires and the next run proceeds", async () => {
    const t = "fault-release";
    const expected = await seed(t, false);
    const { bucket: failing } = faultyBucket(bucket, { head: (a) => keyOf(a).startsWith("locks/") });
    await compactHour(failing, t, HOUR, OPTIONS);
    await expectExactlyOnce(bucket, t, HOUR, expected);
    expect(await bucket.head(compactionLockKey(t, HOUR))).not.toBeNull();
    await putRaw(bucket, t, "k3k3", hourLines(10, HOUR, "late"));
    await expect(compactHour(bucket, t, HOUR, OPTIONS)).rejects.toThrow(CompactionBusyError);
    await recoverExactlyOnce(t, [...expected, ...hourLines(10, HOUR, "late").map((l) => l.msg)]);
  });
});

describe("compaction fault matrix: a run killed between any two of its R2 calls", () => {
  /** More than a clean run of {@link seed} (compacted) makes; the first test checks it. */
  const KILL_POINTS = 40;

  it(`a clean run makes fewer than ${KILL_POINTS} R2 calls, so the kills below cover every step`, async () => {
    const t = "kill-count";
    await seed(t, true);
    const { bucket: watched, log } = faultyBucket(bucket, {});
    await compactHour(watched, t, HOUR, { ...OPTIONS, wholeIndexBytes: 0 }); // the longer path
    expect(log.length).toBeLessThan(KILL_POINTS);
  });

  for (let k = 0; k < KILL_POINTS; k++) {
    it(`ends exactly once when the run is killed after ${k} R2 calls`, async () => {
      const t = `kill-${k}`;
      const expected = await seed(t, k % 2 === 0);
      const { bucket: dying } = faultyBucket(bucket, {}, { killAfter: k });
      // A run killed after its last call has nothing left to fail.
      await compactHour(dying, t, HOUR, OPTIONS).catch((error: unknown) => {
        expect(String(error)).toMatch(/injected/);
      });
      await recoverExactlyOnce(t, expected);
    });
  }

  // Late data into an hour whose id index is read filtered (a large index): two more passes.
  for (let k = 0; k < KILL_POINTS; k++) {
    it(`ends exactly once when a late-data run reading a large id index is killed after ${k} R2 calls`, async () => {
      const t = `kill-large-index-${k}`;
      const expected = await seed(t, true);
      const { bucket: dying } = faultyBucket(bucket, {}, { killAfter: k });
      await compactHour(dying, t, HOUR, { ...OPTIONS, wholeIndexBytes: 0 }).catch((error: unknown) => {
        expect(String(error)).toMatch(/injected/);
      });
      await recoverExactlyOnce(t, expected);
    });
  }
});

describe("compaction fault matrix: overlapping runs", () => {
  it("lets one of two runs that overlap after a stale lease commit (one slowed on gets), never losing a part", async () => {
    const t = "race-stale";
    const expected = await seed(t, true);
    const lease = { ttlMs: 1_000, renewMs: 250 };
    await bucket.put(compactionLockKey(t, HOUR), "{}"); // left by a run that died
    await sleep(1_100);
    const { bucket: slow } = faultyBucket(bucket, {}, { before: (m) => (m === "get" ? sleep(20) : undefined) });
    const first = compactHour(slow, t, HOUR, { ...OPTIONS, lease });
    await sleep(10);
    const second = compactHour(bucket, t, HOUR, { ...OPTIONS, lease });
    const outcomes = await Promise.allSettled([first, second]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(CompactionBusyError);
    await expectExactlyOnce(bucket, t, HOUR, expected);
    // The next run finds nothing to do and deletes nothing.
    const before = await manifestOf(bucket, t, HOUR);
    await compactHour(bucket, t, HOUR, NEXT_HOUR);
    expect(await manifestOf(bucket, t, HOUR)).toEqual(before);
    await expectExactlyOnce(bucket, t, HOUR, expected);
  });

  it("lets exactly one of three runs take over a stale lease", async () => {
    const t = "race-three";
    const expected = await seed(t, false);
    const lease = { ttlMs: 1_000, renewMs: 250 };
    await bucket.put(compactionLockKey(t, HOUR), "{}");
    await sleep(1_100);
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => compactHour(bucket, t, HOUR, { ...OPTIONS, lease })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    await expectExactlyOnce(bucket, t, HOUR, expected);
  });

  it("refuses a second run while the lease is live, saying how long, whatever time the caller claims", async () => {
    const t = "race-live";
    const expected = await seed(t, false);
    await bucket.put(compactionLockKey(t, HOUR), "{}"); // a live holder, just renewed
    // `now` an hour ahead (POST /v1/admin/cron?time=…) does not age the lease.
    const error = await compactHour(bucket, t, HOUR, { ...OPTIONS, now: Date.now() + 3_600_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(CompactionBusyError);
    expect((error as CompactionBusyError).retryAfterSeconds).toBeGreaterThan(100);
    expect((error as CompactionBusyError).retryAfterSeconds).toBeLessThanOrEqual(120);
    expect(await rawKeys(bucket, t, HOUR)).not.toEqual([]);
    await recoverExactlyOnce(t, expected);
  });

  it("stops a holder that stalled past its lease: it commits nothing and deletes only its own parts", async () => {
    const t = "race-stall";
    const expected = await seed(t, true);
    const lease = { ttlMs: 600, renewMs: 100 };
    // The holder stalls right before it puts its part (after claiming the key).
    let partPuts = 0;
    const { bucket: stalling } = faultyBucket(
      bucket,
      {},
      { before: (m, a) => (m === "put" && keyOf(a).includes("/part-") && ++partPuts === 2 ? sleep(2_500) : undefined) },
    );
    const stalled = compactHour(stalling, t, HOUR, { ...OPTIONS, lease });
    await sleep(800); // the holder is stalled; its lease is 800 ms old
    const takeover = await compactHour(bucket, t, HOUR, { ...OPTIONS, lease });
    expect(takeover.lines).toBe(200);
    await expect(stalled).rejects.toThrow(LeaseLostError);
    // The part the stalled run claimed is gone; every part of the winner's manifest is there.
    const manifest = await manifestOf(bucket, t, HOUR);
    expect(manifest?.parts.map((p) => p.key)).toEqual([partKey(t, HOUR, 0), partKey(t, HOUR, 2)]);
    expect(await bucket.head(partKey(t, HOUR, 1))).toBeNull();
    await expectExactlyOnce(bucket, t, HOUR, expected);
  });

  it("loses the swap when another writer commits the manifest first: its parts go, that manifest stays", async () => {
    const t = "race-swap";
    const expected = await seed(t, true);
    const key = manifestKey(t, HOUR);
    // Another writer's version: compacted at another time (R2 etags are the content's MD5).
    const theirs = JSON.stringify({ ...(await manifestOf(bucket, t, HOUR)), compacted_at: "2026-11-26T09:06:00.000Z" });
    let wrote = false;
    const { bucket: racing } = faultyBucket(
      bucket,
      {},
      {
        before: async (m, a) => {
          if (m !== "get" || !keyOf(a).startsWith("raw/") || wrote) return;
          wrote = true;
          await bucket.put(key, theirs);
        },
      },
    );
    await expect(compactHour(racing, t, HOUR, OPTIONS)).rejects.toThrow(CompactionConflictError);
    expect(await (await bucket.get(key))?.text()).toBe(theirs);
    const parts = (await listAll(bucket, `logs/tenant=${t}/`)).filter((o) => o.key.includes("/part-"));
    expect(parts.map((p) => p.key)).toEqual([partKey(t, HOUR, 0)]);
    await recoverExactlyOnce(t, expected);
  });

  it("loses a first commit's create-only swap when another writer created the manifest meanwhile", async () => {
    const t = "race-create";
    const expected = await seed(t, false);
    const theirs = { tenant: t, hour: HOUR, lines: 0, duplicates_dropped: 0, sources: 0, compacted_at: "", parts: [] };
    const { bucket: racing } = faultyBucket(
      bucket,
      {},
      {
        before: async (m, a) => {
          if (m === "put" && keyOf(a).endsWith("_manifest.json"))
            await bucket.put(manifestKey(t, HOUR), JSON.stringify(theirs));
        },
      },
    );
    await expect(compactHour(racing, t, HOUR, OPTIONS)).rejects.toThrow(CompactionConflictError);
    expect(await manifestOf(bucket, t, HOUR)).toEqual(theirs);
    await recoverExactlyOnce(t, expected);
  });

  it("aborts, committing nothing, when a raw object it listed vanishes before it is read", async () => {
    const t = "race-vanish";
    await seed(t, false);
    const keys = await rawKeys(bucket, t, HOUR);
    // Another run merges (and deletes) the last raw object after this run listed it.
    const last = keys.at(-1) ?? "";
    let deleted = false;
    const { bucket: vanishing } = faultyBucket(
      bucket,
      {},
      {
        before: async (m, a) => {
          if (m === "get" && keyOf(a).startsWith("raw/") && !deleted) {
            deleted = true;
            await bucket.delete(last);
          }
        },
      },
    );
    await expect(compactHour(vanishing, t, HOUR, OPTIONS)).rejects.toThrow(SourceVanishedError);
    expect(await manifestOf(bucket, t, HOUR)).toBeUndefined();
    expect((await listAll(bucket, `logs/tenant=${t}/`)).map((o) => o.key)).toEqual([]);
    expect(await rawKeys(bucket, t, HOUR)).toEqual(keys.slice(0, -1));
  });

  it("skips a part key another run claimed meanwhile, and never writes over it", async () => {
    const t = "race-claim";
    const expected = await seed(t, false);
    const zombie = partKey(t, HOUR, 0);
    const { bucket: racing } = faultyBucket(
      bucket,
      {},
      {
        before: async (m, a) => {
          if (m === "put" && keyOf(a) === zombie) await bucket.put(zombie, "a stalled run's part");
        },
      },
    );
    const stats = await compactHour(racing, t, HOUR, OPTIONS);
    expect(stats.lines).toBe(500);
    expect((await manifestOf(bucket, t, HOUR))?.parts.map((p) => p.key)).toEqual([partKey(t, HOUR, 1)]);
    expect(await (await bucket.get(zombie))?.text()).toBe("a stalled run's part");
    await recoverExactlyOnce(t, expected);
  });

  it("keeps parts younger than a lease that no manifest lists (a live run's), and clears them once old", async () => {
    const t = "race-young";
    const expected = await seed(t, false);
    const young = partKey(t, HOUR, 7);
    await bucket.put(young, "a live run's part");
    await compactHour(bucket, t, HOUR, OPTIONS);
    expect(await bucket.head(young)).not.toBeNull();
    expect((await manifestOf(bucket, t, HOUR))?.parts.map((p) => p.key)).toEqual([partKey(t, HOUR, 8)]);
    await putRaw(bucket, t, "k3k3", hourLines(5, HOUR, "late"));
    await recoverExactlyOnce(t, [...expected, ...hourLines(5, HOUR, "late").map((l) => l.msg)]);
  });
});

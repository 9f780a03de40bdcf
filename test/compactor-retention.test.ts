import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { compactHour } from "../workers/compactor/compact-hour";
import { readSettings } from "../workers/compactor/config";
import worker from "../workers/compactor/index";
import { enforceRetention, firstKeptDay } from "../workers/compactor/retention";
import { hourLines, putRaw } from "./helpers/raw";

const compactorEnv: CompactorEnv = env;
const bucket = compactorEnv.LOG_BUCKET;
const NOW = Date.parse("2026-11-20T05:05:00Z");

async function keys(prefix: string): Promise<string[]> {
  const listed = await bucket.list({ prefix });
  return listed.objects.map((o) => o.key);
}

async function days(prefix: string): Promise<string[]> {
  return [...new Set((await keys(prefix)).map((k) => /(?:dt=)?(\d{4}-\d{2}-\d{2})/.exec(k)?.[1] ?? k))].sort();
}

/** A compacted hour and a raw hour on each of `dates`. */
async function seed(tenant: string, dates: string[]) {
  for (const date of dates) {
    await putRaw(bucket, tenant, "seed", hourLines(5, `${date}T01`));
    await compactHour(bucket, tenant, `${date}T01`, { now: NOW, maxPartBytes: 2 ** 28, maxSources: 5000 });
    await putRaw(bucket, tenant, "late", hourLines(3, `${date}T02`));
  }
}

describe("retention", () => {
  it("keeps whole UTC days: today and the days − 1 before it", () => {
    expect(firstKeptDay(NOW, 1)).toBe("2026-11-20");
    expect(firstKeptDay(NOW, 7)).toBe("2026-11-14");
  });

  it("the cron deletes compacted hours, raw objects and dead letters past each tenant's retention", async () => {
    const dates = ["2026-10-01", "2026-11-13", "2026-11-14", "2026-11-18", "2026-11-19"];
    await seed("ret-a", dates);
    await seed("ret-b", dates);
    await seed("ret-c", dates);
    for (const date of ["2026-11-01", "2026-11-13", "2026-11-14"]) {
      await bucket.put(`dead-letter/${date}/m1.json`, "{}");
    }
    await worker.scheduled(createScheduledController({ scheduledTime: NOW, cron: "5 * * * *" }), {
      ...compactorEnv,
      RETENTION_DAYS: 7,
      TENANT_RETENTION_DAYS: '{"ret-b": 2, "ret-c": 0}',
    } as CompactorEnv);

    // ret-a: the default 7 days, from 11-14 on.
    expect(await days("logs/tenant=ret-a/")).toEqual(["2026-11-14", "2026-11-18", "2026-11-19"]);
    // ret-b: 2 days (11-19 and today).
    expect(await days("logs/tenant=ret-b/")).toEqual(["2026-11-19"]);
    // ret-c: 0, forever.
    expect(await days("logs/tenant=ret-c/")).toEqual(dates);
    // Raw objects of expired days went too (the kept days' raw hours were compacted by the cron).
    expect(await keys("raw/tenant=ret-a/dt=2026-11-13/")).toEqual([]);
    expect(await keys("raw/tenant=ret-b/dt=2026-11-18/")).toEqual([]);
    expect(await days("dead-letter/")).toEqual(["2026-11-14"]);
    // What was kept is whole: its manifest and parts.
    const kept = await keys("logs/tenant=ret-a/dt=2026-11-14/hour=01/");
    expect(kept.some((k) => k.endsWith("_manifest.json"))).toBe(true);
    expect(kept.some((k) => k.includes("part-00000"))).toBe(true);
  });

  it("does bounded work per run, oldest day first, and the next run goes on", async () => {
    await seed("ret-d", ["2026-09-01", "2026-09-02"]);
    const policy = { days: 0, tenants: { "ret-d": 1 } };
    // Each day holds a manifest and a part (logs/), an id index (index/) and a raw object: 4 objects.
    const first = await enforceRetention(bucket, policy, NOW, 4);
    expect(first).toMatchObject({ objects_deleted: 4, deferred: true });
    expect(first.removed.slice(0, 2)).toEqual([
      { prefix: "index/tenant=ret-d/dt=2026-09-01/", objects: 1 },
      { prefix: "logs/tenant=ret-d/dt=2026-09-01/", objects: 2 },
    ]);
    expect(await keys("logs/tenant=ret-d/dt=2026-09-01/")).toEqual([]);
    const second = await enforceRetention(bucket, policy, NOW, 8);
    expect(second.deferred).toBe(false);
    expect(await keys("logs/tenant=ret-d/")).toEqual([]);
    expect(await keys("index/tenant=ret-d/")).toEqual([]);
    expect(await keys("raw/tenant=ret-d/")).toEqual([]);
  });

  it("gives a tenant named like an Object property (constructor) the default retention", async () => {
    await seed("constructor", ["2026-09-01", "2026-11-19"]);
    const outcome = await enforceRetention(bucket, { days: 7, tenants: { acme: 30 } }, NOW);
    expect(outcome.removed.map((r) => r.prefix)).toContain("logs/tenant=constructor/dt=2026-09-01/");
    expect(await days("logs/tenant=constructor/")).toEqual(["2026-11-19"]);
  });

  it("refuses a malformed TENANT_RETENTION_DAYS, naming it", () => {
    expect(() => readSettings({ ...compactorEnv, TENANT_RETENTION_DAYS: "{acme: 30}" })).toThrow(
      /TENANT_RETENTION_DAYS/,
    );
    expect(() => readSettings({ ...compactorEnv, TENANT_RETENTION_DAYS: '{"../x": 3}' })).toThrow(
      /TENANT_RETENTION_DAYS\["\.\.\/x"\]/,
    );
    expect(readSettings({ ...compactorEnv, TENANT_RETENTION_DAYS: { acme: 30 } }).retention.tenants).toEqual({
      acme: 30,
    });
  });
});

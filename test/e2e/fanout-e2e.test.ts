import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { withLocalBucket } from "./local-r2";

/**
 * Compaction through the compaction queue under the real `wrangler dev` (npm start): slices of
 * two raw objects (`--var SLICE_MAX_SOURCES:2`), so a handful of raw objects makes an hour of
 * several slices: the first compacted by the run that planned them, the others put on the
 * compaction queue as key ranges and compacted by the compactor's queue consumer (locally one at a
 * time: `wrangler dev` does not simulate consumer concurrency).
 */
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer({ args: ["--var", "SLICE_MAX_SOURCES:2"] });
});

afterAll(async () => {
  await server?.stop();
});

const admin = { Authorization: "Bearer dev-admin-token" };
const hourAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 13);

/** Sends `requests` requests of 100 lines into `hour`, each once the previous one is in its own raw object. */
async function sendRawObjects(tenant: string, hour: string, requests: number): Promise<string[]> {
  const sent: string[] = [];
  for (let r = 0; r < requests; r++) {
    const lines = Array.from({ length: 100 }, (_, i) => ({ msg: `fan-out ${r}-${i}`, ts: `${hour}:20:00Z` }));
    const res = await fetch(`${server.url}/v1/logs?tenant=${tenant}`, {
      method: "POST",
      body: `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`,
      headers: { ...admin, "Content-Type": "application/x-ndjson" },
    });
    expect(res.status, server.output()).toBe(202);
    sent.push(...lines.map((l) => l.msg));
    await vi.waitUntil(async () => (await rawObjects(tenant)) === r + 1, { timeout: 30_000, interval: 200 });
  }
  return sent;
}

function rawObjects(tenant: string): Promise<number> {
  return withLocalBucket(server.persistTo, async (bucket) => {
    return (await bucket.list({ prefix: `raw/tenant=${tenant}/` })).objects.length;
  });
}

/** The hour's manifest once every raw object is merged (undefined until then). */
function compacted(tenant: string, hour: string) {
  const [date, hh] = hour.split("T");
  return withLocalBucket(server.persistTo, async (bucket) => {
    if ((await bucket.list({ prefix: `raw/tenant=${tenant}/` })).objects.length > 0) return undefined;
    const manifest = await bucket.get(`logs/tenant=${tenant}/dt=${date}/hour=${hh}/_manifest.json`);
    return manifest === null ? undefined : ((await manifest.json()) as { lines: number; sources: number });
  });
}

/** The compactor's `compacted` log lines for a tenant, oldest first. */
function compactedLines(tenant: string): { sources: number; slices?: number; slice?: object }[] {
  return server
    .output()
    .split("\n")
    .filter((l) => l.includes('"event":"compacted"') && l.includes(`"tenant":"${tenant}"`))
    .map((l) => JSON.parse(l.slice(l.indexOf("{"))));
}

/** Every message the query returns for the hour. */
async function queried(tenant: string, hour: string): Promise<string[]> {
  const from = `${hour}:00:00Z`;
  const to = new Date(Date.parse(from) + 3_600_000).toISOString();
  const res = await fetch(`${server.url}/v1/logs?tenant=${tenant}&from=${from}&to=${to}`, { headers: admin });
  expect(res.status).toBe(200);
  return (await res.text())
    .trimEnd()
    .split("\n")
    .map((l) => (JSON.parse(l) as { message: string }).message);
}

describe("compaction through the queue under the real wrangler dev (npm start)", () => {
  it("the admin route compacts the first slice and the queue the rest: every record once", async () => {
    const tenant = `e2e-fan-${Date.now().toString(36)}`;
    const hour = hourAgo(3);
    const sent = await sendRawObjects(tenant, hour, 5);
    const res = await fetch(`${server.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, {
      method: "POST",
      headers: admin,
    });
    expect(res.status, server.output()).toBe(200);
    expect(await res.json()).toMatchObject({ tenant, hour, sources: 2, lines: 200, continues: true });
    const manifest = await vi.waitUntil(() => compacted(tenant, hour), { timeout: 60_000, interval: 500 });
    expect(manifest).toMatchObject({ lines: 500, sources: 5 });
    expect((await queried(tenant, hour)).sort()).toEqual(sent.sort());
    // Three slices: the admin run's (which cut the hour), then two key ranges through the queue.
    const runs = compactedLines(tenant);
    expect(runs.map((r) => [r.sources, r.slices, r.slice === undefined])).toEqual([
      [2, 3, true],
      [2, undefined, false],
      [1, undefined, false],
    ]);
  });

  it("the cron plans the finished hours, and the queue's consumer compacts them", async () => {
    const tenant = `e2e-cron-${Date.now().toString(36)}`;
    const hour = hourAgo(4);
    const sent = await sendRawObjects(tenant, hour, 3);
    const res = await fetch(`${server.url}/v1/admin/cron`, { method: "POST", headers: admin });
    expect(res.status, server.output()).toBe(200);
    const { planned } = (await res.json()) as { planned: { tenant: string; hour: string }[] };
    expect(planned).toContainEqual({ tenant, hour });
    const manifest = await vi.waitUntil(() => compacted(tenant, hour), { timeout: 60_000, interval: 500 });
    expect(manifest).toMatchObject({ lines: 300, sources: 3 });
    expect((await queried(tenant, hour)).sort()).toEqual(sent.sort());
  });
});

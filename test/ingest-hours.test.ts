import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { countingBucket } from "../src/r2-billing";
import { compactHour } from "../workers/compactor/compact-hour";
import worker from "../workers/ingest/index";
import type { HourSummary } from "../workers/ingest/read/list-hours";
import { hourLines, putRaw } from "./helpers/raw";

const ingestEnv: IngestEnv = env;
const bucket = ingestEnv.LOG_BUCKET;

async function hours(query: string, token = "dev-token", target: IngestEnv = ingestEnv) {
  const res = await worker.fetch(
    new Request(`http://logsink.test/v1/hours?${query}`, { headers: { Authorization: `Bearer ${token}` } }),
    target,
    createExecutionContext(),
  );
  return {
    status: res.status,
    body: (await res.json()) as { hours: HourSummary[]; cursor: string | null; error?: string },
  };
}

const DAY = "from=2026-11-24T00:00Z&to=2026-11-24T23:59Z";

// default: 08:00 compacted (300 records sent twice: 300 duplicates dropped) plus 7 late raw
// records; 09:00 raw only (2 objects). acme: 08:00 raw only.
beforeAll(async () => {
  const sent = await putRaw(bucket, "default", "h8h8", hourLines(300, "2026-11-24T08"));
  await putRaw(bucket, "default", "h8h8", [], { bodies: sent.bodies });
  await compactHour(bucket, "default", "2026-11-24T08", { now: Date.now(), maxPartBytes: 2 ** 28, maxSources: 5000 });
  await putRaw(bucket, "default", "late", hourLines(7, "2026-11-24T08", "late"));
  await putRaw(bucket, "default", "h9h9", hourLines(20, "2026-11-24T09"), { chunkBytes: 1_500 });
  await putRaw(bucket, "acme", "acme", hourLines(5, "2026-11-24T08"));
});

describe("GET /v1/hours", () => {
  it("gives each tenant-hour's raw objects waiting, parts, records and duplicates dropped", async () => {
    const { status, body } = await hours(DAY);
    expect(status).toBe(200);
    expect(body.cursor).toBeNull();
    const [eight, nine] = body.hours;
    expect(body.hours).toHaveLength(2);
    expect(eight).toEqual({
      tenant: "default",
      hour: "2026-11-24T08",
      raw_objects: 1,
      raw_lines: 7,
      parts: 1,
      lines: 300,
      duplicates_dropped: 300,
      compacted_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(nine).toMatchObject({ hour: "2026-11-24T09", raw_lines: 20, parts: 0, lines: 0, compacted_at: null });
    expect(nine?.raw_objects).toBeGreaterThan(1);
  });

  it("shows a tenant token its own tenant only; an admin every tenant, or the one it names", async () => {
    const acme = await hours(DAY, "dev-token-acme");
    expect(acme.body.hours.map((h) => `${h.tenant} ${h.hour} ${h.raw_lines}`)).toEqual(["acme 2026-11-24T08 5"]);
    expect((await hours(`${DAY}&tenant=default`, "dev-token-acme")).status).toBe(403);
    const all = await hours(DAY, "dev-admin-token");
    expect(all.body.hours.map((h) => `${h.tenant} ${h.hour}`)).toEqual([
      "acme 2026-11-24T08",
      "default 2026-11-24T08",
      "default 2026-11-24T09",
    ]);
    const named = await hours(`${DAY}&tenant=acme`, "dev-admin-token");
    expect(named.body.hours).toHaveLength(1);
  });

  it("pages through tenants and hours with a cursor, every tenant-hour once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await hours(`${DAY}&limit=1${cursor === null ? "" : `&cursor=${cursor}`}`, "dev-admin-token");
      expect(page.status).toBe(200);
      seen.push(...page.body.hours.map((h) => `${h.tenant} ${h.hour}`));
      cursor = page.body.cursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual(["acme 2026-11-24T08", "default 2026-11-24T08", "default 2026-11-24T09"]);
  });

  it("reads no data object: only listings and manifests", async () => {
    const counts = { calls: 0, class_a: 0, class_b: 0 };
    const { body } = await hours(DAY, "dev-token", { ...ingestEnv, LOG_BUCKET: countingBucket(bucket, counts) });
    expect(body.hours).toHaveLength(2);
    // One get per hour (its manifest, whether it exists or not); everything else is a listing.
    expect(counts.class_b).toBe(2);
  });

  it("answers 400 for a bad cursor, a reversed or too long range; an empty range is empty", async () => {
    expect((await hours(`${DAY}&cursor=nonsense`)).status).toBe(400);
    expect((await hours("from=2026-11-25T00:00Z&to=2026-11-24T00:00Z")).status).toBe(400);
    expect((await hours("from=2026-01-01T00:00Z&to=2026-11-24T00:00Z")).status).toBe(400);
    const empty = await hours("from=2025-01-01T00:00Z&to=2025-01-02T00:00Z");
    expect(empty.body).toEqual({ hours: [], cursor: null });
  });
});

describe("GET /v1/hours over many tenants", () => {
  it("looks at no more than 100 tenants a page, and its cursors reach every tenant-hour once", async () => {
    const tenants = Array.from({ length: 130 }, (_, i) => `many-${String(i).padStart(3, "0")}`);
    // Every tenant has data the day before; only every tenth in the range, so most of the listing
    // is of tenants with nothing to show.
    for (const [i, tenant] of tenants.entries()) {
      await putRaw(bucket, tenant, "many", hourLines(1, "2026-11-22T05"));
      if (i % 10 === 0) await putRaw(bucket, tenant, "many", hourLines(2, "2026-11-23T05"));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    const query = "from=2026-11-23T00:00Z&to=2026-11-23T23:59Z";
    do {
      const page = await hours(`${query}${cursor === null ? "" : `&cursor=${cursor}`}`, "dev-admin-token");
      expect(page.status).toBe(200);
      seen.push(...page.body.hours.map((h) => h.tenant));
      cursor = page.body.cursor;
      pages++;
    } while (cursor !== null && pages < 10);
    expect(pages).toBeGreaterThan(1);
    expect(seen).toEqual(tenants.filter((_, i) => i % 10 === 0));
  });
});

import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { compactHour } from "../workers/compactor/compact-hour";
import worker from "../workers/ingest/index";
import { faultyBucket } from "./helpers/bucket";
import type { LineSpec } from "./helpers/chunks";
import { gunzipText } from "./helpers/formats";
import { putRaw } from "./helpers/raw";

const ingestEnv: IngestEnv = env;
const bucket = ingestEnv.LOG_BUCKET;

function get(path: string, token = "dev-token", headers: Record<string, string> = {}) {
  return worker.fetch(
    new Request(`http://logsink.test${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } }),
    ingestEnv,
    createExecutionContext(),
  );
}

interface Listing {
  objects: { key: string; kind: string; size: number; lines: number; min_ts: string; max_ts: string }[];
  cursor: string | null;
}

async function list(query: string, token = "dev-token"): Promise<Listing> {
  const res = await get(`/v1/objects?${query}`, token);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Listing;
}

async function logs(query: string, token = "dev-token"): Promise<Record<string, unknown>[]> {
  const res = await get(`/v1/logs?${query}`, token);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/x-ndjson");
  const text = await res.text();
  return text === ""
    ? []
    : text
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const LEVELS = ["debug", "info", "warn", "error"];
function lines(count: number, hour: string, prefix: string): LineSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    msg: `${prefix} ${i}${i % 10 === 0 ? " needle" : ""}`,
    ts: `${hour}:${String(i % 60).padStart(2, "0")}:00.000Z`,
    level: LEVELS[i % 4],
    service: i % 2 === 0 ? "api" : "web",
  })) as LineSpec[];
}

// default: 10:00 compacted (and one raw object of it not yet deleted), 11:00 raw only.
// acme: 10:00 raw, with a message that must never show up for default.
let rawKeyOf10: string;
let compactedBodies: Uint8Array[];
beforeAll(async () => {
  const compacted = await putRaw(bucket, "default", "r1r1", lines(100, "2026-11-25T10", "ten"));
  compactedBodies = compacted.bodies;
  await compactHour(bucket, "default", "2026-11-25T10", { now: Date.now(), maxPartBytes: 2 ** 28, maxSources: 5000 });
  // The raw object a compaction has merged but not deleted yet (it died after its manifest).
  rawKeyOf10 = (await putRaw(bucket, "default", "r1r1", [], { bodies: compactedBodies })).keys[0] ?? "";
  await putRaw(bucket, "default", "r2r2", lines(40, "2026-11-25T11", "eleven"), { chunkBytes: 3_000 });
  await putRaw(bucket, "acme", "r3r3", lines(5, "2026-11-25T10", "acme secret"));
});

describe("GET /v1/objects", () => {
  it("lists raw and compacted objects of the caller's tenant whose hour is in [from, to]", async () => {
    const { objects, cursor } = await list("from=2026-11-25T10:30Z&to=2026-11-25T11:00Z");
    expect(cursor).toBeNull();
    const compacted = objects.filter((o) => o.kind === "compacted");
    expect(compacted).toEqual([
      {
        key: "logs/tenant=default/dt=2026-11-25/hour=10/part-00000.ndjson.gz",
        kind: "compacted",
        size: expect.any(Number),
        lines: 100,
        min_ts: "2026-11-25T10:00:00.000Z",
        max_ts: "2026-11-25T10:59:00.000Z",
      },
    ]);
    const raw = objects.filter((o) => o.kind === "raw");
    expect(raw.reduce((sum, o) => sum + o.lines, 0)).toBe(100 + 40);
    expect(raw.every((o) => o.key.startsWith("raw/tenant=default/") && o.size > 0 && o.min_ts <= o.max_ts)).toBe(true);
    expect(objects.some((o) => o.key.includes("acme"))).toBe(false);
  });

  it("filters by kind and by hour", async () => {
    const compacted = await list("from=2026-11-25T00:00Z&to=2026-11-25T23:00Z&kind=compacted");
    expect(compacted.objects.map((o) => o.kind)).toEqual(["compacted"]);
    const eleven = await list("from=2026-11-25T11:00Z&to=2026-11-25T11:59Z&kind=raw");
    expect(eleven.objects.every((o) => o.key.includes("/hour=11/"))).toBe(true);
    expect((await list("from=2026-11-24T00:00Z&to=2026-11-24T23:00Z")).objects).toEqual([]);
  });

  it("pages with a cursor until every object was listed once", async () => {
    const all = (await list("from=2026-11-25T00:00Z&to=2026-11-25T23:00Z")).objects.map((o) => o.key);
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Listing = await list(
        `from=2026-11-25T00:00Z&to=2026-11-25T23:00Z&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.objects.length).toBeLessThanOrEqual(2);
      paged.push(...page.objects.map((o) => o.key));
      cursor = page.cursor;
      pages++;
    } while (cursor !== null && pages < 50);
    expect(pages).toBeGreaterThan(2);
    expect(paged).toEqual(all);
  });

  it("answers 400 for a bad cursor, a bad time, a reversed or too long range", async () => {
    for (const query of [
      "from=2026-11-25T00:00Z&to=2026-11-25T23:00Z&cursor=bogus",
      "from=yesterday&to=2026-11-25T23:00Z",
      "from=2026-11-25T23:00Z&to=2026-11-25T00:00Z",
      "from=2026-01-01T00:00Z&to=2026-11-25T00:00Z",
      "to=2026-11-25T00:00Z",
    ]) {
      expect((await get(`/v1/objects?${query}`)).status, query).toBe(400);
    }
  });

  it("shows a tenant's token only that tenant, and lets an admin name one", async () => {
    const acme = await list("from=2026-11-25T00:00Z&to=2026-11-25T23:00Z", "dev-token-acme");
    expect(acme.objects.length).toBeGreaterThan(0);
    expect(acme.objects.every((o) => o.key.startsWith("raw/tenant=acme/"))).toBe(true);
    const admin = await list("from=2026-11-25T00:00Z&to=2026-11-25T23:00Z&tenant=acme", "dev-admin-token");
    expect(admin.objects.map((o) => o.key)).toEqual(acme.objects.map((o) => o.key));
    expect((await get("/v1/objects?from=2026-11-25T00:00Z&to=2026-11-25T23:00Z&tenant=acme")).status).toBe(403);
  });
});

describe("GET /v1/objects/<key>", () => {
  const partKey = "logs/tenant=default/dt=2026-11-25/hour=10/part-00000.ndjson.gz";

  it("streams a gzip NDJSON object with its content type, encoding and ETag", async () => {
    const res = await get(`/v1/objects/${partKey}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/x-ndjson");
    expect(res.headers.get("Content-Encoding")).toBe("gzip");
    const etag = res.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const text = await gunzipText(await res.arrayBuffer());
    expect(text.trimEnd().split("\n")).toHaveLength(100);

    const again = await get(`/v1/objects/${partKey}`, "dev-token", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await get(`/v1/objects/${partKey}`, "dev-token", { "If-None-Match": '"other"' })).status).toBe(200);
  });

  it("follows RFC 9110 for preconditions: 412 when If-Match or If-Unmodified-Since fails, malformed ones ignored", async () => {
    const url = `/v1/objects/${partKey}`;
    const etag = (await get(url)).headers.get("ETag") ?? "";
    const status = async (headers: Record<string, string>) => {
      const res = await get(url, "dev-token", headers);
      await res.arrayBuffer();
      return res.status;
    };
    expect(await status({ "If-None-Match": "not a tag" })).toBe(200);
    expect(await status({ "If-None-Match": `"x", ${etag}` })).toBe(304);
    expect(await status({ "If-None-Match": `W/${etag}` })).toBe(304);
    expect(await status({ "If-None-Match": "*" })).toBe(304);
    expect(await status({ "If-Match": '"other"' })).toBe(412);
    expect(await status({ "If-Match": etag })).toBe(200);
    expect(await status({ "If-Match": `W/${etag}` })).toBe(412);
    expect(await status({ "If-Match": "garbage" })).toBe(200);
    expect(await status({ "If-Unmodified-Since": "Thu, 01 Jan 1970 00:00:00 GMT" })).toBe(412);
    expect(await status({ "If-Unmodified-Since": "yesterday-ish" })).toBe(200);
    expect(await status({ "If-Modified-Since": new Date(Date.now() + 60_000).toUTCString() })).toBe(304);
    expect(await status({ "If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT" })).toBe(200);
    // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
    expect(
      await status({ "If-None-Match": '"other"', "If-Modified-Since": new Date(Date.now() + 60_000).toUTCString() }),
    ).toBe(200);
    const failed = await get(url, "dev-token", { "If-Match": '"other"' });
    expect(((await failed.json()) as { error: string }).error).toMatch(/precondition/);
  });

  it("serves the manifest as JSON", async () => {
    const res = await get("/v1/objects/logs/tenant=default/dt=2026-11-25/hour=10/_manifest.json");
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(await res.json()).toMatchObject({ tenant: "default", lines: 100 });
  });

  it("answers 404, exactly as for a missing key, for other tenants' keys and path tricks", async () => {
    const missing = await get("/v1/objects/raw/tenant=default/dt=2026-11-25/hour=10/nothing-here.ndjson.gz");
    expect(missing.status).toBe(404);
    const expected = await missing.text();
    const acmeKey = (await list("from=2026-11-25T00:00Z&to=2026-11-25T23:00Z", "dev-token-acme")).objects[0]?.key ?? "";
    expect((await get(`/v1/objects/${acmeKey}`, "dev-token-acme")).status).toBe(200);
    await bucket.put("dead-letter/2026-11-25/x.json", "{}");
    // The compactor's id index: the tenant's own, yet never served.
    await bucket.put("index/tenant=default/dt=2026-11-25/hour=10/ids-00000.jsonl.gz", "{}");
    for (const path of [
      "index/tenant=default/dt=2026-11-25/hour=10/ids-00000.jsonl.gz",
      acmeKey,
      encodeURIComponent(acmeKey),
      acmeKey.replaceAll("/", "%2F"),
      acmeKey.replaceAll("/", "%252F"),
      `raw/tenant=default/dt=2026-11-25/hour=10/..%2F..%2F..%2F..%2F${acmeKey}`,
      `raw/tenant=default/../tenant=acme/${acmeKey.split("/").slice(2).join("/")}`,
      "raw/tenant=default/dt=2026-11-25/hour=10/%2e%2e/x.ndjson.gz",
      "dead-letter/2026-11-25/x.json",
      `locks/compaction/tenant=default/dt=2026-11-25/hour=10.json`,
      "raw/tenant=default%2Facme/x.ndjson.gz",
      "%E0%A4%A",
      "",
    ]) {
      const res = await get(`/v1/objects/${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(expected);
    }
  });
});

describe("GET /v1/logs", () => {
  it("returns every record of the range once, though a raw object coexists with its compacted part", async () => {
    expect(rawKeyOf10).not.toBe("");
    const records = await logs("from=2026-11-25T10:00Z&to=2026-11-25T12:00Z&limit=100000");
    expect(records).toHaveLength(140);
    expect(new Set(records.map((r) => r.id)).size).toBe(140);
    // Oldest hour first.
    expect(records[0]?.message).toMatch(/^ten /);
    expect(records.at(-1)?.message).toMatch(/^eleven /);
  });

  it("keeps event time in [from, to): the end is exclusive", async () => {
    const records = await logs("from=2026-11-25T10:10Z&to=2026-11-25T10:20Z");
    const minutes = records.map((r) => String(r.timestamp).slice(14, 16));
    expect(new Set(minutes)).toEqual(new Set(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19"]));
  });

  it("filters by minimum level, exact service and message substring, and honours limit", async () => {
    const base = "from=2026-11-25T10:00Z&to=2026-11-25T12:00Z";
    const warn = await logs(`${base}&level=warn`);
    expect(warn.length).toBe(70);
    expect(warn.every((r) => r.level === "warn" || r.level === "error")).toBe(true);
    const api = await logs(`${base}&service=api&level=WARNING`);
    expect(api.every((r) => r.service === "api" && r.level === "warn")).toBe(true);
    expect(api.length).toBe(35);
    const needle = await logs(`${base}&q=needle`);
    expect(needle.map((r) => r.message).every((m) => String(m).includes("needle"))).toBe(true);
    expect(needle).toHaveLength(14);
    expect(await logs(`${base}&q=NEEDLE`)).toEqual([]);
    expect(await logs(`${base}&limit=7`)).toHaveLength(7);
  });

  it("makes R2 calls in proportion to the data, not to the hours asked for", async () => {
    const calls = async (query: string) => {
      const { bucket: counted, log } = faultyBucket(bucket, {});
      const res = await worker.fetch(
        new Request(`http://logsink.test/v1/logs?${query}`, { headers: { Authorization: "Bearer dev-token" } }),
        { ...ingestEnv, LOG_BUCKET: counted },
        createExecutionContext(),
      );
      await res.text();
      return log;
    };
    // 31 empty days: the tenant's day listing of raw/ and logs/, nothing per hour.
    expect(await calls("from=2026-09-01T00:00Z&to=2026-10-02T00:00Z")).toHaveLength(2);
    // A month around the data: + each day's hours (2 areas), the compacted hour's manifest and
    // part, the raw listings and objects of the hours that have them.
    const around = await calls("from=2026-11-01T00:00Z&to=2026-12-01T00:00Z");
    expect(around.filter((c) => c.startsWith("list"))).toHaveLength(2 + 2 + 2);
    expect(around.length).toBeLessThan(20);
  });

  it("never shows one tenant's records to another", async () => {
    expect((await logs("from=2026-11-25T10:00Z&to=2026-11-25T11:00Z&q=acme")).length).toBe(0);
    const acme = await logs("from=2026-11-25T10:00Z&to=2026-11-25T11:00Z", "dev-token-acme");
    expect(acme.map((r) => r.tenant)).toEqual(["acme", "acme", "acme", "acme", "acme"]);
  });

  it("answers 400 for a bad level or range, 401 without a token", async () => {
    expect((await get("/v1/logs?from=2026-11-25T10:00Z&to=2026-11-25T11:00Z&level=loud")).status).toBe(400);
    expect((await get("/v1/logs?from=2026-11-25T11:00Z&to=2026-11-25T11:00Z")).status).toBe(400);
    const anonymous = await worker.fetch(
      new Request("http://logsink.test/v1/logs?from=2026-11-25T10:00Z&to=2026-11-25T11:00Z"),
      ingestEnv,
      createExecutionContext(),
    );
    expect(anonymous.status).toBe(401);
  });
});

import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { storeDeadLetter } from "../workers/consumer/dead-letter";
import worker from "../workers/ingest/index";
import { packChunks } from "./helpers/chunks";
import { tokenDigest } from "./helpers/formats";
import { recordingQueue } from "./helpers/queue";
import { hourLines, putRaw } from "./helpers/raw";

const ingestEnv: IngestEnv = env;

function adminPost(path: string, token: string, apiTokens?: string) {
  return worker.fetch(
    new Request(`http://logsink.test${path}`, { method: "POST", headers: { Authorization: `Bearer ${token}` } }),
    apiTokens === undefined ? ingestEnv : { ...ingestEnv, API_TOKENS: apiTokens },
    createExecutionContext(),
  );
}

describe("POST /v1/admin/compact", () => {
  it("compacts one tenant's hour now and answers its summary", async () => {
    await putRaw(ingestEnv.LOG_BUCKET, "adm-a", "a0a0", hourLines(25, "2026-11-26T05"));
    await putRaw(ingestEnv.LOG_BUCKET, "adm-a", "a0a0", hourLines(25, "2026-11-26T05")); // a retry
    const res = await adminPost("/v1/admin/compact?hour=2026-11-26T05&tenant=adm-a", "dev-admin-token");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      tenant: "adm-a",
      hour: "2026-11-26T05",
      parts: 1,
      lines: 25,
      bytes: expect.any(Number),
      sources: 2,
      duplicates_dropped: 25,
    });
    expect(await ingestEnv.LOG_BUCKET.head("logs/tenant=adm-a/dt=2026-11-26/hour=05/_manifest.json")).not.toBeNull();
  });

  it("answers 409 with Retry-After while another run holds the hour's lease, whatever time the cron is told", async () => {
    await putRaw(ingestEnv.LOG_BUCKET, "adm-busy", "c0c0", hourLines(5, "2026-11-26T04"));
    await ingestEnv.LOG_BUCKET.put("locks/compaction/tenant=adm-busy/dt=2026-11-26/hour=04.json", "{}");
    const res = await adminPost("/v1/admin/compact?hour=2026-11-26T04&tenant=adm-busy", "dev-admin-token");
    expect(res.status).toBe(409);
    const retryAfter = Number(res.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(100);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(((await res.json()) as { error: string }).error).toMatch(/another run/);
    // The cron told it is an hour later leaves the live lease (and the raw object) alone.
    const cron = await adminPost(
      `/v1/admin/cron?time=${new Date(Date.now() + 3_600_000).toISOString()}`,
      "dev-admin-token",
    );
    expect(cron.status).toBe(200);
    expect((await ingestEnv.LOG_BUCKET.list({ prefix: "raw/tenant=adm-busy/" })).objects).toHaveLength(1);
  });

  it("compacts every tenant with raw objects in the hour when no tenant is named", async () => {
    await putRaw(ingestEnv.LOG_BUCKET, "adm-b", "b0b0", hourLines(3, "2026-11-26T06"));
    await putRaw(ingestEnv.LOG_BUCKET, "adm-c", "c0c0", hourLines(4, "2026-11-26T06"));
    const res = await adminPost("/v1/admin/compact?hour=2026-11-26T06", "dev-admin-token");
    const body = (await res.json()) as { tenant: string; lines: number }[];
    expect(body.map((s) => [s.tenant, s.lines])).toEqual([
      ["adm-b", 3],
      ["adm-c", 4],
    ]);
  });

  it("keeps a tenant's admin token to its own tenant", async () => {
    await putRaw(ingestEnv.LOG_BUCKET, "adm-d", "d0d0", hourLines(2, "2026-11-26T07"));
    const tokens = JSON.stringify([{ sha256: tokenDigest("acme-admin"), tenant: "acme", scopes: ["admin"] }]);
    const other = await adminPost("/v1/admin/compact?hour=2026-11-26T07&tenant=adm-d", "acme-admin", tokens);
    expect(other.status).toBe(403);
    const own = await adminPost("/v1/admin/compact?hour=2026-11-26T07", "acme-admin", tokens);
    expect(await own.json()).toMatchObject({ tenant: "acme", lines: 0 });
    expect(await ingestEnv.LOG_BUCKET.head("logs/tenant=adm-d/dt=2026-11-26/hour=07/_manifest.json")).toBeNull();
    const replayForbidden = await adminPost("/v1/admin/dead-letters/replay?date=2026-11-26", "acme-admin", tokens);
    expect(replayForbidden.status).toBe(403);
  });

  it("answers 400 for a malformed hour and 403 without the admin scope", async () => {
    for (const hour of ["2026-11-26T24", "2026-11-26", "2026-11-26T5", "../x"]) {
      const res = await adminPost(`/v1/admin/compact?hour=${hour}`, "dev-admin-token");
      expect(res.status, hour).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/YYYY-MM-DDTHH/);
    }
    expect((await adminPost("/v1/admin/compact?hour=2026-11-26T05", "dev-token")).status).toBe(403);
  });
});

describe("POST /v1/admin/cron", () => {
  it("runs the cron now: finished hours past the delay go on the compaction queue", async () => {
    await putRaw(ingestEnv.LOG_BUCKET, "adm-cron", "e0e0", hourLines(6, "2026-11-24T03"));
    await putRaw(ingestEnv.LOG_BUCKET, "adm-cron", "e1e1", hourLines(6, "2026-11-24T04"));
    const res = await adminPost("/v1/admin/cron?time=2026-11-24T05:02:00Z", "dev-admin-token");
    expect(res.status).toBe(200);
    const { planned } = (await res.json()) as { planned: { tenant: string; hour: string }[] };
    expect(planned.filter((s) => s.tenant === "adm-cron")).toEqual([{ tenant: "adm-cron", hour: "2026-11-24T03" }]);
    expect((await adminPost("/v1/admin/cron", "dev-token")).status).toBe(403);
  });
});

async function replay(token: string, query: string) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE);
  const res = await worker.fetch(
    new Request(`http://logsink.test/v1/admin/dead-letters/replay${query}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    }),
    { ...ingestEnv, LOG_QUEUE: queue.queue },
    createExecutionContext(),
  );
  return { res, queue };
}

describe("POST /v1/admin/dead-letters/replay", () => {
  it("puts dead-lettered chunks back on the queue as they were, deletes them, and leaves what is not a chunk", async () => {
    const [body] = packChunks("replay", "abab", [{ msg: "lost and found", ts: "2026-11-20T10:00:00Z" }]);
    const letter = {
      queue: "logsink-dlq",
      id: "m1",
      timestamp: "2026-11-20T10:00:01.000Z",
      attempts: 6,
      reason: "retries exhausted",
      body: Buffer.from(body ?? []).toString("base64"),
      body_encoding: "base64",
    };
    const put = (id: string, fields: object) =>
      ingestEnv.LOG_BUCKET.put(`dead-letter/2026-11-20/${id}.json`, JSON.stringify({ ...letter, id, ...fields }));
    await put("m1", {});
    await put("m2", { body: "junk", body_encoding: undefined });
    await put("m3", { body: { not: "a chunk" }, body_encoding: undefined });
    await put("m4", { body: "AQID" });

    const { res, queue } = await replay("dev-admin-token", "?date=2026-11-20");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      date: "2026-11-20",
      replayed: 1,
      skipped: [
        { key: "dead-letter/2026-11-20/m2.json", reason: "expected bytes, got string" },
        { key: "dead-letter/2026-11-20/m3.json", reason: "expected bytes, got object" },
        { key: "dead-letter/2026-11-20/m4.json", reason: "the message has no header line" },
      ],
      cursor: null,
    });
    expect(queue.batches.flat().map((m) => m.contentType)).toEqual(["bytes"]);
    expect(queue.records().map((r) => r.message)).toEqual(["lost and found"]);
    expect(await ingestEnv.LOG_BUCKET.head("dead-letter/2026-11-20/m1.json")).toBeNull();
    for (const id of ["m2", "m3", "m4"])
      expect(await ingestEnv.LOG_BUCKET.head(`dead-letter/2026-11-20/${id}.json`)).not.toBeNull();
  });

  it("needs the admin scope and a valid date", async () => {
    expect((await replay("dev-token", "?date=2026-11-20")).res.status).toBe(403);
    expect((await replay("dev-admin-token", "?date=../../x")).res.status).toBe(400);
  });
});

describe("GET /v1/admin/dead-letters", () => {
  it("lists the stored letters with why each was given up on, without reading them; admin only", async () => {
    const [body] = packChunks("listed", "lili", [{ msg: "stuck", ts: "2026-11-21T10:00:00Z" }]);
    const message = (id: string, attempts: number) =>
      ({ id, timestamp: new Date("2026-11-21T10:00:01Z"), attempts, body }) as unknown as Message;
    await storeDeadLetter(ingestEnv.LOG_BUCKET, "logsink-dlq", message("l1", 6), "retries exhausted");
    await storeDeadLetter(ingestEnv.LOG_BUCKET, "logsink", message("l2", 1), "the message has no header line");
    const list = (token: string, query: string) =>
      worker.fetch(
        new Request(`http://logsink.test/v1/admin/dead-letters${query}`, {
          headers: { Authorization: `Bearer ${token}` },
        }),
        ingestEnv,
        createExecutionContext(),
      );
    const res = await list("dev-admin-token", "?date=2026-11-21");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      letters: [
        {
          key: "dead-letter/2026-11-21/l1.json",
          date: "2026-11-21",
          size: expect.any(Number),
          stored_at: expect.any(String),
          reason: "retries exhausted",
          attempts: 6,
        },
        expect.objectContaining({ key: "dead-letter/2026-11-21/l2.json", reason: "the message has no header line" }),
      ],
      cursor: null,
    });
    const paged = (await (await list("dev-admin-token", "?date=2026-11-21&limit=1")).json()) as { cursor: string };
    expect(paged.cursor).toEqual(expect.any(String));
    expect((await list("dev-token", "")).status).toBe(403);
    expect((await list("dev-admin-token", "?date=2026-13")).status).toBe(400);
  });
});

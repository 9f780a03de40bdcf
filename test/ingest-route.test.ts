import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { parseId } from "../src/ids";
import { HARD_MAX_MESSAGE_BYTES, MAX_BATCH_BYTES, MAX_BATCH_MESSAGES, MAX_CHUNK_TEXT_BYTES } from "../src/limits";
import { decodeQueueMessage } from "../src/queue-message";
import { LogRecordSchema } from "../src/record";
import worker from "../workers/ingest/index";
import { tokenDigest } from "./helpers/formats";
import { answer, compress, ndjson, post } from "./helpers/ingest";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;

describe("GET /healthz", () => {
  it("answers 200 {ok:true} without a token", async () => {
    const res = await worker.fetch(new Request("http://logsink.test/healthz"), ingestEnv, createExecutionContext());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe("POST /v1/logs body types", () => {
  it("accepts NDJSON under all three media types, with a charset parameter", async () => {
    for (const type of ["application/x-ndjson", "application/jsonl", "application/ndjson; charset=utf-8"]) {
      const { res, queue } = await post({ type, body: '{"msg":"a"}\n{"msg":"b"}\n' });
      expect(res.status, type).toBe(202);
      expect(await answer(res)).toEqual({ accepted: 2, rejected: 0, errors: [] });
      expect(queue.records().map((r) => r.message)).toEqual(["a", "b"]);
    }
  });

  it("accepts one JSON object and a JSON array, numbering array elements from 1", async () => {
    const one = await post({ type: "application/json", body: '{"msg":"solo"}' });
    expect(await answer(one.res)).toEqual({ accepted: 1, rejected: 0, errors: [] });
    const many = await post({ type: "application/json", body: '[{"msg":"a"},{"nomsg":1},3,{"msg":"b"}]' });
    expect(many.res.status).toBe(202);
    expect(await answer(many.res)).toEqual({
      accepted: 2,
      rejected: 2,
      errors: [
        { line: 2, error: "the record has no message (message, msg, log or text)" },
        { line: 3, error: "expected a JSON object" },
      ],
    });
  });

  it("makes every non-empty text/plain line a record, with ?service= and ?host= defaults", async () => {
    const { res, queue } = await post({
      type: "text/plain; charset=utf-8",
      body: "first line\r\n\r\n  \nsecond line",
      query: "?service=nginx&host=web-1",
    });
    expect(await answer(res)).toEqual({ accepted: 2, rejected: 0, errors: [] });
    const records = queue.records();
    expect(records.map((r) => [r.message, r.service, r.host, r.level])).toEqual([
      ["first line", "nginx", "web-1", "info"],
      ["second line", "nginx", "web-1", "info"],
    ]);
  });

  it("decompresses gzip and deflate (zlib and raw) bodies", async () => {
    const body = ndjson(50, (i) => ({ msg: `line ${i}` }));
    for (const [encoding, format] of [
      ["gzip", "gzip"],
      ["deflate", "deflate"],
      ["deflate", "deflate-raw"],
    ] as const) {
      const { res, queue } = await post({
        body: await compress(body, format),
        headers: { "Content-Encoding": encoding },
      });
      expect(await answer(res), format).toEqual({ accepted: 50, rejected: 0, errors: [] });
      expect(queue.records()).toHaveLength(50);
    }
  });

  it("stores records that match the stored-record schema, with the tenant of the token", async () => {
    const { queue } = await post({ token: "dev-token-acme", body: '{"msg":"x","level":"warning","user":"u1"}\n' });
    const [record] = queue.records();
    expect(LogRecordSchema.parse(record)).toMatchObject({ tenant: "acme", level: "warn", attributes: { user: "u1" } });
    expect(queue.chunks()[0]?.tenant).toBe("acme");
  });
});

describe("POST /v1/logs errors", () => {
  it("answers 401 with WWW-Authenticate: Bearer when the token is missing or unknown", async () => {
    for (const token of [null, "not-a-token"]) {
      const { res, queue } = await post({ token });
      expect(res.status).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm="logsink"/);
      expect((await answer(res)).error).toMatch(/token/);
      expect(queue.batches).toHaveLength(0);
    }
  });

  it("answers 403 for a token without the ingest scope, and for another tenant", async () => {
    const apiTokens = JSON.stringify([
      { sha256: tokenDigest("reader"), tenant: "acme", scopes: ["read"] },
      { token: "writer", tenant: "acme", scopes: ["ingest"] },
    ]);
    const reader = await post({ token: "reader", env: { API_TOKENS: apiTokens } });
    expect(reader.res.status).toBe(403);
    expect((await answer(reader.res)).error).toBe('this token does not have the "ingest" scope');
    const other = await post({ token: "writer", query: "?tenant=default", env: { API_TOKENS: apiTokens } });
    expect(other.res.status).toBe(403);
    const own = await post({ token: "writer", env: { API_TOKENS: apiTokens } });
    expect(own.res.status).toBe(202);
  });

  it("lets an admin token write to the tenant it names", async () => {
    const { res, queue } = await post({ token: "dev-admin-token", query: "?tenant=globex" });
    expect(res.status).toBe(202);
    expect(queue.records()[0]?.tenant).toBe("globex");
    const bad = await post({ token: "dev-admin-token", query: "?tenant=../etc" });
    expect(bad.res.status).toBe(400);
  });

  it("answers 415 for an unsupported or missing content type and for brotli bodies", async () => {
    expect((await post({ type: "application/xml" })).res.status).toBe(415);
    // A string body would get text/plain from fetch itself; bytes go without a Content-Type.
    expect((await post({ type: null, body: new TextEncoder().encode('{"msg":"x"}') })).res.status).toBe(415);
    const br = await post({ headers: { "Content-Encoding": "br" } });
    expect(br.res.status).toBe(415);
    expect((await answer(br.res)).error).toMatch(/gzip, deflate/);
  });

  it("answers 400 for a JSON body that does not parse, and for a corrupt gzip body", async () => {
    const json = await post({ type: "application/json", body: '{"msg":' });
    expect(json.res.status).toBe(400);
    expect((await answer(json.res)).error).toMatch(/^the body is not valid JSON/);
    const gzip = await post({
      body: new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]),
      headers: { "Content-Encoding": "gzip" },
    });
    expect(gzip.res.status).toBe(400);
  });

  it("answers 400 with the per-line errors when every line is rejected, and enqueues nothing", async () => {
    const { res, queue } = await post({ body: 'not json\n{"level":"info"}\n' });
    expect(res.status).toBe(400);
    const body = await answer(res);
    expect(body.accepted).toBe(0);
    expect(body.rejected).toBe(2);
    expect(body.errors.map((e) => e.line)).toEqual([1, 2]);
    expect(body.errors[0]?.error).toMatch(/^not valid JSON/);
    expect(queue.batches).toHaveLength(0);
  });

  it("answers 400 for an empty body", async () => {
    const { res } = await post({ body: "\n\n" });
    expect(res.status).toBe(400);
    expect(await answer(res)).toMatchObject({ error: "the body holds no log lines", accepted: 0, rejected: 0 });
  });

  it("accepts the good lines of a mixed body and lists at most 100 errors", async () => {
    const body = `${"{bad\n".repeat(150)}{"msg":"good"}\n`;
    const { res } = await post({ body });
    expect(res.status).toBe(202);
    const result = await answer(res);
    expect([result.accepted, result.rejected, result.errors.length]).toEqual([1, 150, 100]);
    expect(result.errors[99]?.line).toBe(100);
  });

  it("answers 413 when the body is larger than MAX_BODY_BYTES", async () => {
    const { res, queue } = await post({ body: "x".repeat(2000), type: "text/plain", env: { MAX_BODY_BYTES: 1000 } });
    expect(res.status).toBe(413);
    expect((await answer(res)).error).toMatch(/MAX_BODY_BYTES/);
    expect(queue.batches).toHaveLength(0);
  });

  it("answers 413 when a body of no declared length (chunked) streams past MAX_BODY_BYTES", async () => {
    const body = new Blob(["x".repeat(600), "\n", "y".repeat(600)]).stream();
    const { res, queue } = await post({ body, type: "text/plain", env: { MAX_BODY_BYTES: 1000 } });
    expect(res.status).toBe(413);
    expect(queue.batches).toHaveLength(0);
    const small = new Blob(["x".repeat(300), "\n", "y".repeat(300)]).stream();
    const ok = await post({ body: small, type: "text/plain", env: { MAX_BODY_BYTES: 1000 } });
    expect((await answer(ok.res)).accepted).toBe(2);
  });

  it("answers 413 when a gzip body inflates past the limit, without inflating all of it", async () => {
    // 64 MiB of newlines compress to ~64 KB; the default limit is 16 MiB.
    const zeros = new Blob([new Uint8Array(64 * 1024 * 1024).fill(10)]).stream();
    const bomb = new Uint8Array(await new Response(zeros.pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
    expect(bomb.byteLength).toBeLessThan(200_000);
    const { res } = await post({ body: bomb, type: "text/plain", headers: { "Content-Encoding": "gzip" } });
    expect(res.status).toBe(413);
    // The Worker is still healthy afterwards.
    expect((await post()).res.status).toBe(202);
  });

  it("rejects a line whose normalised record exceeds MAX_RECORD_BYTES, keeping the others", async () => {
    const { res } = await post({
      body: `${JSON.stringify({ msg: "y".repeat(600) })}\n{"msg":"small"}\n`,
      env: { MAX_RECORD_BYTES: 500 },
    });
    const body = await answer(res);
    expect([res.status, body.accepted, body.rejected]).toEqual([202, 1, 1]);
    expect(body.errors[0]).toEqual({
      line: 1,
      error: expect.stringMatching(/bytes once normalised; the limit is 500$/),
    });
  });

  it("answers 500 without internals when a var or API_TOKENS is misconfigured, and recovers", async () => {
    // A var a deployment got wrong: wrangler passes vars through as they are written.
    const badVar = await post({ env: JSON.parse('{"MAX_BODY_BYTES":"lots"}') });
    expect(badVar.res.status).toBe(500);
    expect((await answer(badVar.res)).error).toBe(
      "the server is misconfigured; its operator has been told in the logs",
    );
    const badTokens = await post({ env: { API_TOKENS: "not json" } });
    expect(badTokens.res.status).toBe(500);
    expect((await post()).res.status).toBe(202);
  });

  it("answers 400 for an Idempotency-Key longer than 128 characters", async () => {
    expect((await post({ headers: { "Idempotency-Key": "k".repeat(129) } })).res.status).toBe(400);
    expect((await post({ headers: { "Idempotency-Key": "k".repeat(128) } })).res.status).toBe(202);
  });
});

describe("queueing", () => {
  const big = ndjson(3000, (i) => ({
    ts: 1764176400 + i,
    level: ["info", "warn", "error"][i % 3],
    msg: `request ${i} served — ünïcödé ${"x".repeat(100)}`,
    attrs: { i, path: `/items/${i}` },
  }));

  /** Records whose messages are random base64: they barely compress. */
  const noisy = ndjson(3000, (i) => ({
    msg: `noise ${i} ${Buffer.from(crypto.getRandomValues(new Uint8Array(150))).toString("base64")}`,
  }));
  const toMessageBytes = (m: MessageSendRequest) => (m.body as Uint8Array).byteLength;

  it("packs many records per message, gzipped, each message inside one 64 KB billing unit", async () => {
    const { res, queue } = await post({ body: big });
    expect(await answer(res)).toEqual({ accepted: 3000, rejected: 0, errors: [] });
    const messages = queue.batches.flat();
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThan(3000 / 300);
    for (const batch of queue.batches) {
      expect(batch.length).toBeLessThanOrEqual(MAX_BATCH_MESSAGES);
      expect(batch.reduce((sum, m) => sum + toMessageBytes(m) + 100, 0)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    }
    for (const m of messages) {
      expect(m.contentType).toBe("bytes");
      expect(toMessageBytes(m)).toBeLessThanOrEqual(64_000);
      const chunk = decodeQueueMessage(m.body);
      expect(chunk.groups.reduce((sum, g) => sum + g.text.byteLength, 0)).toBeLessThanOrEqual(MAX_CHUNK_TEXT_BYTES);
    }
    const records = queue.records();
    expect(records.map((r) => r.message)).toEqual(
      Array.from({ length: 3000 }, (_, i) => expect.stringContaining(`request ${i} `)),
    );
    expect(new Set(records.map((r) => r.id)).size).toBe(3000);
    // Ids are `<base>-<sequence>-<n>`: one hour, so one sequence, numbered in request order
    // whatever message each record travels in.
    const [base] = String(records[0]?.id).split("-");
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 3000 }, (_, i) => `${base}-0-${i}`));
    expect(parseId(String(records[0]?.id))?.[0]).toBe(`${base}-0`);
  });

  it("spreads tenants over the queues bound (LOG_QUEUE, LOG_QUEUE_1 …), each tenant always to the same one", async () => {
    const shards = [
      recordingQueue(ingestEnv.LOG_QUEUE),
      recordingQueue(ingestEnv.LOG_QUEUE),
      recordingQueue(ingestEnv.LOG_QUEUE),
    ];
    const sharded = { LOG_QUEUE: shards[0]?.queue, LOG_QUEUE_1: shards[1]?.queue, LOG_QUEUE_2: shards[2]?.queue };
    const tenants = Array.from({ length: 30 }, (_, i) => `shard-${i}`);
    for (const round of [0, 1]) {
      for (const tenant of tenants) {
        const body = ndjson(5, (i) => ({ msg: `${tenant} ${round} ${i}` }));
        const res = await worker.fetch(
          new Request(`http://logsink.test/v1/logs?tenant=${tenant}`, {
            method: "POST",
            body,
            headers: { Authorization: "Bearer dev-admin-token", "Content-Type": "application/x-ndjson" },
          }),
          { ...ingestEnv, ...sharded } as IngestEnv,
          createExecutionContext(),
        );
        expect(res.status).toBe(202);
      }
    }
    const tenantsOf = shards.map((shard) => new Set(shard.records().map((r) => String(r.tenant))));
    // Every record once, each tenant's records (both rounds) on one queue, every queue used.
    expect(shards.reduce((n, shard) => n + shard.records().length, 0)).toBe(30 * 2 * 5);
    expect(tenantsOf.reduce((n, set) => n + set.size, 0)).toBe(30);
    for (const set of tenantsOf) expect(set.size).toBeGreaterThan(0);
    // A Worker with one queue (the default) sends everything to LOG_QUEUE.
    const { queue } = await post({ body: ndjson(3, (i) => ({ msg: `one ${i}` })) });
    expect(queue.records()).toHaveLength(3);
  });

  it("groups each message's records by UTC event hour", async () => {
    const body = ndjson(4, (i) => ({ msg: `m${i}`, timestamp: `2026-11-26T${i % 2 === 0 ? "16" : "17"}:30:00Z` }));
    const { queue } = await post({ body });
    const [chunk] = queue.chunks();
    expect(chunk?.groups.map((g) => [g.hour, g.lines])).toEqual([
      ["2026-11-26T16", 2],
      ["2026-11-26T17", 2],
    ]);
  });

  it("keeps messages under the queue's hard limit and batches under 256 KB when records do not compress", async () => {
    const { res, queue } = await post({ body: noisy });
    expect(await answer(res)).toEqual({ accepted: 3000, rejected: 0, errors: [] });
    expect(queue.batches.length).toBeGreaterThan(1);
    for (const batch of queue.batches) {
      expect(batch.reduce((sum, m) => sum + toMessageBytes(m) + 100, 0)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
      for (const m of batch) expect(toMessageBytes(m)).toBeLessThan(HARD_MAX_MESSAGE_BYTES);
    }
    expect(queue.records().map((r) => r.message)).toEqual(
      Array.from({ length: 3000 }, (_, i) => expect.stringMatching(new RegExp(`^noise ${i} `))),
    );
  });

  it("sends records near the size limit in messages of their own, under the queue's hard limit", async () => {
    const random = () => Buffer.from(crypto.getRandomValues(new Uint8Array(45_000))).toString("base64");
    const { res, queue } = await post({
      body: `${JSON.stringify({ msg: random() })}\n${JSON.stringify({ msg: random() })}\n`,
    });
    expect((await answer(res)).accepted).toBe(2);
    const sizes = queue.batches.flat().map(toMessageBytes);
    expect(sizes.length).toBe(2);
    expect(Math.max(...sizes)).toBeLessThan(HARD_MAX_MESSAGE_BYTES);
  });

  it("gives the same ids when a request is retried with the same Idempotency-Key", async () => {
    const headers = { "Idempotency-Key": "batch-42" };
    const first = (await post({ body: big, headers })).queue.records().map((r) => r.id);
    const retry = (await post({ body: big, headers })).queue.records().map((r) => r.id);
    expect(retry).toEqual(first);
    const otherKey = (await post({ body: big, headers: { "Idempotency-Key": "batch-43" } })).queue.records();
    expect(otherKey.some((r) => first.includes(r.id as string))).toBe(false);
    const otherTenant = (await post({ body: big, headers, token: "dev-token-acme" })).queue.records();
    expect(otherTenant.some((r) => first.includes(r.id as string))).toBe(false);
    const noKey = (await post({ body: big })).queue.records();
    const noKeyAgain = (await post({ body: big })).queue.records();
    expect(noKey.some((r) => noKeyAgain.some((s) => s.id === r.id))).toBe(false);
  });

  it("answers 503 with Retry-After when the queue fails, counting only what was enqueued", async () => {
    const { res, queue } = await post({ body: noisy, failFromBatch: 2 });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    const body = await answer(res);
    expect(body.error).toMatch(/queue/);
    expect(body.accepted).toBe(queue.records().length);
    expect(body.accepted).toBeGreaterThan(0);
    expect(body.accepted).toBeLessThan(3000);
  });

  it("answers 503 with accepted 0 when the first send fails", async () => {
    const { res } = await post({ failFromBatch: 1 });
    expect(res.status).toBe(503);
    expect((await answer(res)).accepted).toBe(0);
  });
});

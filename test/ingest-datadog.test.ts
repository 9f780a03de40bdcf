/** POST /api/v2/logs (Datadog's logs intake) inside workerd. */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { deflateSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import worker from "../workers/ingest/index";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;

async function intake(body: BodyInit, headers: Record<string, string> = {}, options: { failQueue?: boolean } = {}) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failQueue ? 1 : undefined });
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request("http://logsink.test/api/v2/logs", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json", "DD-API-KEY": "dev-token", ...headers },
    }),
    { ...ingestEnv, LOG_QUEUE: queue.queue },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, queue };
}

const now = Date.now();

describe("POST /api/v2/logs", () => {
  it("stores an array of logs: status as the level, hostname, service, ddsource and ddtags kept", async () => {
    const logs = [
      {
        message: "payment ok",
        status: "warn",
        hostname: "i-1",
        service: "pay",
        ddsource: "nodejs",
        ddtags: "env:prod,team:a",
        timestamp: now,
      },
      { message: "no level" },
      { status: "error", date: now, note: "no message" },
    ];
    const { res, queue } = await intake(JSON.stringify(logs));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({});
    const [a, b, c] = queue.records();
    expect(a).toMatchObject({
      level: "warn",
      host: "i-1",
      service: "pay",
      message: "payment ok",
      timestamp: new Date(now).toISOString(),
      attributes: { ddsource: "nodejs", ddtags: "env:prod,team:a" },
    });
    expect(a?.attributes).not.toHaveProperty("status");
    expect(b?.level).toBe("info");
    expect(c).toMatchObject({ level: "error", message: "", attributes: { note: "no message" } });
  });

  it("takes one object, gzip or deflate (zlib)", async () => {
    const one = JSON.stringify({ message: "single", status: "info" });
    for (const [body, encoding] of [
      [gzipSync(one), "gzip"],
      [deflateSync(one), "deflate"],
    ] as const) {
      const { res, queue } = await intake(body, { "Content-Encoding": encoding });
      expect(res.status).toBe(202);
      expect(queue.records().map((r) => r.message)).toEqual(["single"]);
    }
  });

  it("answers in Datadog's error shape: 401 without a key, 400 for bad JSON, 503 with x-ratelimit-reset", async () => {
    const missing = await intake("[]", { "DD-API-KEY": "" });
    expect(missing.res.status).toBe(401);
    expect(await missing.res.json()).toMatchObject({ errors: [{ status: "401", title: "Unauthorized" }] });
    const bad = await intake("{nope");
    expect(bad.res.status).toBe(400);
    expect(await bad.res.json()).toMatchObject({
      errors: [{ status: "400", detail: expect.stringMatching(/not valid JSON/) }],
    });
    const busy = await intake(JSON.stringify([{ message: "m" }]), {}, { failQueue: true });
    expect(busy.res.status).toBe(503);
    expect(Number(busy.res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
    expect((await intake("[]", { "DD-API-KEY": "", Authorization: "Bearer dev-token" })).res.status).toBe(202);
  });

  it("answers 413 past Datadog's 5 MB per request, however large MAX_BODY_BYTES is", async () => {
    const big = JSON.stringify([{ message: "x".repeat(5_100_000) }]);
    const { res } = await intake(big);
    expect(res.status).toBe(413);
  });

  it("answers any JSON with 202 or 400, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const { res } = await intake(JSON.stringify(value));
        expect([202, 400]).toContain(res.status);
        await res.arrayBuffer();
      }),
      { numRuns: 200 },
    );
  });
});

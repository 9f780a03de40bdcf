/** POST /loki/api/v1/push inside workerd: snappy protobuf and JSON, labels, metadata, answers. */

import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { gzipSync } from "node:zlib";
import { create, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { compress } from "snappyjs";
import { describe, expect, it } from "vitest";
import { PushRequestSchema } from "../src/decoders/gen/logsink/loki/v1/push_pb";
import worker from "../workers/ingest/index";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;
const now = Date.now();
const ns = (ms: number) => `${BigInt(ms) * 1_000_000n}`;

interface PostOptions {
  type?: string | null;
  authorization?: string;
  headers?: Record<string, string>;
  failQueue?: boolean;
  env?: Partial<IngestEnv>;
}

async function push(body: BodyInit, options: PostOptions = {}) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failQueue ? 1 : undefined });
  const headers = new Headers(options.headers);
  const type = options.type === undefined ? "application/x-protobuf" : options.type;
  if (type !== null) headers.set("Content-Type", type);
  headers.set("Authorization", options.authorization ?? "Bearer dev-token");
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request("http://logsink.test/loki/api/v1/push", { method: "POST", body, headers }),
    { ...ingestEnv, LOG_QUEUE: queue.queue, ...options.env },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, queue };
}

function protobufPush(
  streams: { labels: string; entries: { ms: number; line: string; metadata?: [string, string][] }[] }[],
) {
  const request = create(PushRequestSchema, {
    streams: streams.map((s) => ({
      labels: s.labels,
      entries: s.entries.map((e) => ({
        timestamp: { seconds: BigInt(Math.floor(e.ms / 1000)), nanos: (e.ms % 1000) * 1_000_000 },
        line: e.line,
        structuredMetadata: (e.metadata ?? []).map(([name, value]) => ({ name, value })),
      })),
    })),
  });
  return compress(toBinary(PushRequestSchema, request));
}

describe("POST /loki/api/v1/push", () => {
  it("stores snappy protobuf entries: labels fill what the line does not say, metadata as attributes", async () => {
    const body = protobufPush([
      {
        labels: '{job="varlogs", level="warn", instance="web-1", filename="/var/log/app.log", quote="a\\"b"}',
        entries: [
          { ms: now, line: "plain text line", metadata: [["trace_id", "abc"]] },
          { ms: now + 1, line: '{"level":"error","msg":"from pino","pid":7}' },
        ],
      },
    ]);
    const { res, queue } = await push(body);
    expect(res.status).toBe(204);
    const [a, b] = queue.records();
    expect(a).toMatchObject({
      timestamp: new Date(now).toISOString(),
      level: "warn",
      service: "varlogs",
      host: "web-1",
      message: "plain text line",
      trace_id: "abc",
      attributes: { filename: "/var/log/app.log", quote: 'a"b' },
    });
    expect(b).toMatchObject({ level: "error", message: "from pino", service: "varlogs", attributes: { pid: 7 } });
    expect(b?.timestamp).toBe(new Date(now + 1).toISOString());
  });

  it("stores JSON pushes, gzip or not, with structured metadata as the third element", async () => {
    const json = JSON.stringify({
      streams: [
        {
          stream: { service_name: "api", detected_level: "debug", region: "eu" },
          values: [
            [ns(now), "hello", { user: "u1" }],
            [ns(now), '{"message":"obj","level":"info"}'],
          ],
        },
      ],
    });
    for (const [body, headers] of [
      [json, {}],
      [gzipSync(json), { "Content-Encoding": "gzip" }],
    ] as const) {
      const { res, queue } = await push(body, { type: "application/json", headers });
      expect(res.status).toBe(204);
      expect(queue.records().map((r) => [r.message, r.level, r.service, r.attributes])).toEqual([
        ["hello", "debug", "api", { region: "eu", user: "u1" }],
        ["obj", "info", "api", { region: "eu" }],
      ]);
    }
  });

  it("takes the token as a Basic password (any user) and an admin's tenant from X-Scope-OrgID", async () => {
    const body = protobufPush([{ labels: '{app="x"}', entries: [{ ms: now, line: "basic" }] }]);
    const basic = await push(body, { authorization: `Basic ${btoa("anyone:dev-token-acme")}` });
    expect(basic.res.status).toBe(204);
    expect(basic.queue.records()[0]?.tenant).toBe("acme");
    const org = await push(body, { authorization: "Bearer dev-admin-token", headers: { "X-Scope-OrgID": "team-7" } });
    expect(org.queue.records()[0]?.tenant).toBe("team-7");
    expect((await push(body, { authorization: `Basic ${btoa("u:wrong")}` })).res.status).toBe(401);
    expect(
      (await push(body, { authorization: "Bearer dev-token", headers: { "X-Scope-OrgID": "acme" } })).res.status,
    ).toBe(403);
  });

  it("answers 400 listing the rejected entries and stores the others", async () => {
    const json = JSON.stringify({
      streams: [
        {
          stream: { app: "a" },
          values: [
            [ns(now), "kept"],
            ["soon", "bad time"],
            [ns(now - 40 * 86_400_000), "old"],
          ],
        },
      ],
    });
    const { res, queue } = await push(json, { type: "application/json", env: { MAX_EVENT_AGE_DAYS: 30 } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: string;
      accepted: number;
      rejected: number;
      errors: { line: number }[];
    };
    expect([body.accepted, body.rejected, body.errors.map((e) => e.line)]).toEqual([1, 2, [2, 3]]);
    expect(body.error).toMatch(/2 of 3 entries were rejected/);
    expect(queue.records().map((r) => r.message)).toEqual(["kept"]);
  });

  it("refuses a snappy body that would inflate past MAX_BODY_BYTES with 413, before inflating it", async () => {
    const body = compress(new TextEncoder().encode("x".repeat(100_000)));
    expect(body.byteLength).toBeLessThan(10_000);
    const { res } = await push(body, { env: { MAX_BODY_BYTES: 50_000 } });
    expect(res.status).toBe(413);
  });

  it("answers 503 with Retry-After when the queue fails, 415 for other types, 400 for labels that do not parse", async () => {
    const good = protobufPush([{ labels: '{app="x"}', entries: [{ ms: now, line: "l" }] }]);
    const busy = await push(good, { failQueue: true });
    expect(busy.res.status).toBe(503);
    expect(Number(busy.res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await push("x", { type: "text/plain" })).res.status).toBe(415);
    const badLabels = await push(protobufPush([{ labels: "app=x", entries: [{ ms: now, line: "l" }] }]));
    expect(badLabels.res.status).toBe(400);
  });

  it("answers any bytes with 204, 400 or 413, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => compress(b)),
        ),
        fc.constantFrom("application/x-protobuf", "application/json"),
        async (bytes, type) => {
          const { res } = await push(bytes, { type });
          expect([204, 400, 413]).toContain(res.status);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 300 },
    );
  });
});

/**
 * A wire format added the way the README says — one decoder, one route that names it — gets
 * auth, limits, decompression, queueing and the error answers from the shared pipeline, with no
 * code of its own for them.
 */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { gzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/body";
import type { Decoder } from "../src/decoders/decoder";
import { requireScope } from "../workers/ingest/auth";
import { describeError } from "../workers/ingest/errors";
import { ingestRequest } from "../workers/ingest/pipeline";
import type { AppEnv } from "../workers/ingest/types";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;

/** A test-only wire format: `<epoch seconds>,<message>` lines. */
const csvDecoder: Decoder = {
  name: "test-csv",
  *decode({ chunks, charset }) {
    const lines = decodeText(chunks, charset).split("\n");
    for (const [i, line] of lines.entries()) {
      if (line === "") continue;
      const comma = line.indexOf(",");
      if (comma === -1) yield { position: i + 1, error: "expected <time>,<message>" };
      else yield { position: i + 1, value: { ts: Number(line.slice(0, comma)), message: line.slice(comma + 1) } };
    }
  },
};

const app = new Hono<AppEnv>()
  .post("/csv", requireScope("ingest"), async (c) => c.json(await ingestRequest(c, { decoder: csvDecoder })))
  .onError((error, c) => {
    const { status, message, headers, details } = describeError(error);
    return c.json({ error: message, ...details }, status, headers);
  });

async function send(
  body: BodyInit,
  headers: Record<string, string> = {},
  options: { env?: Partial<IngestEnv>; failQueue?: boolean } = {},
) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failQueue ? 1 : undefined });
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request("http://logsink.test/csv", {
      method: "POST",
      body,
      headers: { Authorization: "Bearer dev-token", ...headers },
    }),
    { ...ingestEnv, LOG_QUEUE: queue.queue, ...options.env },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, queue, body: (await res.json()) as Record<string, unknown> };
}

const now = Math.floor(Date.now() / 1000);
const csv = `${now},first\nno comma\n${now},second\n`;

describe("a decoder plugged into the shared pipeline", () => {
  it("stores its entries as records, counting rejections by position", async () => {
    const { res, queue, body } = await send(csv);
    expect(res.status).toBe(200);
    expect(body).toEqual({ accepted: 2, rejected: 1, errors: [{ line: 2, error: "expected <time>,<message>" }] });
    expect(queue.records().map((r) => [r.message, r.tenant])).toEqual([
      ["first", "default"],
      ["second", "default"],
    ]);
  });

  it("answers 401 without a token", async () => {
    const res = await app.fetch(new Request("http://logsink.test/csv", { method: "POST", body: csv }), ingestEnv);
    expect(res.status).toBe(401);
    expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });

  it("answers 413 past MAX_BODY_BYTES, compressed or not", async () => {
    expect((await send(csv, {}, { env: { MAX_BODY_BYTES: 10 } })).res.status).toBe(413);
    const gz = await send(gzipSync(csv.repeat(100)), { "Content-Encoding": "gzip" }, { env: { MAX_BODY_BYTES: 100 } });
    expect(gz.res.status).toBe(413);
  });

  it("answers 415 for an encoding or charset it cannot read, 400 for a corrupt body", async () => {
    expect((await send(csv, { "Content-Encoding": "br" })).res.status).toBe(415);
    expect((await send(csv, { "Content-Type": "text/csv; charset=x-unknown" })).res.status).toBe(415);
    expect((await send("not gzip", { "Content-Encoding": "gzip" })).res.status).toBe(400);
  });

  it("answers 503 with Retry-After and accepted when the queue fails", async () => {
    const { res, body } = await send(csv, {}, { failQueue: true });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(body.accepted).toBe(0);
  });

  it("gives a retry with the same Idempotency-Key the same ids", async () => {
    const headers = { "Idempotency-Key": "csv-1" };
    const first = (await send(csv, headers)).queue.records().map((r) => r.id);
    expect((await send(csv, headers)).queue.records().map((r) => r.id)).toEqual(first);
  });
});

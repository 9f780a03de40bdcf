import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../workers/ingest/index";
import { recordingQueue } from "./helpers/queue";

// vitest.config.ts gives this project a second limiter of 3 requests a minute per key.
const testEnv = env as unknown as IngestEnv & { TEST_RATE_LIMITER: RateLimit };
const LIMIT = 3;

interface Protocol {
  name: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  records: number;
  /** The protocol's "busy, retry": status, and what its body and headers say. */
  busy: (res: Response) => Promise<void>;
}

const ADMIN = "dev-admin-token";
const PROTOCOLS: Protocol[] = [
  {
    name: "POST /v1/logs",
    path: "/v1/logs",
    headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/x-ndjson" },
    body: '{"msg":"a"}\n{"msg":"b"}\n',
    records: 2,
    busy: async (res) => {
      expect(res.status).toBe(429);
      expect(((await res.json()) as { error: string }).error).toMatch(/rate limit/);
    },
  },
  {
    name: "OTLP",
    path: "/otlp/v1/logs",
    headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: "a" } }] }] }] }),
    records: 1,
    busy: async (res) => {
      expect(res.status).toBe(429);
      expect(await res.json()).toMatchObject({ code: 14, message: expect.stringMatching(/rate limit/) });
    },
  },
  {
    name: "Loki",
    path: "/loki/api/v1/push",
    headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ streams: [{ stream: { job: "x" }, values: [[`${Date.now()}000000`, "a"]] }] }),
    records: 1,
    busy: async (res) => {
      expect(res.status).toBe(429);
      await res.body?.cancel();
    },
  },
  {
    name: "Elasticsearch",
    path: "/es/app-logs/_bulk",
    headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/x-ndjson" },
    body: '{"index":{}}\n{"message":"a"}\n',
    records: 1,
    busy: async (res) => {
      expect(res.status).toBe(429);
      expect(await res.json()).toMatchObject({ error: { type: "es_rejected_execution_exception" }, status: 429 });
    },
  },
  {
    name: "Datadog",
    path: "/api/v2/logs",
    headers: { "DD-API-KEY": ADMIN, "Content-Type": "application/json" },
    body: '[{"message":"a"}]',
    records: 1,
    busy: async (res) => {
      expect(res.status).toBe(429);
      expect(res.headers.get("x-ratelimit-reset")).toBe("10");
      await res.body?.cancel();
    },
  },
  {
    name: "Splunk HEC",
    path: "/services/collector/event",
    headers: { Authorization: `Splunk ${ADMIN}` },
    body: '{"event":"a"}',
    records: 1,
    busy: async (res) => {
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ text: "Server is busy", code: 9 });
    },
  },
];

describe("per-tenant rate limits", () => {
  for (const [index, protocol] of PROTOCOLS.entries()) {
    it(`${protocol.name}: over the limit answers its own "busy" with Retry-After; what it accepted before is queued`, async () => {
      const tenant = `limited-${index}-${crypto.randomUUID().slice(0, 8)}`;
      const queue = recordingQueue(testEnv.LOG_QUEUE);
      const target = { ...testEnv, RATE_LIMITER: testEnv.TEST_RATE_LIMITER, LOG_QUEUE: queue.queue };
      const separator = protocol.path.includes("?") ? "&" : "?";
      let accepted = 0;
      let limited: Response | undefined;
      // The limiter's windows are aligned to the clock: a window may turn over during the test,
      // so up to twice the limit may pass before the first refusal.
      for (let attempt = 0; attempt <= 2 * LIMIT && limited === undefined; attempt++) {
        const ctx = createExecutionContext();
        const headers = { ...protocol.headers, "X-Scope-OrgID": tenant };
        const request = new Request(`http://logsink.test${protocol.path}${separator}tenant=${tenant}`, {
          method: "POST",
          headers,
          body: protocol.body,
        });
        const res = await worker.fetch(request, target, ctx);
        await waitOnExecutionContext(ctx);
        if (res.status < 300) {
          accepted++;
          await res.body?.cancel();
        } else {
          expect(res.status, `${protocol.name}: ${await res.clone().text()}`).toBeGreaterThanOrEqual(429);
          limited = res;
        }
      }
      expect(accepted).toBeGreaterThanOrEqual(LIMIT);
      expect(limited, "never limited").toBeDefined();
      if (limited === undefined) return;
      expect(limited.headers.get("Retry-After")).toBe("10");
      await protocol.busy(limited);
      // Every record of the accepted requests reached the queue, none of the refused one.
      expect(queue.records().filter((r) => r.tenant === tenant)).toHaveLength(accepted * protocol.records);
    });
  }

  it("runs without limits when the config has no [[ratelimits]] binding", async () => {
    const target = { ...testEnv, RATE_LIMITER: undefined as unknown as RateLimit };
    for (let i = 0; i < 2 * LIMIT + 1; i++) {
      const res = await worker.fetch(
        new Request("http://logsink.test/v1/logs", {
          method: "POST",
          headers: { Authorization: "Bearer dev-token", "Content-Type": "application/x-ndjson" },
          body: '{"msg":"a"}\n',
        }),
        target,
        createExecutionContext(),
      );
      expect(res.status).toBe(202);
    }
  });

  it("counts each tenant separately", async () => {
    const target = { ...testEnv, RATE_LIMITER: testEnv.TEST_RATE_LIMITER };
    const send = async (tenant: string) => {
      const res = await worker.fetch(
        new Request(`http://logsink.test/v1/logs?tenant=${tenant}`, {
          method: "POST",
          headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/x-ndjson" },
          body: '{"msg":"a"}\n',
        }),
        target,
        createExecutionContext(),
      );
      await res.body?.cancel();
      return res.status;
    };
    const busy = `busy-${crypto.randomUUID().slice(0, 8)}`;
    const statuses: number[] = [];
    for (let i = 0; i <= 2 * LIMIT; i++) statuses.push(await send(busy));
    expect(statuses).toContain(429);
    expect(await send(`quiet-${crypto.randomUUID().slice(0, 8)}`)).toBe(202);
  });
});

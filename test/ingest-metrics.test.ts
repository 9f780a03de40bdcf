import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../workers/ingest/index";
import { post } from "./helpers/ingest";
import { recordingDataset } from "./helpers/metrics";

const testEnv = env as unknown as IngestEnv & { TEST_RATE_LIMITER: RateLimit };

describe("ingest metrics (Analytics Engine)", () => {
  it("writes one data point per request: tenant, format, outcome, records, body bytes, rejects", async () => {
    const { dataset, points } = recordingDataset(testEnv.METRICS);
    const body = '{"msg":"a"}\n{"msg":"b"}\nnot json {\n';
    const { res } = await post({ body, env: { METRICS: dataset }, query: "?service=api" });
    expect(res.status).toBe(202);
    expect(points).toEqual([
      {
        index: "default",
        kind: "ingest",
        tenant: "default",
        subject: "ndjson",
        outcome: "partial",
        records: 2,
        bytes: new TextEncoder().encode(body).byteLength,
        other: 1,
        lag: 0,
      },
    ]);
  });

  it("says why a request failed: rejected, queue unavailable, rate limited", async () => {
    const { dataset, points } = recordingDataset(testEnv.METRICS);
    await post({ body: "{}\n", env: { METRICS: dataset }, type: "application/x-ndjson" });
    await post({ body: '{"msg":"a"}\n', env: { METRICS: dataset }, failFromBatch: 1 });
    const tenant = `metered-${crypto.randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 7; i++) {
      await post({
        token: "dev-admin-token",
        query: `?tenant=${tenant}`,
        env: { METRICS: dataset, RATE_LIMITER: testEnv.TEST_RATE_LIMITER },
      });
    }
    expect(points[0]).toMatchObject({ outcome: "rejected", records: 0, other: 1 });
    expect(points[1]).toMatchObject({ outcome: "queue_unavailable", records: 0 });
    const limited = points.slice(2);
    expect(limited.every((p) => p.tenant === tenant)).toBe(true);
    expect(limited.filter((p) => p.outcome === "accepted").length).toBeGreaterThanOrEqual(3);
    expect(limited.at(-1)).toMatchObject({ outcome: "rate_limited", records: 0 });
  });

  it("names the wire format without its decoder's parameters (an index name stays out of the metric)", async () => {
    const { dataset, points } = recordingDataset(testEnv.METRICS);
    const res = await worker.fetch(
      new Request("http://logsink.test/es/some-index-name/_bulk", {
        method: "POST",
        headers: { Authorization: "Bearer dev-token", "Content-Type": "application/x-ndjson" },
        body: '{"index":{}}\n{"message":"a"}\n',
      }),
      { ...testEnv, METRICS: dataset },
      createExecutionContext(),
    );
    expect(res.status).toBe(200);
    expect(points.map((p) => p.subject)).toEqual(["elasticsearch-bulk"]);
  });

  it("runs without the binding", async () => {
    const { res } = await post({ env: { METRICS: undefined as unknown as AnalyticsEngineDataset } });
    expect(res.status).toBe(202);
  });
});

import { context, TraceFlags, trace } from "@opentelemetry/api";
import { SeverityNumber } from "@opentelemetry/api-logs";
import { type ExportResult, ExportResultCode } from "@opentelemetry/core";
import { OTLPLogExporter as HttpJsonExporter } from "@opentelemetry/exporter-logs-otlp-http";
import { OTLPLogExporter as ProtobufExporter } from "@opentelemetry/exporter-logs-otlp-proto";
import { CompressionAlgorithm } from "@opentelemetry/otlp-exporter-base";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchLogRecordProcessor, LoggerProvider, type LogRecordExporter } from "@opentelemetry/sdk-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { waitForRecords } from "./read-back";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
});

afterAll(async () => {
  await server?.stop();
});

const TRACE_ID = "5b8efff798038103d269b633813fc60c";
const SPAN_ID = "eee19b7ec3c1b174";

/** Wraps an exporter so that the test sees every export's result code. */
function recording(exporter: LogRecordExporter): { exporter: LogRecordExporter; results: ExportResult[] } {
  const results: ExportResult[] = [];
  return {
    results,
    exporter: {
      export: (logs, done) =>
        exporter.export(logs, (result) => {
          results.push(result);
          done(result);
        }),
      shutdown: () => exporter.shutdown(),
      forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
    },
  };
}

const storedRecords = (tenant: string, count: number) =>
  waitForRecords(server, { token: "dev-admin-token", tenant }, count);

const cases = [
  { name: "http/protobuf", Exporter: ProtobufExporter, compression: CompressionAlgorithm.NONE },
  { name: "http/protobuf with gzip", Exporter: ProtobufExporter, compression: CompressionAlgorithm.GZIP },
  { name: "http/json", Exporter: HttpJsonExporter, compression: CompressionAlgorithm.NONE },
  { name: "http/json with gzip", Exporter: HttpJsonExporter, compression: CompressionAlgorithm.GZIP },
];

describe("OpenTelemetry SDK exporters against the real wrangler dev", () => {
  for (const [i, { name, Exporter, compression }] of cases.entries()) {
    it(`stores every record sent with ${name}, mapped field by field`, async () => {
      const tenant = `otel-${i}-${Date.now().toString(36)}`;
      const { exporter, results } = recording(
        new Exporter({
          url: `${server.url}/otlp/v1/logs?tenant=${tenant}`,
          headers: { Authorization: "Bearer dev-admin-token" },
          compression,
        }),
      );
      const provider = new LoggerProvider({
        resource: resourceFromAttributes({
          "service.name": "checkout",
          "host.name": "web-1",
          "deployment.environment": "prod",
        }),
        processors: [new BatchLogRecordProcessor({ exporter, maxExportBatchSize: 100, scheduledDelayMillis: 50 })],
      });
      const logger = provider.getLogger("checkout-lib", "1.2.3");
      const spanContext = { traceId: TRACE_ID, spanId: SPAN_ID, traceFlags: TraceFlags.SAMPLED };
      const withSpan = trace.setSpanContext(context.active(), spanContext);
      const time = Date.now() - 60_000;
      for (let n = 0; n < 250; n++) {
        logger.emit({
          timestamp: time + n,
          severityNumber: n % 2 === 0 ? SeverityNumber.WARN : SeverityNumber.ERROR2,
          severityText: n % 2 === 0 ? "WARN" : "ERROR",
          body: `order ${n} declined`,
          attributes: { "order.id": n, "card.kind": "visa", retried: n % 3 === 0, ratio: 0.5, tags: ["a", "b"] },
          context: withSpan,
        });
      }
      logger.emit({ body: { structured: { nested: [1, "two"] } }, attributes: { "deployment.environment": "mine" } });
      await provider.forceFlush();
      await provider.shutdown();

      expect(results.length).toBeGreaterThanOrEqual(3); // batches of at most 100
      expect(results.map((r) => r.code)).toEqual(results.map(() => ExportResultCode.SUCCESS));

      const records = await storedRecords(tenant, 251);
      expect(records).toHaveLength(251);
      const first = records.find((r) => r.message === "order 0 declined");
      expect(first).toEqual({
        id: expect.any(String),
        timestamp: new Date(time).toISOString(),
        received_at: expect.any(String),
        tenant,
        level: "warn",
        service: "checkout",
        host: "web-1",
        message: "order 0 declined",
        trace_id: TRACE_ID,
        span_id: SPAN_ID,
        attributes: {
          "order.id": 0,
          "card.kind": "visa",
          retried: true,
          ratio: 0.5,
          tags: ["a", "b"],
          "deployment.environment": "prod",
          "otel.scope.name": "checkout-lib",
          "otel.scope.version": "1.2.3",
        },
      });
      expect(records.find((r) => r.message === "order 1 declined")?.level).toBe("error");
      // A structured body is its JSON text; a log attribute wins over the resource's; no span → no ids.
      const structured = records.find((r) => String(r.message).startsWith("{"));
      expect(structured?.message).toBe('{"structured":{"nested":[1,"two"]}}');
      expect(structured?.level).toBe("info");
      expect(structured?.attributes).toMatchObject({ "deployment.environment": "mine" });
      expect(structured?.trace_id).toBeUndefined();
      expect(new Set(records.map((r) => r.id)).size).toBe(251);
    });
  }

  it("works when configured only by the README's environment variables", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: `${server.url}/otlp/v1/logs`,
      OTEL_EXPORTER_OTLP_LOGS_HEADERS: "Authorization=Bearer%20dev-token",
      OTEL_EXPORTER_OTLP_LOGS_PROTOCOL: "http/protobuf",
      OTEL_EXPORTER_OTLP_LOGS_COMPRESSION: "gzip",
    });
    try {
      const { exporter, results } = recording(new ProtobufExporter());
      const provider = new LoggerProvider({ processors: [new BatchLogRecordProcessor({ exporter })] });
      const marker = `env-configured ${Date.now()}`;
      provider.getLogger("readme").emit({ body: marker, severityNumber: SeverityNumber.INFO });
      await provider.forceFlush();
      await provider.shutdown();
      expect(results.map((r) => r.code)).toEqual([ExportResultCode.SUCCESS]);
      await waitForRecords(server, { token: "dev-token", q: marker }, 1);
    } finally {
      process.env = saved;
    }
  });

  it("keeps one token's tenant away from another's records", async () => {
    const tenant = `otel-iso-${Date.now().toString(36)}`;
    const { exporter, results } = recording(
      new ProtobufExporter({ url: `${server.url}/otlp/v1/logs`, headers: { Authorization: "Bearer dev-token-acme" } }),
    );
    const provider = new LoggerProvider({ processors: [new BatchLogRecordProcessor({ exporter })] });
    provider.getLogger("iso").emit({ body: `secret of ${tenant}` });
    await provider.forceFlush();
    await provider.shutdown();
    expect(results.map((r) => r.code)).toEqual([ExportResultCode.SUCCESS]);
    // acme's token may not name another tenant; the default tenant's token never sees acme's records.
    const denied = await fetch(`${server.url}/otlp/v1/logs?tenant=other`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-token-acme", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(denied.status).toBe(403);
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    await waitForRecords(server, { token: "dev-token-acme", q: `secret of ${tenant}` }, 1);
    const other = await fetch(`${server.url}/v1/logs?from=${from}&to=${to}&q=${encodeURIComponent(tenant)}`, {
      headers: { Authorization: "Bearer dev-token" },
    });
    expect(await other.text()).toBe("");
  });
});

/**
 * POST /otlp/v1/logs inside workerd: requests serialised by OpenTelemetry's own serialisers
 * (@opentelemetry/otlp-transformer, as the SDK exporters send them), the field mapping, answers
 * and errors in the request's encoding, and fuzzing with arbitrary bytes.
 */

import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { gzipSync } from "node:zlib";
import { create, fromBinary, toBinary, toJson } from "@bufbuild/protobuf";
import { SeverityNumber } from "@opentelemetry/api-logs";
import { JsonLogsSerializer, ProtobufLogsSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  InMemoryLogRecordExporter,
  LoggerProvider,
  type ReadableLogRecord,
  SimpleLogRecordProcessor,
} from "@opentelemetry/sdk-logs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StatusSchema } from "../src/decoders/gen/google/rpc/status_pb";
import { ExportLogsServiceResponseSchema } from "../src/decoders/gen/logsink/otlp/v1/export_response_pb";
import { ExportLogsServiceRequestSchema } from "../src/decoders/gen/opentelemetry/proto/collector/logs/v1/logs_service_pb";
import worker from "../workers/ingest/index";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;
const PROTOBUF = "application/x-protobuf";

/** Log records as the SDK hands them to an exporter. */
function sdkRecords(emit: (logger: ReturnType<LoggerProvider["getLogger"]>) => void): ReadableLogRecord[] {
  const memory = new InMemoryLogRecordExporter();
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ "service.name": "api", "host.name": "h1", region: "eu" }),
    processors: [new SimpleLogRecordProcessor({ exporter: memory })],
  });
  emit(provider.getLogger("scope-a", "0.1.0"));
  return memory.getFinishedLogRecords();
}

interface PostOptions {
  token?: string;
  headers?: Record<string, string>;
  failQueue?: boolean;
  env?: Partial<IngestEnv>;
}

async function post(body: BodyInit, type: string | null, options: PostOptions = {}) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failQueue ? 1 : undefined });
  const headers = new Headers(options.headers);
  if (type !== null) headers.set("Content-Type", type);
  headers.set("Authorization", `Bearer ${options.token ?? "dev-token"}`);
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request("http://logsink.test/otlp/v1/logs", { method: "POST", body, headers }),
    { ...ingestEnv, LOG_QUEUE: queue.queue, ...options.env },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, queue };
}

const now = Date.now();

describe("POST /otlp/v1/logs", () => {
  it("stores what the SDK's protobuf serialiser sends, and answers an empty protobuf response", async () => {
    const logs = sdkRecords((logger) => {
      logger.emit({ timestamp: now, severityNumber: SeverityNumber.DEBUG3, body: "hello", attributes: { n: 1 } });
      logger.emit({ timestamp: now, severityText: "Warning", body: new Uint8Array([1, 2, 255]) });
      logger.emit({ timestamp: now - 5, body: ["a", 1, true], attributes: { region: "us" } });
    });
    const bytes = ProtobufLogsSerializer.serializeRequest(logs) ?? new Uint8Array();
    const { res, queue } = await post(bytes, PROTOBUF);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(PROTOBUF);
    const answer = fromBinary(ExportLogsServiceResponseSchema, new Uint8Array(await res.arrayBuffer()));
    expect(answer.partialSuccess).toBeUndefined();
    const records = queue.records();
    expect(records.map((r) => [r.level, r.message, r.service, r.host])).toEqual([
      ["debug", "hello", "api", "h1"],
      ["warn", "AQL/", "api", "h1"],
      ["info", '["a",1,true]', "api", "h1"],
    ]);
    expect(records[0]?.attributes).toEqual({
      n: 1,
      region: "eu",
      "otel.scope.name": "scope-a",
      "otel.scope.version": "0.1.0",
    });
    expect(records[2]?.attributes).toMatchObject({ region: "us" }); // the log's own attribute wins
    expect(records[0]?.timestamp).toBe(new Date(now).toISOString());
    expect(records[2]?.timestamp).toBe(new Date(now - 5).toISOString());
    expect(records.every((r) => r.trace_id === undefined && r.span_id === undefined)).toBe(true);
  });

  it("stores what the SDK's JSON serialiser sends, gzip or not", async () => {
    const logs = sdkRecords((logger) =>
      logger.emit({ timestamp: now, severityNumber: SeverityNumber.FATAL, body: "down" }),
    );
    const json = new TextDecoder().decode(JsonLogsSerializer.serializeRequest(logs));
    for (const [body, headers] of [
      [json, {}],
      [gzipSync(json), { "Content-Encoding": "gzip" }],
    ] as const) {
      const { res, queue } = await post(body, "application/json", { headers });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({});
      expect(queue.records().map((r) => [r.level, r.message])).toEqual([["fatal", "down"]]);
    }
  });

  it("reads OTLP/JSON as exporters write it: ns times as strings, intValue as number or string, hex ids, kvlist bodies", async () => {
    const request = {
      resourceLogs: [
        {
          resource: { attributes: [{ key: "service.name", value: { stringValue: "svc" } }] },
          scopeLogs: [
            {
              scope: { name: "s" },
              logRecords: [
                {
                  timeUnixNano: `${BigInt(now) * 1_000_000n}`,
                  severityNumber: 17,
                  body: { kvlistValue: { values: [{ key: "k", value: { intValue: 5 } }] } },
                  attributes: [
                    { key: "big", value: { intValue: "9007199254740993" } },
                    { key: "small", value: { intValue: 7 } },
                    { key: "bytes", value: { bytesValue: "AAE=" } },
                    { key: "d", value: { doubleValue: 1.5 } },
                  ],
                  traceId: "5B8EFFF798038103D269B633813FC60C",
                  spanId: "0000000000000000",
                },
                {
                  observedTimeUnixNano: `${BigInt(now) * 1_000_000n}`,
                  severityText: "bogus",
                  body: { stringValue: "x" },
                },
              ],
            },
          ],
        },
      ],
    };
    const { res, queue } = await post(JSON.stringify(request), "application/json");
    expect(res.status).toBe(200);
    const [a, b] = queue.records();
    expect(a).toMatchObject({
      level: "error",
      service: "svc",
      message: '{"k":5}',
      trace_id: "5b8efff798038103d269b633813fc60c",
      attributes: { big: "9007199254740993", small: 7, bytes: "AAE=", d: 1.5, "otel.scope.name": "s" },
    });
    expect(a?.span_id).toBeUndefined(); // all zero = not set
    expect(a?.timestamp).toBe(new Date(now).toISOString());
    expect(b).toMatchObject({ level: "info", message: "x", attributes: { level_original: "bogus" } });
    expect(b?.timestamp).toBe(new Date(now).toISOString()); // observedTimeUnixNano when timeUnixNano is unset
  });

  it("answers partialSuccess with the count and the first reasons when records are rejected", async () => {
    const old = (now - 40 * 86_400_000) * 1_000_000;
    const request = create(ExportLogsServiceRequestSchema, {
      resourceLogs: [
        {
          scopeLogs: [
            {
              logRecords: [
                { timeUnixNano: BigInt(now) * 1_000_000n, body: { value: { case: "stringValue", value: "ok" } } },
                { timeUnixNano: BigInt(old), body: { value: { case: "stringValue", value: "too old" } } },
                { timeUnixNano: BigInt(old), body: { value: { case: "stringValue", value: "also old" } } },
              ],
            },
          ],
        },
      ],
    });
    const window = { MAX_EVENT_AGE_DAYS: 30 }; // the deployed default (the test project widens it)
    const { res, queue } = await post(toBinary(ExportLogsServiceRequestSchema, request), PROTOBUF, { env: window });
    expect(res.status).toBe(200);
    const answer = fromBinary(ExportLogsServiceResponseSchema, new Uint8Array(await res.arrayBuffer()));
    expect(answer.partialSuccess?.rejectedLogRecords).toBe(2n);
    expect(answer.partialSuccess?.errorMessage).toMatch(/^record 2: timestamp .*MAX_EVENT_AGE_DAYS.*; record 3: /);
    expect(queue.records().map((r) => r.message)).toEqual(["ok"]);
    // The same in JSON, as proto3 JSON writes an int64.
    const json = await post(JSON.stringify(toJson(ExportLogsServiceRequestSchema, request)), "application/json", {
      env: window,
    });
    expect(await json.res.json()).toMatchObject({ partialSuccess: { rejectedLogRecords: "2" } });
  });

  it("answers a body that does not decode with 400 and a google.rpc.Status in the request's encoding", async () => {
    const proto = await post(new Uint8Array([0x0a, 0xff, 0xff, 0xff]), PROTOBUF);
    expect(proto.res.status).toBe(400);
    const status = fromBinary(StatusSchema, new Uint8Array(await proto.res.arrayBuffer()));
    expect(status.code).toBe(3);
    expect(status.message).toMatch(/not an OTLP ExportLogsServiceRequest/);
    const json = await post("{not json", "application/json");
    expect(json.res.status).toBe(400);
    expect(await json.res.json()).toMatchObject({ code: 3, message: expect.stringMatching(/OTLP\/JSON/) });
  });

  it("answers 401, 415 and 503 (with Retry-After) as Status messages", async () => {
    const logs = ProtobufLogsSerializer.serializeRequest(sdkRecords((l) => l.emit({ body: "b" }))) ?? new Uint8Array();
    const unauthorised = await post(logs, PROTOBUF, { token: "nope" });
    expect(unauthorised.res.status).toBe(401);
    expect(fromBinary(StatusSchema, new Uint8Array(await unauthorised.res.arrayBuffer())).code).toBe(16);
    const unsupported = await post("x", "text/plain");
    expect(unsupported.res.status).toBe(415);
    const busy = await post(logs, PROTOBUF, { failQueue: true });
    expect(busy.res.status).toBe(503);
    expect(Number(busy.res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(fromBinary(StatusSchema, new Uint8Array(await busy.res.arrayBuffer())).code).toBe(14);
  });

  it("reads a chunked body without Content-Length, gzip or not, and answers 413 past MAX_BODY_BYTES", async () => {
    const bytes =
      ProtobufLogsSerializer.serializeRequest(sdkRecords((l) => l.emit({ body: "streamed" }))) ?? new Uint8Array();
    const plain = await post(new Blob([bytes]).stream(), PROTOBUF);
    expect(plain.res.status).toBe(200);
    expect(plain.queue.records().map((r) => r.message)).toEqual(["streamed"]);
    const gz = await post(new Blob([gzipSync(bytes)]).stream(), PROTOBUF, { headers: { "Content-Encoding": "gzip" } });
    expect(gz.queue.records().map((r) => r.message)).toEqual(["streamed"]);
    const big = await post(new Blob([bytes]).stream(), PROTOBUF, { env: { MAX_BODY_BYTES: 10 } });
    expect(big.res.status).toBe(413);
    expect(fromBinary(StatusSchema, new Uint8Array(await big.res.arrayBuffer())).message).toMatch(/MAX_BODY_BYTES/);
  });

  it("answers any bytes with 200 or 400, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom(PROTOBUF, "application/json"),
        async (bytes, type) => {
          const { res } = await post(bytes, type);
          expect([200, 400]).toContain(res.status);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects a record whose body nests deeper than the limit, and keeps the request's others", async () => {
    let value: Record<string, unknown> = { stringValue: "leaf" };
    for (let i = 0; i < 100; i++) value = { arrayValue: { values: [value] } };
    const request = {
      resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: value }, { body: { stringValue: "fine" } }] }] }],
    };
    const { res, queue } = await post(JSON.stringify(request), "application/json");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ partialSuccess: { rejectedLogRecords: "1" } });
    expect(queue.records().map((r) => r.message)).toEqual(["fine"]);
  });
});

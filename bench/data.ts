import { gzipSync } from "node:zlib";
import { create, toBinary } from "@bufbuild/protobuf";
import { ProtobufLogsSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from "@opentelemetry/sdk-logs";
import snappy from "snappy";
import { PushRequestSchema } from "../src/decoders/gen/logsink/loki/v1/push_pb.ts";

/**
 * Realistic log records for the benchmark, from a fixed seed so every run sends the same bytes:
 * ~200-byte JSON objects with mixed levels, nested attributes, trace ids and some UTF-8.
 */

/** mulberry32: a tiny, well-known seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ["debug", "info", "info", "info", "info", "warn", "error"];
const SERVICES = ["checkout", "cart", "search", "auth", "payments"];
const PATHS = ["/api/cart", "/api/search", "/api/orders/{id}", "/login", "/api/pay"];
const WORDS = [
  "order",
  "placed",
  "payment",
  "declined",
  "retry",
  "cache",
  "miss",
  "Grüße",
  "日本",
  "ok",
  "timeout",
  "user",
];

/** One record of about 200 bytes, its event time in `hour` (YYYY-MM-DDTHH). */
export function makeRecord(random: () => number, hour: string, i: number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(WORDS)).join(" ");
  const record: Record<string, unknown> = {
    ts: `${hour}:${String(Math.floor(random() * 60)).padStart(2, "0")}:${String(Math.floor(random() * 60)).padStart(2, "0")}.${String(i % 1000).padStart(3, "0")}Z`,
    level: pick(LEVELS),
    service: pick(SERVICES),
    msg: `${words} #${i}`,
    http: { method: random() < 0.8 ? "GET" : "POST", path: pick(PATHS), status: random() < 0.9 ? 200 : 503 },
    latency_ms: Math.round(random() * 500),
  };
  if (random() < 0.5)
    record.trace_id = Math.floor(random() * 2 ** 52)
      .toString(16)
      .padStart(16, "0");
  return record;
}

/** `count` NDJSON bodies of `lines` records each. */
export function ndjsonBodies(seed: number, count: number, lines: number, hour: string): string[] {
  const random = seededRandom(seed);
  return Array.from(
    { length: count },
    (_, b) =>
      `${Array.from({ length: lines }, (_, i) => JSON.stringify(makeRecord(random, hour, b * lines + i))).join("\n")}\n`,
  );
}

/**
 * `count` OTLP/HTTP protobuf bodies of `lines` log records each: the same records as
 * {@link ndjsonBodies} (same seed, the same fields and no more), emitted through the OpenTelemetry SDK (a resource per service)
 * and serialised by OpenTelemetry's own protobuf serialiser, as an SDK exporter sends them.
 */
export function otlpBodies(seed: number, count: number, lines: number, hour: string): Uint8Array[] {
  const random = seededRandom(seed);
  const memory = new InMemoryLogRecordExporter();
  const providers = new Map<string, LoggerProvider>();
  const loggerFor = (service: string) => {
    let provider = providers.get(service);
    if (provider === undefined) {
      provider = new LoggerProvider({
        resource: resourceFromAttributes({ "service.name": service }),
        processors: [new SimpleLogRecordProcessor({ exporter: memory })],
      });
      providers.set(service, provider);
    }
    return provider.getLogger("bench", "1.0.0");
  };
  const bodies: Uint8Array[] = [];
  for (let b = 0; b < count; b++) {
    memory.reset();
    for (let i = 0; i < lines; i++) {
      const record = makeRecord(random, hour, b * lines + i);
      const http = record.http as Record<string, unknown>;
      loggerFor(String(record.service)).emit({
        timestamp: Date.parse(String(record.ts)),
        severityText: String(record.level),
        body: String(record.msg),
        attributes: {
          "http.method": String(http.method),
          "http.path": String(http.path),
          "http.status": Number(http.status),
          latency_ms: Number(record.latency_ms),
        },
      });
    }
    bodies.push(ProtobufLogsSerializer.serializeRequest(memory.getFinishedLogRecords()) ?? new Uint8Array());
  }
  return bodies;
}

/**
 * `count` Loki push bodies (snappy-compressed protobuf, as Promtail sends) of `lines` entries each:
 * the records of {@link ndjsonBodies} (same seed) as JSON lines, one stream per service.
 */
export function lokiBodies(seed: number, count: number, lines: number, hour: string): Uint8Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, b) => {
    const streams = new Map<string, { line: string; ms: number }[]>();
    for (let i = 0; i < lines; i++) {
      const record = makeRecord(random, hour, b * lines + i);
      const entries = streams.get(String(record.service)) ?? [];
      entries.push({ line: JSON.stringify(record), ms: Date.parse(String(record.ts)) });
      streams.set(String(record.service), entries);
    }
    const request = create(PushRequestSchema, {
      streams: [...streams].map(([service, entries]) => ({
        labels: `{job="bench", service_name="${service}"}`,
        entries: entries.map(({ line, ms }) => ({
          timestamp: { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 },
          line,
        })),
      })),
    });
    return new Uint8Array(snappy.compressSync(Buffer.from(toBinary(PushRequestSchema, request))));
  });
}

/** `count` Elasticsearch bulk bodies of `lines` documents each: the records of {@link ndjsonBodies}. */
export function bulkBodies(seed: number, count: number, lines: number, hour: string): string[] {
  const random = seededRandom(seed);
  const action = JSON.stringify({ create: { _index: "logs-bench" } });
  return Array.from(
    { length: count },
    (_, b) =>
      `${Array.from({ length: lines }, (_, i) => `${action}\n${JSON.stringify(makeRecord(random, hour, b * lines + i))}`).join("\n")}\n`,
  );
}

/** `count` Splunk HEC event bodies of `lines` events each (concatenated objects): the same records. */
export function hecBodies(seed: number, count: number, lines: number, hour: string): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, b) =>
    Array.from({ length: lines }, (_, i) => {
      const record = makeRecord(random, hour, b * lines + i);
      const time = (Date.parse(String(record.ts)) / 1000).toFixed(3);
      return JSON.stringify({
        time,
        host: "bench-1",
        source: String(record.service),
        sourcetype: "_json",
        event: record,
      });
    }).join(""),
  );
}

/** `count` Datadog intake bodies (JSON arrays) of `lines` logs each: the same records. */
export function datadogBodies(seed: number, count: number, lines: number, hour: string): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, b) =>
    JSON.stringify(
      Array.from({ length: lines }, (_, i) => {
        const { level, msg, ts, ...rest } = makeRecord(random, hour, b * lines + i);
        return {
          ...rest,
          message: msg,
          status: level,
          timestamp: Date.parse(String(ts)),
          ddsource: "bench",
          ddtags: "env:bench",
        };
      }),
    ),
  );
}

/**
 * One raw object as the consumer writes it (`raw/tenant=…/dt=…/hour=…/<id>.ndjson.gz`, gzip
 * NDJSON of stored lines, with its line count and time range in customMetadata): `lines` records
 * of one request of its own. For benchmarks that need more raw objects than batches could make.
 */
export function rawObject(
  tenant: string,
  hour: string,
  index: number,
  lines: number,
): { key: string; body: Uint8Array; customMetadata: Record<string, string> } {
  const base = `b${String(index).padStart(23, "0")}`;
  const timestamps = Array.from({ length: lines }, (_, n) => {
    const second = (index * lines + n) % 3600;
    return `${hour}:${String(Math.floor(second / 60)).padStart(2, "0")}:${String(second % 60).padStart(2, "0")}.000Z`;
  });
  const text = timestamps
    .map(
      (timestamp, n) =>
        `${JSON.stringify({ id: `${base}-0-${n}`, timestamp, received_at: timestamp, tenant, level: "info", message: `fan-out record ${index}-${n}` })}\n`,
    )
    .join("");
  const [date, hh] = hour.split("T");
  const sorted = [...timestamps].sort();
  return {
    key: `raw/tenant=${tenant}/dt=${date}/hour=${hh}/${1_700_000_000_000 + index}-${String(index).padStart(16, "0")}.ndjson.gz`,
    body: new Uint8Array(gzipSync(text)),
    customMetadata: { lines: String(lines), min_ts: sorted[0] ?? "", max_ts: sorted.at(-1) ?? "" },
  };
}

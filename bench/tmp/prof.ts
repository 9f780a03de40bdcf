import { fromBinary } from "@bufbuild/protobuf";
import { ndjsonBodies, otlpBodies } from "/work/main/bench/data.ts";
import { ChunkPacker } from "/work/main/src/chunk-packer";
import { ExportLogsServiceRequestSchema } from "/work/main/src/decoders/gen/opentelemetry/proto/collector/logs/v1/logs_service_pb";
import { ndjsonDecoder } from "/work/main/src/decoders/logsink";
import { otlpProtobufDecoder } from "/work/main/src/decoders/otlp";
import { normaliseFields, normaliseRecord } from "/work/main/src/record";

const bodies = otlpBodies(5, 16, 1000, "2026-11-20T10");
const nd = ndjsonBodies(5, 16, 1000, "2026-11-20T10").map((s) => new TextEncoder().encode(s));
const opts = { tenant: "default", receivedAt: Date.now(), receivedAtIso: new Date().toISOString() };
function time(name: string, fn: () => void) {
  for (let i = 0; i < 50; i++) fn();
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < 40; i++) fn();
    best = Math.min(best, (performance.now() - t) / 40);
  }
  console.log(name, best.toFixed(3), "ms per 1000-record body");
}
let k = 0;
time("fromBinary", () => {
  fromBinary(ExportLogsServiceRequestSchema, bodies[k++ % 16]!);
});
time("otlp decode+map", () => {
  for (const e of otlpProtobufDecoder.decode({ chunks: [bodies[k++ % 16]!], charset: "utf-8" })) void e;
});
time("otlp decode+map+normalise", () => {
  for (const e of otlpProtobufDecoder.decode({ chunks: [bodies[k++ % 16]!], charset: "utf-8" }))
    if ("fields" in e) normaliseFields(e.fields, opts);
});
time("otlp all+pack", () => {
  const p = new ChunkPacker("default", "b");
  for (const e of otlpProtobufDecoder.decode({ chunks: [bodies[k++ % 16]!], charset: "utf-8" }))
    if ("fields" in e) {
      const r = normaliseFields(e.fields, opts);
      if (r.ok) p.push(r.record, r.hour);
    }
  p.close();
});
time("ndjson decode", () => {
  for (const e of ndjsonDecoder.decode({ chunks: [nd[k++ % 16]!], charset: "utf-8" })) void e;
});
time("ndjson all+pack", () => {
  const p = new ChunkPacker("default", "b");
  for (const e of ndjsonDecoder.decode({ chunks: [nd[k++ % 16]!], charset: "utf-8" }))
    if ("value" in e) {
      const r = normaliseRecord(e.value, opts);
      if (r.ok) p.push(r.record, r.hour);
    }
  p.close();
});

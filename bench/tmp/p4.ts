import { otlpBodies } from "/work/main/bench/data.ts";
import { ChunkPacker } from "/work/main/src/chunk-packer";
import { otlpProtobufDecoder } from "/work/main/src/decoders/otlp";
import { normaliseFields } from "/work/main/src/record";

const bodies = otlpBodies(5, 16, 1000, "2026-11-20T10");
const opts = { tenant: "default", receivedAt: Date.now(), receivedAtIso: new Date().toISOString() };
let k = 0;
const t = performance.now();
for (let i = 0; i < 600; i++) {
  const p = new ChunkPacker("default", "b");
  for (const e of otlpProtobufDecoder.decode({ chunks: [bodies[k++ % 16]!], charset: "utf-8" }))
    if ("fields" in e) {
      const r = normaliseFields(e.fields, opts);
      if (r.ok) p.push(r.record, r.hour);
    }
  p.close();
}
console.log((performance.now() - t) / 600);

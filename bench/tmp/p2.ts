import { otlpBodies } from "/work/main/bench/data.ts";
import { otlpProtobufDecoder } from "/work/main/src/decoders/otlp";
import { normaliseFields } from "/work/main/src/record";

const bodies = otlpBodies(5, 4, 1000, "2026-11-20T10");
const entries = [...otlpProtobufDecoder.decode({ chunks: [bodies[0]!], charset: "utf-8" })] as any[];
const opts = { tenant: "default", receivedAt: Date.now() };
function time(name: string, fn: () => void) {
  for (let i = 0; i < 50; i++) fn();
  let best = Infinity;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    for (let i = 0; i < 40; i++) fn();
    best = Math.min(best, (performance.now() - t) / 40);
  }
  console.log(name, best.toFixed(3), "ms/1000");
}
time("normaliseFields", () => {
  for (const e of entries) normaliseFields(e.fields, opts);
});
time("toISOString", () => {
  for (const e of entries) new Date(e.fields.timeMs).toISOString();
});
time("for-in attrs", () => {
  let c = 0;
  for (const e of entries) {
    for (const k in e.fields.attributes) {
      c++;
      const v = e.fields.attributes[k];
      if (typeof v === "object") c++;
    }
  }
});
console.log(Object.keys(entries[0].fields.attributes));

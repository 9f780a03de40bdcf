import { fromBinary } from "@bufbuild/protobuf";
import { configureTextEncoding } from "@bufbuild/protobuf/wire";
import { otlpBodies } from "/work/main/bench/data.ts";
import { ExportLogsServiceRequestSchema } from "/work/main/src/decoders/gen/opentelemetry/proto/collector/logs/v1/logs_service_pb";

const bodies = otlpBodies(5, 4, 1000, "2026-11-20T10");
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
let k = 0;
time("fromBinary default", () => {
  fromBinary(ExportLogsServiceRequestSchema, bodies[k++ % 4]!, { readUnknownFields: false });
});
const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
configureTextEncoding({
  encodeUtf8: (s: string) => enc.encode(s),
  decodeUtf8(bytes: Uint8Array, isStrict?: boolean) {
    if (bytes.length <= 64) {
      let ascii = true;
      for (let i = 0; i < bytes.length; i++)
        if ((bytes[i] as number) > 0x7f) {
          ascii = false;
          break;
        }
      if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
    }
    return (isStrict ? strict : dec).decode(bytes);
  },
  checkUtf8: (s: string) => s.isWellFormed(),
} as any);
time("fromBinary ascii fast path", () => {
  fromBinary(ExportLogsServiceRequestSchema, bodies[k++ % 4]!, { readUnknownFields: false });
});

// Trial (2026-11-28, issue 16): would a compiled Parquet encoder make compaction to Parquet fast
// enough? parquet-wasm (arrow-rs compiled to wasm) against hyparquet-writer, the same columns, the
// same row groups of 10,000 rows, zstd. Not part of the build or the tests; its packages are not
// dependencies of logsink. Run it in a scratch directory:
//
//   mkdir /tmp/pwt && cd /tmp/pwt && echo '{"type":"module"}' > package.json
//   npm install parquet-wasm@0.8.0 apache-arrow@21 hyparquet-writer@0.17.0
//   cp <logsink>/bench/trials/parquet-wasm.mjs . && node parquet-wasm.mjs <stored NDJSON lines file>
//
// The input is a file of stored lines (e.g. a compacted part, gunzipped). Findings: see
// docs/performance.md, "parquet-wasm trial".
import * as fs from "node:fs";
import { constants, zstdCompressSync } from "node:zlib";
import { makeData, makeVector, Table, TimestampMillisecond, tableToIPC, Utf8 } from "apache-arrow";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import {
  Compression,
  Encoding,
  initSync,
  Table as WasmTable,
  WriterPropertiesBuilder,
  writeParquet,
} from "parquet-wasm/esm";

initSync({ module: fs.readFileSync("node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm") });
const text = fs.readFileSync(process.argv[2] ?? "lines.ndjson", "utf8");
const lines = text.split("\n").filter(Boolean);
const NAMES = [
  "id",
  "timestamp",
  "received_at",
  "tenant",
  "level",
  "service",
  "host",
  "message",
  "trace_id",
  "span_id",
];
const columns = Object.fromEntries([...NAMES, "attributes"].map((name) => [name, []]));
for (const line of lines) {
  const record = JSON.parse(line);
  for (const name of NAMES) {
    const value = record[name] ?? null;
    columns[name].push(name === "timestamp" || name === "received_at" ? Date.parse(value) : value);
  }
  columns.attributes.push(record.attributes === undefined ? null : JSON.stringify(record.attributes));
}
const MB = text.length / 1e6;
const GROUP = 10_000;
const encoder = new TextEncoder();
console.log(`${lines.length} rows, ${MB.toFixed(1)} MB`);

/** An Arrow Utf8 vector from its offsets and bytes, as a compactor would build it from line bytes. */
function utf8Vector(values) {
  const bytes = values.map((v) => (v == null ? null : encoder.encode(v)));
  const offsets = new Int32Array(values.length + 1);
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let total = 0;
  let nulls = 0;
  bytes.forEach((b, i) => {
    if (b === null) nulls++;
    else {
      total += b.length;
      valid[i >> 3] |= 1 << (i & 7);
    }
    offsets[i + 1] = total;
  });
  const data = new Uint8Array(total);
  let at = 0;
  for (const b of bytes) {
    if (b === null) continue;
    data.set(b, at);
    at += b.length;
  }
  const type = new Utf8();
  return makeVector(
    makeData({ type, length: values.length, nullCount: nulls, nullBitmap: valid, valueOffsets: offsets, data }),
  );
}

function timeVector(values) {
  const type = new TimestampMillisecond("UTC");
  return makeVector(makeData({ type, length: values.length, nullCount: 0, data: BigInt64Array.from(values, BigInt) }));
}

const properties = () =>
  new WriterPropertiesBuilder()
    .setCompression(Compression.ZSTD)
    .setDictionaryEnabled(true)
    .setColumnDictionaryEnabled("id", false)
    .setColumnEncoding("id", Encoding.DELTA_BYTE_ARRAY)
    .setColumnDictionaryEnabled("timestamp", false)
    .setColumnEncoding("timestamp", Encoding.DELTA_BINARY_PACKED)
    .setColumnDictionaryEnabled("received_at", false)
    .setColumnEncoding("received_at", Encoding.DELTA_BINARY_PACKED)
    .setColumnDictionaryEnabled("trace_id", false)
    .setColumnDictionaryEnabled("message", false)
    .setColumnDictionaryEnabled("attributes", false)
    .setMaxRowGroupSize(GROUP)
    .build();

const SCHEMA = [
  { name: "root", num_children: 11 },
  ...Object.keys(columns).map((name) =>
    name === "timestamp" || name === "received_at"
      ? { name, type: "INT64", repetition_type: "OPTIONAL", converted_type: "TIMESTAMP_MILLIS" }
      : { name, type: "BYTE_ARRAY", repetition_type: "OPTIONAL", converted_type: "UTF8" },
  ),
];
const STATISTICS = new Set(["timestamp", "received_at", "tenant", "level", "service", "host"]);
const ENCODINGS = {
  id: "DELTA_BYTE_ARRAY",
  trace_id: "PLAIN",
  span_id: "PLAIN",
  timestamp: "DELTA_BINARY_PACKED",
  received_at: "DELTA_BINARY_PACKED",
};

for (let round = 0; round < 3; round++) {
  // parquet-wasm: a whole file per row group (its streaming writer merges small batches).
  let started = performance.now();
  let arrowMs = 0;
  let wasmBytes = 0;
  for (let start = 0; start < lines.length; start += GROUP) {
    const t0 = performance.now();
    const slice = (name) => columns[name].slice(start, start + GROUP);
    const vectors = Object.fromEntries(
      Object.keys(columns).map((name) => [
        name,
        name === "timestamp" || name === "received_at" ? timeVector(slice(name)) : utf8Vector(slice(name)),
      ]),
    );
    const ipc = tableToIPC(new Table(vectors), "stream");
    arrowMs += performance.now() - t0;
    wasmBytes += writeParquet(WasmTable.fromIPCStream(ipc), properties()).byteLength;
  }
  let ms = performance.now() - started;
  console.log(
    `parquet-wasm      ${ms.toFixed(0)} ms, ${(MB / (ms / 1000)).toFixed(1)} MB/s (Arrow vectors + IPC ${arrowMs.toFixed(0)} ms, wasm ${(ms - arrowMs).toFixed(0)} ms), ${wasmBytes} B`,
  );

  started = performance.now();
  const writer = new ByteWriter(1 << 20);
  let jsBytes = 0;
  const parquet = new ParquetWriter({
    writer,
    schema: SCHEMA,
    codec: "ZSTD",
    compressors: { ZSTD: (input) => zstdCompressSync(input, { params: { [constants.ZSTD_c_compressionLevel]: 3 } }) },
    statistics: true,
  });
  for (let start = 0; start < lines.length; start += GROUP) {
    const columnData = Object.keys(columns).map((name) => ({
      name,
      data: columns[name].slice(start, start + GROUP),
      encoding: ENCODINGS[name],
      statistics: STATISTICS.has(name),
    }));
    parquet.write({ columnData, rowGroupSize: GROUP });
    jsBytes += writer.index;
    writer.index = 0;
  }
  parquet.finish();
  jsBytes += writer.index;
  ms = performance.now() - started;
  console.log(`hyparquet-writer  ${ms.toFixed(0)} ms, ${(MB / (ms / 1000)).toFixed(1)} MB/s, ${jsBytes} B`);
}

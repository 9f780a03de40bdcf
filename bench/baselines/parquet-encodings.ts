import type { Encoding } from "hyparquet";
import { PARQUET_COLUMNS, type ParquetColumn } from "../../src/parquet-part";
import { type ParquetPartOptions, ParquetPartWriter } from "../../workers/compactor/parquet-part-writer";

const every = (encoding: Encoding, columns: readonly ParquetColumn[]) =>
  Object.fromEntries(columns.map((name) => [name, encoding])) as Partial<Record<ParquetColumn, Encoding>>;

/** What each of logsink's Parquet choices buys: the same records written without it. */
const VARIANTS: Record<string, ParquetPartOptions> = {
  logsink: {},
  without_dictionaries: {
    encodings: every("PLAIN", ["tenant", "level", "service", "host", "message", "attributes"]),
  },
  times_plain_not_delta: { encodings: every("PLAIN", ["timestamp", "received_at"]) },
  ids_delta_not_plain: { encodings: every("DELTA_BYTE_ARRAY", ["id"]) },
  snappy_not_zstd: { codec: "SNAPPY" },
  uncompressed: { codec: "UNCOMPRESSED" },
};

/**
 * parquet-encodings: writes the posted stored NDJSON lines as one Parquet part per variant,
 * through logsink's own writer into R2, and answers each part's size and write time.
 */
export async function parquetEncodings(request: Request, bucket: R2Bucket): Promise<Response> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  const sizes: Record<string, { bytes: number; ms: number }> = {};
  // The first variant runs twice, the first time unmeasured: JIT warm-up would count against it.
  for (const [name, options] of [["warm-up", {}] as const, ...Object.entries(VARIANTS)]) {
    const key = `parquet-encodings/${name}.parquet`;
    const started = performance.now();
    const writer = new ParquetPartWriter(bucket, key, undefined, options);
    // Batches of whole lines of about 1 MiB, as compaction writes them.
    for (let start = 0; start < bytes.byteLength; ) {
      const end = bytes.lastIndexOf(10, Math.min(bytes.byteLength, start + 1024 * 1024) - 1) + 1;
      await writer.write(bytes.subarray(start, end > start ? end : bytes.byteLength));
      start = end > start ? end : bytes.byteLength;
    }
    const written = await writer.close();
    if (name !== "warm-up") sizes[name] = { bytes: written.bytes, ms: performance.now() - started };
    await bucket.delete(key);
  }
  return Response.json({ columns: PARQUET_COLUMNS, sizes });
}

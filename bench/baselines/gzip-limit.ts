/**
 * gzip-limit: how fast CompressionStream gzips the posted bytes inside workerd, nothing else —
 * the ceiling for compaction, which must at least gzip what it writes. The body is buffered
 * first; only the compression is timed (best of `rounds`).
 */
export async function gzipLimit(request: Request): Promise<Response> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  const rounds = Number(new URL(request.url).searchParams.get("rounds") ?? "3");
  let best = Number.POSITIVE_INFINITY;
  let compressed = 0;
  for (let round = 0; round < rounds; round++) {
    // Date.now() advances across I/O only, so time with performance.now() around the pipe.
    const started = performance.now();
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
    compressed = (await new Response(stream).arrayBuffer()).byteLength;
    best = Math.min(best, performance.now() - started);
  }
  return Response.json({ bytes: bytes.byteLength, compressed, ms: best });
}

/**
 * gzip with the runtime's CompressionStream: one gzip member per object (workerd cannot read
 * concatenated members back), buffered to a known length because R2 `put` rejects streams of
 * unknown length.
 */

/** Compresses text into one gzip stream. */
export async function gzipText(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompresses one gzip stream into text. */
export async function gunzipText(data: ReadableStream<Uint8Array> | ArrayBuffer | Uint8Array): Promise<string> {
  const stream = data instanceof ReadableStream ? data : new Blob([data]).stream();
  return new Response(stream.pipeThrough(new DecompressionStream("gzip"))).text();
}

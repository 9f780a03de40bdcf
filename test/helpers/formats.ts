import { createHash } from "node:crypto";
import type { ChunkGroup } from "../../src/queue-message";

/** The SHA-256 hex digest of a token, as API_TOKENS may hold it (what `npm run token-digest` prints). */
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Decompresses one gzip stream into text, as any reader of a stored object would. */
export function gunzipText(data: ReadableStream<Uint8Array> | ArrayBuffer | Uint8Array): Promise<string> {
  const stream = data instanceof ReadableStream ? data : new Blob([data]).stream();
  return new Response(stream.pipeThrough(new DecompressionStream("gzip"))).text();
}

/** The NDJSON lines of a decoded queue message group. */
export function groupLines(group: ChunkGroup): string[] {
  const lines = new TextDecoder().decode(group.text).split("\n");
  lines.pop(); // the text ends in a newline
  return lines;
}

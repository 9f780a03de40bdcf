import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import worker from "../../workers/ingest/index";
import { type QueueRecording, recordingQueue } from "./queue";

const ingestEnv: IngestEnv = env;

export interface IngestAnswer {
  accepted: number;
  rejected: number;
  errors: { line: number; error: string }[];
  error?: string;
}

export interface PostOptions {
  body?: BodyInit | null;
  type?: string | null;
  token?: string | null;
  headers?: Record<string, string>;
  query?: string;
  env?: Partial<IngestEnv>;
  failFromBatch?: number;
}

/** POSTs to /v1/logs through the Worker's fetch handler, recording what reaches the real queue. */
export async function post(options: PostOptions = {}): Promise<{ res: Response; queue: QueueRecording }> {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failFromBatch });
  const headers = new Headers(options.headers);
  const token = options.token === undefined ? "dev-token" : options.token;
  if (token !== null) headers.set("Authorization", `Bearer ${token}`);
  const type = options.type === undefined ? "application/x-ndjson" : options.type;
  if (type !== null) headers.set("Content-Type", type);
  const request = new Request(`http://logsink.test/v1/logs${options.query ?? ""}`, {
    method: "POST",
    headers,
    body: options.body === undefined ? '{"msg":"hello"}\n' : options.body,
  });
  const ctx = createExecutionContext();
  const res = await worker.fetch(request, { ...ingestEnv, LOG_QUEUE: queue.queue, ...options.env }, ctx);
  await waitOnExecutionContext(ctx);
  return { res, queue };
}

export async function answer(res: Response): Promise<IngestAnswer> {
  expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
  return (await res.json()) as IngestAnswer;
}

export async function compress(text: string, format: "gzip" | "deflate" | "deflate-raw"): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function ndjson(count: number, make: (i: number) => Record<string, unknown>): string {
  return `${Array.from({ length: count }, (_, i) => JSON.stringify(make(i))).join("\n")}\n`;
}

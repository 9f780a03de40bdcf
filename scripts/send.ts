/**
 * `npm run send -- [FILE ...]`: ships log lines to logsink. Files (or stdin) are read line by
 * line; a file whose first line is a JSON object goes as NDJSON, anything else as text. Lines go
 * in gzip batches of at most 1000 lines or 1 MiB, each with its own Idempotency-Key, so a batch
 * retried after a 429, a 5xx or a network error never leads to duplicate records.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs, promisify } from "node:util";
import { gzip } from "node:zlib";
import { clientConfig, describeFailure, ENVIRONMENT_HELP, request } from "./lib/client.ts";
import { Progress } from "./lib/progress.ts";
import { retryDelayMs } from "./lib/retry.ts";

const MAX_BATCH_LINES = 1000;
const MAX_BATCH_BYTES = 1024 * 1024;
const MAX_LISTED_REJECTIONS = 20;

const HELP = `Usage: npm run send -- [options] [FILE ...]

Ships log lines to logsink; reads standard input when no FILE is given. A file whose first
non-empty line is a JSON object is sent as NDJSON, anything else as text (one record per line).
Prints progress (lines sent, lines/s) on stderr and a summary at the end. Exits non-zero when any
line was rejected or could not be sent.

Options:
  --service NAME     service of records that name none (text logs)
  --host NAME        host of records that name none
  --tenant NAME      (tokens of every tenant) the tenant to write to
  --concurrency N    batches in flight at once (default 4)
  --retries N        attempts per batch on 429, 5xx and network errors (default 8)
  --help             this text

${ENVIRONMENT_HELP}`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    service: { type: "string" },
    host: { type: "string" },
    tenant: { type: "string" },
    concurrency: { type: "string", default: "4" },
    retries: { type: "string", default: "8" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const config = clientConfig();
const concurrency = Math.max(1, Number(values.concurrency));
const attempts = Math.max(1, Number(values.retries));
const runId = randomBytes(6).toString("hex");
const compress = promisify(gzip);
const query = new URLSearchParams();
if (values.service) query.set("service", values.service);
if (values.host) query.set("host", values.host);
if (values.tenant) query.set("tenant", values.tenant);
const path = `/v1/logs${query.size > 0 ? `?${query}` : ""}`;

interface Batch {
  source: string;
  format: "ndjson" | "text";
  key: string;
  lines: string[];
  /** The file line number of each line, to report rejections where they are. */
  numbers: number[];
  bytes: number;
}

const totals = { read: 0, accepted: 0, rejected: 0, failed: 0 };
const rejections: string[] = [];
const progress = new Progress((elapsed) => {
  const rate = Math.round(totals.accepted / Math.max(elapsed, 0.001));
  return `sent ${totals.accepted + totals.rejected + totals.failed}/${totals.read} lines, ${rate} lines/s`;
});

class FatalError extends Error {}

function reject(batch: Batch, line: number, error: string): void {
  if (rejections.length < MAX_LISTED_REJECTIONS) {
    rejections.push(`${batch.source}:${batch.numbers[line - 1] ?? "?"}: ${error}`);
  }
}

async function send(batch: Batch): Promise<void> {
  const body = await compress(`${batch.lines.join("\n")}\n`);
  const headers = {
    "Content-Type": batch.format === "ndjson" ? "application/x-ndjson" : "text/plain; charset=utf-8",
    "Content-Encoding": "gzip",
    "Idempotency-Key": batch.key,
  };
  let lastError = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let res: Response;
    try {
      res = await request(config, path, { method: "POST", body, headers });
    } catch (error) {
      lastError = `network error: ${error instanceof Error ? (error.cause ?? error.message) : error}`;
      await sleep(retryDelayMs(attempt, null));
      continue;
    }
    if (res.status === 202 || res.status === 400) {
      const answer = (await res.json().catch(() => undefined)) as
        | { accepted?: number; rejected?: number; errors?: { line: number; error: string }[]; error?: string }
        | undefined;
      if (answer === undefined || (res.status === 202 && typeof answer.accepted !== "number")) {
        // The answer was lost on the way (a cut connection, a proxy's page): whether the lines
        // were taken is unknown, so send them again with the same key, as after a network error.
        lastError = `HTTP ${res.status} with an unreadable body`;
        await sleep(retryDelayMs(attempt, null));
        continue;
      }
      if (answer.accepted === undefined) {
        // A 400 about the request itself, not its lines: nothing was accepted.
        totals.failed += batch.lines.length;
        rejections.push(`${batch.source}: batch refused: ${answer.error ?? res.statusText}`);
        return;
      }
      totals.accepted += answer.accepted;
      totals.rejected += answer.rejected ?? 0;
      for (const e of answer.errors ?? []) reject(batch, e.line, e.error);
      return;
    }
    if (res.status === 401 || res.status === 403) throw new FatalError(`${path}: ${await describeFailure(res)}`);
    lastError = await describeFailure(res);
    if (res.status !== 429 && res.status < 500) break;
    await sleep(retryDelayMs(attempt, res.headers.get("Retry-After")));
  }
  totals.failed += batch.lines.length;
  rejections.push(`${batch.source}: ${batch.lines.length} lines not sent after ${attempts} attempts: ${lastError}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function* batches(source: string, index: number, input: NodeJS.ReadableStream): AsyncGenerator<Batch> {
  let format: Batch["format"] | undefined;
  let sequence = 0;
  let batch: Batch | undefined;
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    if (line.trim() === "") continue;
    format ??= isJsonObject(line) ? "ndjson" : "text";
    const bytes = Buffer.byteLength(line) + 1;
    if (batch !== undefined && (batch.lines.length >= MAX_BATCH_LINES || batch.bytes + bytes > MAX_BATCH_BYTES)) {
      yield batch;
      batch = undefined;
    }
    batch ??= { source, format, key: `send-${runId}-${index}-${sequence++}`, lines: [], numbers: [], bytes: 0 };
    batch.lines.push(line);
    batch.numbers.push(number);
    batch.bytes += bytes;
    totals.read++;
  }
  if (batch !== undefined) yield batch;
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

const inputs = positionals.length > 0 ? positionals : ["-"];
const inFlight = new Set<Promise<void>>();
let fatal: unknown;
try {
  for (const [index, file] of inputs.entries()) {
    const stream = file === "-" ? process.stdin : createReadStream(file);
    for await (const batch of batches(file === "-" ? "stdin" : basename(file), index, stream)) {
      const sending = send(batch).finally(() => inFlight.delete(sending));
      inFlight.add(sending);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
} catch (error) {
  fatal = error;
}
progress.stop();

const seconds = progress.elapsed();
const rate = Math.round(totals.accepted / Math.max(seconds, 0.001));
console.error(
  `${totals.read} lines read in ${seconds.toFixed(1)} s (${rate} lines/s): ` +
    `${totals.accepted} accepted, ${totals.rejected} rejected, ${totals.failed} not sent`,
);
for (const line of rejections) console.error(`  ${line}`);
if (totals.rejected > rejections.length)
  console.error(`  … and more: only the first ${MAX_LISTED_REJECTIONS} are listed`);
if (fatal !== undefined) {
  console.error(`send stopped: ${fatal instanceof Error ? fatal.message : fatal}`);
  process.exit(2);
}
process.exit(totals.rejected > 0 || totals.failed > 0 ? 1 : 0);

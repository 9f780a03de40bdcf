/**
 * `npm run bench`: measures logsink beside its baselines in one run on this machine and prints one
 * table of ratios, writing bench/results/latest.json. Nothing here is a test: it measures.
 *
 * Order matters: end-to-end, cost and compaction first on a fresh logsink (so no queue backlog from
 * load rounds skews them), then the throughput rounds, interleaved across targets (A B C, then
 * C B A, …) so that drift on a shared machine hits every target alike, each target starting only
 * once both servers are idle (their consumers have drained the previous target's messages).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import autocannon from "autocannon";
import { type DevServer, freePort, startDevServer } from "../scripts/lib/wrangler-dev.ts";
import { withLocalBucket } from "../test/e2e/local-r2.ts";
import { bulkBodies, datadogBodies, hecBodies, lokiBodies, ndjsonBodies, otlpBodies, rawObject } from "./data.ts";

/** Cloudflare's published prices (USD), November 2026: workers, queues and r2 pricing pages. */
const PRICES = {
  worker_request: 0.3 / 1e6,
  queue_operation: 0.4 / 1e6, // per 64 KB written, read or deleted
  r2_class_a: 4.5 / 1e6,
  r2_class_b: 0.36 / 1e6,
  r2_gb_month: 0.015,
} as const;
const STORAGE_DAYS = 30;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const E2E_LINES = 100_000;
const SMALL_HOUR_RECORDS = 65_000; // ~20 MB of stored records
const LARGE_HOUR_RECORDS = 650_000; // ~200 MB
const ADMIN = { Authorization: "Bearer dev-admin-token" };
/** Rounds of each query over the 200 MB hours (medians): 5, as the throughput rounds. */
const QUERY_ROUNDS = 5;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Event {
  event: string;
  [key: string]: unknown;
}

/** The JSON log lines (one per consumer batch, per compacted hour) a server printed. */
function events(server: DevServer, name: string): Event[] {
  return server
    .output()
    .split("\n")
    .flatMap((line) => {
      const start = line.indexOf('{"event":');
      if (start === -1) return [];
      try {
        return [JSON.parse(line.slice(start)) as Event];
      } catch {
        return [];
      }
    })
    .filter((e) => e.event === name);
}

/** The first such event matching `test`, waiting for it: wrangler relays Worker logs a little late. */
async function awaitEvent(server: DevServer, name: string, test: (e: Event) => boolean): Promise<Event | undefined> {
  for (let i = 0; i < 100; i++) {
    const found = events(server, name).find(test);
    if (found !== undefined) return found;
    await sleep(100);
  }
  return undefined;
}

const sum = (list: Event[], field: string) => list.reduce((total, e) => total + Number(e[field] ?? 0), 0);

async function post(url: string, body: string, headers: Record<string, string>): Promise<Response> {
  const res = await fetch(url, { method: "POST", body, headers });
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res;
}

/** Sends bodies with `concurrency` requests in flight. */
async function sendAll(url: string, bodies: string[], headers: Record<string, string>, concurrency = 8): Promise<void> {
  const queue = [...bodies];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let body = queue.shift(); body !== undefined; body = queue.shift()) await post(url, body, headers);
    }),
  );
}

/** Lines stored in raw objects of a tenant-hour, through the read API. */
async function rawLines(server: DevServer, tenant: string, hour: string): Promise<number> {
  let lines = 0;
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({ from: `${hour}:00Z`, to: `${hour}:00Z`, kind: "raw", tenant });
    if (cursor) q.set("cursor", cursor);
    const res = await fetch(`${server.url}/v1/objects?${q}`, { headers: ADMIN });
    const page = (await res.json()) as { objects: { lines: number }[]; cursor: string | null };
    lines += page.objects.reduce((total, o) => total + o.lines, 0);
    cursor = page.cursor;
  } while (cursor !== null);
  return lines;
}

async function waitForRaw(server: DevServer, tenant: string, hour: string, lines: number, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await rawLines(server, tenant, hour)) >= lines) return;
    await sleep(200);
  }
  throw new Error(`${tenant} ${hour}: raw objects never held ${lines} lines`);
}

/** PIDs of the workerd processes a server started (its process group). */
function workerdPids(server: DevServer): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
        return pgid === server.pid && readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd";
      } catch {
        return false;
      }
    });
}

/** CPU seconds these processes have used so far (utime + stime, in clock ticks of 1/100 s). */
function cpuSeconds(pids: number[]): number {
  return pids.reduce((total, pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return total + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return total;
    }
  }, 0);
}

/**
 * Waits (at most 30 s) until the servers' workerd processes are idle: the consumers have drained
 * what the last round queued, so that one target's background work does not run in the next
 * target's round.
 */
async function settle(servers: DevServer[]): Promise<void> {
  const pids = servers.flatMap(workerdPids);
  const deadline = Date.now() + 30_000;
  let last = cpuSeconds(pids);
  while (Date.now() < deadline) {
    await sleep(500);
    const now = cpuSeconds(pids);
    if (now - last < 0.05) return; // under a tenth of a core for half a second
    last = now;
  }
}

function rssKb(pids: number[]): number {
  return pids.reduce((total, pid) => {
    try {
      return total + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return total;
    }
  }, 0);
}

/** workerd's own inspector (one target per Worker) of a server, found among its listening ports. */
async function compactorInspector(pids: number[]): Promise<string | undefined> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const m = /^socket:\[(\d+)\]$/.exec(link);
        if (m?.[1]) inodes.add(m[1]);
      } catch {
        // fd closed meanwhile
      }
    }
  }
  const ports = readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[3] === "0A" && inodes.has(f[9] ?? ""))
    .map((f) => Number.parseInt(f[1]?.split(":")[1] ?? "0", 16));
  for (const port of ports) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(1000) });
      const targets = (await res.json()) as { id: string; webSocketDebuggerUrl: string }[];
      const target = targets.find((t) => t.id === "core:user:logsink-compactor");
      if (target) return target.webSocketDebuggerUrl;
    } catch {
      // not an inspector
    }
  }
  return undefined;
}

/**
 * Samples the compactor isolate's memory (V8 heap in use plus ArrayBuffer backing stores) until
 * stopped, and once more after: a busy isolate often leaves inspector calls unanswered until its
 * work is done, and its heap does not shrink at once, so the last reading counts too.
 */
async function sampleHeap(url: string | undefined): Promise<() => Promise<number>> {
  if (url === undefined) return async () => Number.NaN;
  const ws = new WebSocket(url);
  let id = 0;
  const waiting = new Map<number, (value: Record<string, number> | undefined) => void>();
  // Listen before the socket opens: answers that arrive on a listener added later are lost.
  ws.addEventListener("message", (e) => {
    const message = JSON.parse(String(e.data)) as { id?: number; result?: Record<string, number> };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  });
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve);
    ws.addEventListener("error", reject);
  });
  // An inspector that stops answering must not hang the bench: give each call 15 s.
  const call = (method: string) =>
    new Promise<Record<string, number> | undefined>((resolve) => {
      waiting.set(++id, resolve);
      ws.send(JSON.stringify({ id, method }));
      setTimeout(() => resolve(undefined), 15_000);
    });
  let peak = Number.NaN;
  const sample = async () => {
    const usage = await call("Runtime.getHeapUsage");
    if (usage === undefined) return false;
    const bytes = (usage.usedSize ?? 0) + (usage.backingStorageSize ?? 0);
    peak = Number.isNaN(peak) ? bytes : Math.max(peak, bytes);
    return true;
  };
  let running = true;
  const loop = (async () => {
    while (running && (await sample())) await sleep(10);
  })();
  return async () => {
    running = false;
    await loop;
    await sample();
    ws.close();
    return peak / 2 ** 20;
  };
}

interface LoadResult {
  req_per_s: number;
  lines_per_s: number;
  non2xx: number;
}

/** Seconds of load each target gets once, unmeasured, before the rounds: JIT and caches warm up. */
const WARM_UP_SECONDS = 2;

async function load(
  url: string,
  body: (string | Uint8Array)[],
  headers: Record<string, string>,
  lines: number,
  seconds = SECONDS,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: body.map((b) => ({ method: "POST", body: typeof b === "string" ? b : Buffer.from(b), headers })),
  });
  const ok = result.requests.total - result.non2xx;
  return {
    req_per_s: ok / result.duration,
    lines_per_s: (ok * lines) / result.duration,
    non2xx: result.non2xx + result.errors,
  };
}

async function compactAndMeasure(server: DevServer, tenant: string, hour: string) {
  const pids = workerdPids(server);
  const inspector = await compactorInspector(pids);
  log(`  workerd ${pids.join(",")}, inspector ${inspector ?? "not found"}`);
  const stopHeap = await sampleHeap(inspector);
  await sleep(200); // let the first samples of the idle isolate come in
  const before = rssKb(pids);
  let peak = before;
  const t0 = Date.now();
  const timer = setInterval(() => {
    peak = Math.max(peak, rssKb(pids));
  }, 20);
  const res = await post(`${server.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, "", ADMIN);
  clearInterval(timer);
  log(`  compacted in ${Date.now() - t0} ms`);
  const summary = (await res.json()) as { lines: number; bytes: number; parts: number };
  const isolateMb = await stopHeap();
  const event = await awaitEvent(server, "compacted", (e) => e.tenant === tenant);
  return {
    summary,
    ms: Number(event?.ms ?? 0),
    bytes_uncompressed: Number(event?.bytes_uncompressed ?? 0),
    rss_mb: (peak - before) / 1024,
    isolate_mb: isolateMb,
  };
}

// ───────────────────────────────────────────────────────────────────────────────────────────────
const started = Date.now();
// Hours a week back: finished, and inside the ingest's event-time window (MAX_EVENT_AGE_DAYS).
const weekAgoHour = (offset: number) =>
  new Date(Date.now() - 7 * 86_400_000 + offset * 3_600_000).toISOString().slice(0, 13);
const HOUR_E2E = weekAgoHour(0);
const HOUR_SMALL = weekAgoHour(1);
const HOUR_LARGE = weekAgoHour(2);
const figures: Record<string, number> = {};
/** The wire-format targets (`logsink_<name>` runs), each measured against /v1/logs NDJSON. */
const WIRE_FORMATS = ["otlp", "loki", "es", "hec", "datadog"] as const;
const notes: string[] = [];
const operations: Record<string, Record<string, number>> = {};

log("starting logsink (npm start's wrangler dev)");
// logsink's pipeline is measured without its rate limiter: locally the Rate Limiting binding is a
// SQLite-backed Durable Object call per request, which production's binding (a cache on the same
// machine) is not. What the local limiter costs is measured beside it ("with_local_rate_limiter").
const NO_LIMITER_CONFIG = "wrangler.bench-no-limiter-test.toml";
const withLimiter = readFileSync("wrangler.toml", "utf8");
const withoutLimiter = withLimiter.replace(/\n\[\[ratelimits\]\]\n(?:[^\n[][^\n]*\n)*/, "\n");
if (withoutLimiter === withLimiter) throw new Error("bench: no [[ratelimits]] block found in wrangler.toml");
writeFileSync(NO_LIMITER_CONFIG, withoutLimiter);
process.on("exit", () => rmSync(NO_LIMITER_CONFIG, { force: true }));

let logsink = await startDevServer({ ingestConfig: NO_LIMITER_CONFIG });
const persistTo = logsink.persistTo;
const ingestHeaders = { Authorization: "Bearer dev-token", "Content-Type": "application/x-ndjson" };

// 1. End to end, cost and storage: 100 × 1000-line requests into a fresh pipeline.
log(`end to end: ${E2E_LINES} lines until all are in raw objects`);
const e2eBodies = ndjsonBodies(1, E2E_LINES / 1000, 1000, HOUR_E2E);
const e2eStart = performance.now();
await sendAll(`${logsink.url}/v1/logs?tenant=bench-e2e`, e2eBodies, {
  ...ADMIN,
  "Content-Type": "application/x-ndjson",
});
await waitForRaw(logsink, "bench-e2e", HOUR_E2E, E2E_LINES);
figures["end_to_end.lines_per_s"] = E2E_LINES / ((performance.now() - e2eStart) / 1000);
await sleep(1000); // the last batch's log line trails its object
const batches = events(logsink, "batch");
await post(`${logsink.url}/v1/admin/compact?hour=${HOUR_E2E}&tenant=bench-e2e`, "", ADMIN);
const e2eCompaction = await awaitEvent(logsink, "compacted", (e) => e.tenant === "bench-e2e");
if (e2eCompaction === undefined) notes.push("the end-to-end hour's compaction log line never arrived");
const e2eStored = Number(e2eCompaction?.bytes ?? 0);
const logsinkOps = {
  worker_requests: e2eBodies.length + batches.length + 1,
  // Written, read and deleted: 3 operations per 64 KB unit of each message (the consumer counts them).
  queue_operations: sum(batches, "queue_units") * 3,
  r2_class_a: sum(batches, "objects") + Number(e2eCompaction?.class_a ?? 0),
  r2_class_b: Number(e2eCompaction?.class_b ?? 0),
  stored_bytes: e2eStored,
  lines: E2E_LINES,
};
figures["storage.bytes_per_line"] = e2eStored / E2E_LINES;
operations.logsink = logsinkOps;
// Queue messages and 64 KB billing units per million records (before dense messages: 3,000 of
// each — three ~15 KB messages per 1000-record request).
figures["queue.messages_per_million_records"] = (sum(batches, "messages") * 1e6) / E2E_LINES;
figures["queue.billing_units_per_million_records"] = (sum(batches, "queue_units") * 1e6) / E2E_LINES;
figures["queue.records_per_consumer_batch"] = E2E_LINES / Math.max(batches.length, 1);

// 2. Compaction of a ~20 MB and a ~200 MB hour, each on a freshly started server.
log("compaction: ingesting a ~20 MB and a ~200 MB hour");
await sendAll(
  `${logsink.url}/v1/logs?tenant=bench-small`,
  ndjsonBodies(2, SMALL_HOUR_RECORDS / 1000, 1000, HOUR_SMALL),
  {
    ...ADMIN,
    "Content-Type": "application/x-ndjson",
  },
);
await sendAll(
  `${logsink.url}/v1/logs?tenant=bench-large`,
  ndjsonBodies(3, LARGE_HOUR_RECORDS / 1000, 1000, HOUR_LARGE),
  {
    ...ADMIN,
    "Content-Type": "application/x-ndjson",
  },
);
// The same records again for tenants whose hours are compacted to Parquet (PART_FORMAT=parquet).
await sendAll(
  `${logsink.url}/v1/logs?tenant=bench-small-pq`,
  ndjsonBodies(2, SMALL_HOUR_RECORDS / 1000, 1000, HOUR_SMALL),
  {
    ...ADMIN,
    "Content-Type": "application/x-ndjson",
  },
);
await sendAll(
  `${logsink.url}/v1/logs?tenant=bench-large-pq`,
  ndjsonBodies(3, LARGE_HOUR_RECORDS / 1000, 1000, HOUR_LARGE),
  {
    ...ADMIN,
    "Content-Type": "application/x-ndjson",
  },
);
await waitForRaw(logsink, "bench-small", HOUR_SMALL, SMALL_HOUR_RECORDS);
await waitForRaw(logsink, "bench-large", HOUR_LARGE, LARGE_HOUR_RECORDS);
await waitForRaw(logsink, "bench-small-pq", HOUR_SMALL, SMALL_HOUR_RECORDS);
await waitForRaw(logsink, "bench-large-pq", HOUR_LARGE, LARGE_HOUR_RECORDS);
const compactions: Record<string, Awaited<ReturnType<typeof compactAndMeasure>>> = {};
for (const [name, tenant, hour, format] of [
  ["20mb", "bench-small", HOUR_SMALL, "ndjson.gz"],
  ["200mb", "bench-large", HOUR_LARGE, "ndjson.gz"],
  ["parquet_20mb", "bench-small-pq", HOUR_SMALL, "parquet"],
  ["parquet_200mb", "bench-large-pq", HOUR_LARGE, "parquet"],
] as const) {
  await logsink.stop(true);
  // With an inspector port of its own, workerd answers inspector calls for every Worker.
  logsink = await startDevServer({
    persistTo,
    ingestConfig: NO_LIMITER_CONFIG,
    args: ["--inspector-port", String(await freePort()), "--var", `PART_FORMAT:${format}`],
  });
  log(`compaction: the ${name} hour (${format})`);
  compactions[name] = await compactAndMeasure(logsink, tenant, hour);
}
const large = compactions["200mb"];
const small = compactions["20mb"];
figures["compaction.mb_per_s"] = (large?.bytes_uncompressed ?? 0) / 1e6 / ((large?.ms ?? 1) / 1000);
figures["compaction.peak_rss_mb_20mb_hour"] = small?.rss_mb ?? Number.NaN;
figures["compaction.peak_rss_mb_200mb_hour"] = large?.rss_mb ?? Number.NaN;
figures["compaction.isolate_memory_mb_20mb_hour"] = small?.isolate_mb ?? Number.NaN;
figures["compaction.isolate_memory_mb_200mb_hour"] = large?.isolate_mb ?? Number.NaN;
figures["compaction.hour_mb_20mb_hour"] = (small?.bytes_uncompressed ?? 0) / 1e6;
figures["compaction.hour_mb_200mb_hour"] = (large?.bytes_uncompressed ?? 0) / 1e6;
// The same hours as Parquet parts, side by side.
const largePq = compactions.parquet_200mb;
const smallPq = compactions.parquet_20mb;
figures["parquet.compaction.mb_per_s"] = (largePq?.bytes_uncompressed ?? 0) / 1e6 / ((largePq?.ms ?? 1) / 1000);
figures["parquet.compaction.ratio_vs_ndjson_gz"] =
  (figures["parquet.compaction.mb_per_s"] ?? 0) / (figures["compaction.mb_per_s"] ?? 1);
figures["parquet.compaction.peak_rss_mb_20mb_hour"] = smallPq?.rss_mb ?? Number.NaN;
figures["parquet.compaction.peak_rss_mb_200mb_hour"] = largePq?.rss_mb ?? Number.NaN;
figures["parquet.compaction.isolate_memory_mb_20mb_hour"] = smallPq?.isolate_mb ?? Number.NaN;
figures["parquet.compaction.isolate_memory_mb_200mb_hour"] = largePq?.isolate_mb ?? Number.NaN;
figures["storage.ndjson_gz_bytes_per_record_200mb_hour"] = (large?.summary.bytes ?? 0) / LARGE_HOUR_RECORDS;
figures["storage.parquet_bytes_per_record_200mb_hour"] = (largePq?.summary.bytes ?? 0) / LARGE_HOUR_RECORDS;
figures["storage.parquet_over_ndjson_gz"] =
  (figures["storage.parquet_bytes_per_record_200mb_hour"] ?? 0) /
  (figures["storage.ndjson_gz_bytes_per_record_200mb_hour"] ?? 1);
if (large?.summary.lines !== LARGE_HOUR_RECORDS || largePq?.summary.lines !== LARGE_HOUR_RECORDS) {
  notes.push(`200 MB hours compacted ${large?.summary.lines} (gzip) and ${largePq?.summary.lines} (Parquet) records`);
}

// Queries over the compacted 200 MB hour in both formats: a 5-minute window, and level=error.
const queries = {
  window_5min: `from=${HOUR_LARGE}:20:00Z&to=${HOUR_LARGE}:25:00Z&limit=1000000`,
  level_error: `from=${HOUR_LARGE}:00:00Z&to=${HOUR_LARGE}:59:59.999Z&level=error&limit=1000000`,
} as const;
for (const [name, query] of Object.entries(queries)) {
  // Timed to the answer's last byte (as `curl -o` would see it), lines counted in the bytes; and
  // again with the client decoding the answer into a string of lines (JSON.parse-ready), which adds
  // the same ~100 ms of client work to both formats.
  const timings: Record<string, number[]> = { ndjson_gz: [], parquet: [], ndjson_gz_text: [], parquet_text: [] };
  // The server's CPU time for the same query (its workerd processes, from /proc): what this shared
  // machine's other load moves least.
  const cpuMs: Record<string, number[]> = { ndjson_gz: [], parquet: [] };
  const serverPids = workerdPids(logsink);
  const counts: Record<string, number> = {};
  const queriesBefore = events(logsink, "query").length;
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const [format, tenant] of [
      ["ndjson_gz", "bench-large"],
      ["parquet", "bench-large-pq"],
    ] as const) {
      const cpu0 = cpuSeconds(serverPids);
      let t0 = performance.now();
      const bytes = new Uint8Array(
        await (await fetch(`${logsink.url}/v1/logs?${query}&tenant=${tenant}`, { headers: ADMIN })).arrayBuffer(),
      );
      timings[format]?.push(performance.now() - t0);
      cpuMs[format]?.push(1000 * (cpuSeconds(serverPids) - cpu0));
      let lines = 0;
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
      counts[format] = lines;
      t0 = performance.now();
      const text = await (await fetch(`${logsink.url}/v1/logs?${query}&tenant=${tenant}`, { headers: ADMIN })).text();
      const textLines = text === "" ? 0 : text.trimEnd().split("\n").length;
      if (textLines !== lines) notes.push(`query ${name} (${format}): answers differ`);
      timings[`${format}_text`]?.push(performance.now() - t0);
    }
  }
  const skipped = events(logsink, "query")
    .filter((e) => e.tenant === "bench-large-pq")
    .at(-1);
  // The Worker's own time for the same queries (its `query` log line): without the local proxy
  // that carries the answer to the client, the same for both formats. Not checked; shown beside.
  const workerMs = (tenant: string) =>
    median(
      events(logsink, "query")
        .slice(queriesBefore)
        .filter((e) => e.tenant === tenant)
        .map((e) => Number(e.ms)),
    );
  figures[`query.${name}.ndjson_gz_worker_ms`] = workerMs("bench-large");
  figures[`query.${name}.parquet_worker_ms`] = workerMs("bench-large-pq");
  figures[`query.${name}.speedup_parquet_worker`] =
    (figures[`query.${name}.ndjson_gz_worker_ms`] ?? 0) / (figures[`query.${name}.parquet_worker_ms`] ?? 1);
  figures[`query.${name}.ndjson_gz_server_cpu_ms`] = median(cpuMs.ndjson_gz ?? []);
  figures[`query.${name}.parquet_server_cpu_ms`] = median(cpuMs.parquet ?? []);
  figures[`query.${name}.speedup_parquet_server_cpu`] =
    (figures[`query.${name}.ndjson_gz_server_cpu_ms`] ?? 0) / (figures[`query.${name}.parquet_server_cpu_ms`] ?? 1);
  figures[`query.${name}.ndjson_gz_ms`] = median(timings.ndjson_gz ?? []);
  figures[`query.${name}.parquet_ms`] = median(timings.parquet ?? []);
  figures[`query.${name}.speedup_parquet`] =
    (figures[`query.${name}.ndjson_gz_ms`] ?? 0) / (figures[`query.${name}.parquet_ms`] ?? 1);
  figures[`query.${name}.speedup_parquet_with_client_text`] =
    median(timings.ndjson_gz_text ?? []) / median(timings.parquet_text ?? []);
  figures[`query.${name}.records`] = counts.parquet ?? 0;
  figures[`query.${name}.parquet_row_groups_read`] =
    Number(skipped?.row_groups ?? 0) -
    Number(skipped?.row_groups_skipped ?? 0) -
    Number(skipped?.row_groups_skipped_by_level ?? 0);
  figures[`query.${name}.parquet_row_groups`] = Number(skipped?.row_groups ?? 0);
  if (counts.parquet !== counts.ndjson_gz) {
    notes.push(`query ${name}: ${counts.ndjson_gz} records from gzip NDJSON, ${counts.parquet} from Parquet`);
  }
}

// Late data: the same late batch (10 × 1000 records) into the compacted 20 MB and 200 MB hours
// (gzip NDJSON, 10× apart): the merge reads the hour's id index, not its parts.
log("late data: 10,000 records into each of the compacted 20 MB and 200 MB hours");
const late: Record<string, Event | undefined> = {};
for (const [name, tenant, hour] of [
  ["small", "bench-small", HOUR_SMALL],
  ["large", "bench-large", HOUR_LARGE],
] as const) {
  const bodies = ndjsonBodies(7, 10, 1000, hour);
  await sendAll(`${logsink.url}/v1/logs?tenant=${tenant}`, bodies, {
    ...ADMIN,
    "Content-Type": "application/x-ndjson",
  });
  await waitForRaw(logsink, tenant, hour, 10_000);
  const before = events(logsink, "compacted").filter((e) => e.tenant === tenant).length;
  await post(`${logsink.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, "", ADMIN);
  for (let i = 0; i < 100 && late[name] === undefined; i++) {
    late[name] = events(logsink, "compacted").filter((e) => e.tenant === tenant)[before];
    if (late[name] === undefined) await sleep(100);
  }
  figures[`late_data.${name}_hour_ms`] = Number(late[name]?.ms ?? Number.NaN);
  figures[`late_data.${name}_hour_r2_calls`] = Number(late[name]?.r2_calls ?? Number.NaN);
  if (late[name]?.lines !== 10_000 || late[name]?.index_read !== true) {
    notes.push(`late data into the ${name} hour: ${late[name]?.lines} records, index read: ${late[name]?.index_read}`);
  }
}
figures["late_data.ms_large_over_small"] =
  (figures["late_data.large_hour_ms"] ?? 0) / (figures["late_data.small_hour_ms"] ?? 1);
figures["late_data.r2_calls_large_over_small"] =
  (figures["late_data.large_hour_r2_calls"] ?? 0) / (figures["late_data.small_hour_r2_calls"] ?? 1);

// An hour of 20,000 raw objects (written straight into the local bucket while the server is
// stopped, as 20,000 consumer batches would have), compacted through the compaction queue.
const FANOUT_OBJECTS = 20_000;
const HOUR_FANOUT = weekAgoHour(3);
log(`fan-out: writing ${FANOUT_OBJECTS} raw objects of one hour`);
await logsink.stop(true);
await withLocalBucket(persistTo, async (bucket) => {
  const puts: Promise<unknown>[] = [];
  for (let i = 0; i < FANOUT_OBJECTS; i++) {
    const { key, body, customMetadata } = rawObject("bench-fanout", HOUR_FANOUT, i, 5);
    puts.push(bucket.put(key, body, { customMetadata }));
    if (puts.length === 64) await Promise.all(puts.splice(0));
  }
  await Promise.all(puts);
});
logsink = await startDevServer({ persistTo, ingestConfig: NO_LIMITER_CONFIG });
log("fan-out: compacting it (the admin route's slice, then the compaction queue's)");
const fanoutStart = performance.now();
await post(`${logsink.url}/v1/admin/compact?hour=${HOUR_FANOUT}&tenant=bench-fanout`, "", ADMIN);
let slices: Event[] = [];
for (let i = 0; i < 1200; i++) {
  slices = events(logsink, "compacted").filter((e) => e.tenant === "bench-fanout");
  if (sum(slices, "sources") >= FANOUT_OBJECTS) break;
  await sleep(250);
}
figures["fanout_20k_objects.wall_s"] = (performance.now() - fanoutStart) / 1000;
figures["fanout_20k_objects.invocations"] = slices.length;
figures["fanout_20k_objects.max_r2_calls_per_invocation"] = Math.max(...slices.map((e) => Number(e.r2_calls ?? 0)));
figures["fanout_20k_objects.max_invocation_s"] = Math.max(...slices.map((e) => Number(e.ms ?? 0))) / 1000;
if (sum(slices, "sources") !== FANOUT_OBJECTS || sum(slices, "lines") !== FANOUT_OBJECTS * 5) {
  notes.push(`fan-out: ${sum(slices, "sources")} raw objects and ${sum(slices, "lines")} records compacted`);
}

// 3. The baselines.
log("starting the baselines' wrangler dev");
const baselines = await startDevServer({ config: "bench/baselines/wrangler.toml", healthPath: "/noop" });
// `npm start` exactly as configured, rate limiter included.
const limited = await startDevServer();
try {
  // gzip of the same bytes (the small hour's records, as stored) inside workerd, nothing else.
  const part = await fetch(
    `${logsink.url}/v1/objects/logs/tenant=bench-small/dt=${HOUR_SMALL.slice(0, 10)}/hour=${HOUR_SMALL.slice(11)}/part-00000.ndjson.gz`,
    { headers: ADMIN },
  );
  const records = await part.text();
  const gzip = (await (await post(`${baselines.url}/gzip-limit?rounds=3`, records, {})).json()) as {
    bytes: number;
    compressed: number;
    ms: number;
  };
  figures["compaction.gzip_limit_mb_per_s"] = gzip.bytes / 1e6 / (gzip.ms / 1000);
  figures["compaction.ratio_vs_gzip_limit"] =
    (figures["compaction.mb_per_s"] ?? 0) / (figures["compaction.gzip_limit_mb_per_s"] ?? 1);
  figures["parquet.compaction.ratio_vs_gzip_limit"] =
    (figures["parquet.compaction.mb_per_s"] ?? 0) / (figures["compaction.gzip_limit_mb_per_s"] ?? 1);

  // What each Parquet encoding choice buys: the small hour's records written without it.
  const encodings = (await (await post(`${baselines.url}/parquet-encodings`, records, {})).json()) as {
    sizes: Record<string, { bytes: number; ms: number }>;
  };
  const gzipBytes = Number(part.headers.get("Content-Length") ?? 0) || gzip.compressed;
  for (const [variant, { bytes, ms }] of Object.entries(encodings.sizes)) {
    figures[`parquet.encodings.${variant}.over_ndjson_gz`] = bytes / gzipBytes;
    figures[`parquet.encodings.${variant}.mb_per_s`] = gzip.bytes / 1e6 / (ms / 1000);
  }

  // The seed design's cost and storage: 5000 single-log requests, 50 full batches of 100.
  log("seed design: 5000 single-log requests for cost and storage");
  const singles = ndjsonBodies(4, 5000, 1, HOUR_E2E).map((b) => b.trim());
  await sendAll(`${baselines.url}/seed`, singles, { "Content-Type": "application/json" });
  let stored = { objects: 0, bytes: 0 };
  for (let i = 0; i < 200 && stored.objects < 50; i++) {
    await sleep(250);
    stored = (await (await fetch(`${baselines.url}/stored?prefix=seed/`)).json()) as typeof stored;
  }
  const seedLines = stored.objects * 100;
  const seedOps = {
    worker_requests: 5000 + stored.objects,
    queue_operations: 5000 * 3,
    r2_class_a: stored.objects,
    r2_class_b: 0,
    stored_bytes: stored.bytes,
    lines: seedLines > 0 ? 5000 : 0,
  };
  operations.seed = seedOps;
  if (stored.objects < 50) notes.push(`seed: only ${stored.objects} of 50 batches were stored in time`);
  figures["storage.seed_bytes_per_line"] = stored.bytes / Math.max(seedLines, 1);
  figures["storage.ratio_logsink_over_seed"] =
    (figures["storage.bytes_per_line"] ?? 0) / (figures["storage.seed_bytes_per_line"] ?? 1);

  const usdPerMillion = (ops: typeof logsinkOps) =>
    (1e6 / ops.lines) *
    (ops.worker_requests * PRICES.worker_request +
      ops.queue_operations * PRICES.queue_operation +
      ops.r2_class_a * PRICES.r2_class_a +
      ops.r2_class_b * PRICES.r2_class_b +
      (ops.stored_bytes / 1e9) * PRICES.r2_gb_month * (STORAGE_DAYS / 30));
  figures["cost.usd_per_million_lines"] = usdPerMillion(logsinkOps);
  figures["cost.seed_usd_per_million_lines"] = usdPerMillion(seedOps);
  figures["cost.ratio_seed_over_logsink"] =
    (figures["cost.seed_usd_per_million_lines"] ?? 0) / (figures["cost.usd_per_million_lines"] ?? 1);

  // 4. Throughput rounds, interleaved.
  const bodies = ndjsonBodies(5, 16, 1000, HOUR_E2E);
  const single = ndjsonBodies(6, 64, 1, HOUR_E2E);
  const otlp = otlpBodies(5, 16, 1000, HOUR_E2E);
  const otlpHeaders = { Authorization: "Bearer dev-token", "Content-Type": "application/x-protobuf" };
  const loki = lokiBodies(5, 16, 1000, HOUR_E2E);
  const bulks = bulkBodies(5, 16, 1000, HOUR_E2E);
  const bulkHeaders = { Authorization: "Bearer dev-token", "Content-Type": "application/x-ndjson" };
  const hec = hecBodies(5, 16, 1000, HOUR_E2E);
  const hecHeaders = { Authorization: "Splunk dev-token", "Content-Type": "application/x-www-form-urlencoded" };
  const datadog = datadogBodies(5, 16, 1000, HOUR_E2E);
  const datadogHeaders = { "DD-API-KEY": "dev-token", "Content-Type": "application/json" };
  const runs: Record<string, LoadResult[]> = {
    logsink: [],
    logsink_otlp: [],
    logsink_loki: [],
    logsink_es: [],
    logsink_hec: [],
    logsink_datadog: [],
    enqueue_only: [],
    noop: [],
    logsink_single: [],
    seed_single: [],
    limited: [],
    limited_single: [],
  };
  const targets: [keyof typeof runs, (seconds?: number) => Promise<LoadResult>][] = [
    ["logsink", (seconds) => load(`${logsink.url}/v1/logs`, bodies, ingestHeaders, 1000, seconds)],
    ["logsink_otlp", (seconds) => load(`${logsink.url}/otlp/v1/logs`, otlp, otlpHeaders, 1000, seconds)],
    ["logsink_loki", (seconds) => load(`${logsink.url}/loki/api/v1/push`, loki, otlpHeaders, 1000, seconds)],
    ["logsink_es", (seconds) => load(`${logsink.url}/es/_bulk`, bulks, bulkHeaders, 1000, seconds)],
    ["logsink_hec", (seconds) => load(`${logsink.url}/services/collector/event`, hec, hecHeaders, 1000, seconds)],
    ["logsink_datadog", (seconds) => load(`${logsink.url}/api/v2/logs`, datadog, datadogHeaders, 1000, seconds)],
    [
      "enqueue_only",
      (seconds) =>
        load(`${baselines.url}/enqueue-only`, bodies, { "Content-Type": "application/x-ndjson" }, 1000, seconds),
    ],
    [
      "noop",
      (seconds) => load(`${baselines.url}/noop`, bodies, { "Content-Type": "application/x-ndjson" }, 1000, seconds),
    ],
    ["logsink_single", (seconds) => load(`${logsink.url}/v1/logs`, single, ingestHeaders, 1, seconds)],
    ["limited", (seconds) => load(`${limited.url}/v1/logs`, bodies, ingestHeaders, 1000, seconds)],
    ["limited_single", (seconds) => load(`${limited.url}/v1/logs`, single, ingestHeaders, 1, seconds)],
    [
      "seed_single",
      (seconds) =>
        load(
          `${baselines.url}/seed`,
          single.map((b) => b.trim()),
          { "Content-Type": "application/json" },
          1,
          seconds,
        ),
    ],
  ];
  log(`warm-up: ${WARM_UP_SECONDS} s per target, not measured`);
  for (const [, run] of targets) {
    await settle([logsink, baselines, limited]);
    await run(WARM_UP_SECONDS);
  }
  for (let round = 1; round <= ROUNDS; round++) {
    log(`throughput round ${round}/${ROUNDS} (${SECONDS} s per target, ${CONNECTIONS} connections)`);
    // Every other round runs the targets in reverse order, so that no target always follows another.
    for (const [name, run] of round % 2 === 1 ? targets : [...targets].reverse()) {
      await settle([logsink, baselines, limited]);
      runs[name]?.push(await run());
    }
  }
  for (const [name, list] of Object.entries(runs)) {
    const failures = list.reduce((total, r) => total + r.non2xx, 0);
    if (failures > 0) notes.push(`${name}: ${failures} non-2xx answers or errors during the rounds`);
  }
  const med = (name: string, field: keyof LoadResult) => median((runs[name] ?? []).map((r) => r[field]));
  figures["ingest.lines_per_s"] = med("logsink", "lines_per_s");
  // Each wire format's records/s, and its ratio to /v1/logs NDJSON in the same run.
  for (const protocol of WIRE_FORMATS) {
    figures[`ingest.${protocol}_records_per_s`] = med(`logsink_${protocol}`, "lines_per_s");
    figures[`ingest.${protocol}_ratio_vs_ndjson`] =
      (figures[`ingest.${protocol}_records_per_s`] ?? 0) / (figures["ingest.lines_per_s"] ?? 1);
  }
  figures["ingest.enqueue_only_lines_per_s"] = med("enqueue_only", "lines_per_s");
  figures["ingest.noop_lines_per_s"] = med("noop", "lines_per_s");
  figures["ingest.ratio_vs_enqueue_only"] =
    (figures["ingest.lines_per_s"] ?? 0) / (figures["ingest.enqueue_only_lines_per_s"] ?? 1);
  figures["ingest.ratio_vs_noop"] = (figures["ingest.lines_per_s"] ?? 0) / (figures["ingest.noop_lines_per_s"] ?? 1);
  figures["ingest.single_line_req_per_s"] = med("logsink_single", "req_per_s");
  figures["ingest.seed_single_line_req_per_s"] = med("seed_single", "req_per_s");
  figures["ingest.single_line_ratio_vs_seed"] =
    (figures["ingest.single_line_req_per_s"] ?? 0) / (figures["ingest.seed_single_line_req_per_s"] ?? 1);
  figures["ingest.ratio_vs_seed_lines"] =
    (figures["ingest.lines_per_s"] ?? 0) / (figures["ingest.seed_single_line_req_per_s"] ?? 1);
  figures["ingest.with_local_rate_limiter.lines_per_s"] = med("limited", "lines_per_s");
  figures["ingest.with_local_rate_limiter.ratio_vs_without"] =
    (figures["ingest.with_local_rate_limiter.lines_per_s"] ?? 0) / (figures["ingest.lines_per_s"] ?? 1);
  figures["ingest.with_local_rate_limiter.single_line_req_per_s"] = med("limited_single", "req_per_s");
  figures["ingest.with_local_rate_limiter.single_line_ratio_vs_without"] =
    (figures["ingest.with_local_rate_limiter.single_line_req_per_s"] ?? 0) /
    (figures["ingest.single_line_req_per_s"] ?? 1);
  figures["cost.logsink_ops_per_million_lines.queue_operations"] =
    (logsinkOps.queue_operations * 1e6) / logsinkOps.lines;
  figures["cost.logsink_ops_per_million_lines.r2_class_a"] = (logsinkOps.r2_class_a * 1e6) / logsinkOps.lines;
  figures["cost.logsink_ops_per_million_lines.r2_class_b"] = (logsinkOps.r2_class_b * 1e6) / logsinkOps.lines;
  figures["cost.logsink_ops_per_million_lines.worker_requests"] = (logsinkOps.worker_requests * 1e6) / logsinkOps.lines;
} finally {
  await limited.stop();
  await baselines.stop();
  await logsink.stop();
  rmSync(persistTo, { recursive: true, force: true });
}

// ───────────────────────────────────────────────────────────────────────────────────────────────
const f = (key: string) => figures[key] ?? Number.NaN;
const targets = [
  { name: "ingest.ratio_vs_enqueue_only ≥ 0.8", ok: f("ingest.ratio_vs_enqueue_only") >= 0.8 },
  { name: "ingest.single_line_ratio_vs_seed ≥ 0.8", ok: f("ingest.single_line_ratio_vs_seed") >= 0.8 },
  ...WIRE_FORMATS.map((protocol) => ({
    name: `ingest.${protocol}_ratio_vs_ndjson ≥ 0.8`,
    ok: f(`ingest.${protocol}_ratio_vs_ndjson`) >= 0.8,
  })),
  { name: "ingest.ratio_vs_seed_lines ≥ 100", ok: f("ingest.ratio_vs_seed_lines") >= 100 },
  { name: "cost.ratio_seed_over_logsink ≥ 100", ok: f("cost.ratio_seed_over_logsink") >= 100 },
  { name: "cost.ratio_seed_over_logsink ≥ 800 (issue 15)", ok: f("cost.ratio_seed_over_logsink") >= 800 },
  {
    name: "late data into a 10× larger hour within 1.5× the time",
    ok: f("late_data.ms_large_over_small") <= 1.5,
  },
  {
    name: "20,000-object hour: every invocation under 10,000 subrequests",
    ok: f("fanout_20k_objects.max_r2_calls_per_invocation") < 10_000,
  },
  { name: "storage.bytes_per_line ≤ 0.15 × seed's", ok: f("storage.ratio_logsink_over_seed") <= 0.15 },
  { name: "compaction.mb_per_s ≥ 0.5 × gzip limit", ok: f("compaction.ratio_vs_gzip_limit") >= 0.5 },
  {
    name: "200 MB hour peak RSS ≤ 20 MB hour's + 64 MB",
    ok: f("compaction.peak_rss_mb_200mb_hour") <= f("compaction.peak_rss_mb_20mb_hour") + 64,
  },
  { name: "Parquet bytes per record ≤ 1.0 × gzip NDJSON's", ok: f("storage.parquet_over_ndjson_gz") <= 1.0 },
  {
    name: "parquet.compaction.mb_per_s ≥ 0.5 × gzip limit",
    ok: f("parquet.compaction.ratio_vs_gzip_limit") >= 0.5,
  },
  {
    name: "Parquet 200 MB hour peak RSS ≤ 20 MB hour's + 64 MB",
    ok: f("parquet.compaction.peak_rss_mb_200mb_hour") <= f("parquet.compaction.peak_rss_mb_20mb_hour") + 64,
  },
  { name: "5-minute window ≥ 5× faster on Parquet", ok: f("query.window_5min.speedup_parquet") >= 5 },
  { name: "level=error no slower on Parquet", ok: f("query.level_error.speedup_parquet") >= 1 },
];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const wrangler = execFileSync("node_modules/.bin/wrangler", ["--version"], {
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
})
  .toString()
  .trim();
const results = {
  date: new Date().toISOString(),
  machine,
  wrangler,
  load_generator: { name: "autocannon", version: "8", connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS },
  prices_usd: PRICES,
  storage_days: STORAGE_DAYS,
  operations,
  figures,
  targets,
  notes,
  seconds: (Date.now() - started) / 1000,
};
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/latest.json", `${JSON.stringify(results, null, 2)}\n`);

const format = (value: number) =>
  Number.isNaN(value)
    ? "n/a"
    : Math.abs(value) >= 100
      ? Math.round(value).toLocaleString("en-US")
      : value.toPrecision(3);
const width = Math.max(...Object.keys(figures).map((k) => k.length));
console.log(`logsink bench — ${results.date} — ${machine} — wrangler ${wrangler}`);
console.log(`load: autocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per target, medians\n`);
for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(width)}  ${format(value)}`);
console.log("");
for (const t of targets) console.log(`${t.ok ? "✓" : "✗"} ${t.name}`);
for (const note of notes) console.log(`! ${note}`);
console.log(`\n(${results.seconds.toFixed(0)} s; bench/results/latest.json)`);

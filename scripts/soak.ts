/**
 * `npm run soak -- --minutes N`: a bounded local soak of the whole pipeline under `npm start`'s
 * wrangler dev (its own state directory). Several tenants ingest steadily; some requests are
 * retried with their Idempotency-Key (after the answer, and concurrently), the queue answers are
 * retried as a client would; compactions of the same tenant-hours run concurrently, open hours
 * included. At the end the queue is drained, every hour compacted, and every compacted part read
 * back through the API: the report reconciles sent, accepted, compacted exactly once, lost and
 * duplicated. Exits non-zero when anything was lost or duplicated.
 *
 * Options: --minutes N (default 1), --tenants N (4), --rate N requests/s per tenant (4),
 * --lines N per request (100). Traffic goes to 127.0.0.1 only, and stops by itself.
 */
import { parseArgs } from "node:util";
import { startDevServer } from "./lib/wrangler-dev.ts";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "1" },
    tenants: { type: "string", default: "4" },
    rate: { type: "string", default: "4" },
    lines: { type: "string", default: "100" },
  },
});
const minutes = Number(values.minutes);
const tenantCount = Number(values.tenants);
const rate = Number(values.rate);
const linesPerRequest = Number(values.lines);
if (![minutes, tenantCount, rate, linesPerRequest].every((n) => Number.isFinite(n) && n > 0)) {
  console.error("usage: npm run soak -- [--minutes N] [--tenants N] [--rate N] [--lines N]");
  process.exit(2);
}

const ADMIN = { Authorization: "Bearer dev-admin-token" };
const HOURS_SPREAD = 3; // records fall in the current hour and the two before it
const tenants = Array.from({ length: tenantCount }, (_, i) => `soak-${i}`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const hourOf = (ms: number) => new Date(ms).toISOString().slice(0, 13);
const log = (line: string) => process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

const counts = {
  requests: 0,
  sent: 0,
  accepted: 0,
  retried_503: 0,
  idempotent_repeats: 0,
  concurrent_repeats: 0,
  compactions: 0,
  compactions_busy: 0,
  compaction_errors: 0,
};
const touched = new Set<string>(); // "tenant hour"
const sentKeys: string[] = []; // each request's key; its lines' messages are `<key>-<i>`

log("starting npm start's wrangler dev");
const server = await startDevServer();
log(`logsink at ${server.url} (state ${server.persistTo})`);

/** POSTs one batch until it is answered 202 (retrying 429/5xx/network errors with the same key). */
async function ingest(tenant: string, key: string, body: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${server.url}/v1/logs?tenant=${tenant}`, {
        method: "POST",
        body,
        headers: { ...ADMIN, "Content-Type": "application/x-ndjson", "Idempotency-Key": key },
      });
      const answer = (await res.json().catch(() => undefined)) as { accepted?: number } | undefined;
      if (res.status === 202 && typeof answer?.accepted === "number") return answer.accepted;
      if (res.status !== 429 && res.status < 500) throw new Error(`ingest answered ${res.status}`);
      counts.retried_503++;
    } catch (error) {
      if (attempt >= 20) throw error;
    }
    await sleep(Math.min(5_000, 100 * 2 ** attempt));
  }
}

let sequence = 0;
async function tenantLoop(tenant: string, until: number): Promise<void> {
  const pending: Promise<void>[] = [];
  while (Date.now() < until) {
    const started = Date.now();
    const n = sequence++;
    const key = `${tenant}-${n}`;
    sentKeys.push(key);
    const now = Date.now();
    const lines: string[] = [];
    for (let i = 0; i < linesPerRequest; i++) {
      const ts = now - Math.floor(Math.random() * HOURS_SPREAD * 3_600_000 * 0.99);
      touched.add(`${tenant} ${hourOf(ts)}`);
      lines.push(JSON.stringify({ msg: `${key}-${i}`, ts: new Date(ts).toISOString(), level: "info" }));
    }
    const body = `${lines.join("\n")}\n`;
    counts.requests++;
    counts.sent += linesPerRequest;
    const roll = Math.random();
    pending.push(
      (async () => {
        if (roll < 0.05) {
          // The same request twice at once (a client that timed out and resent).
          counts.concurrent_repeats++;
          const [a] = await Promise.all([ingest(tenant, key, body), ingest(tenant, key, body)]);
          counts.accepted += a;
        } else {
          // Not `counts.accepted += await …`: that reads the counter before the await.
          const accepted = await ingest(tenant, key, body);
          counts.accepted += accepted;
          if (roll < 0.15) {
            // Resent after its answer was lost.
            counts.idempotent_repeats++;
            await ingest(tenant, key, body);
          }
        }
      })(),
    );
    await sleep(Math.max(0, 1000 / rate - (Date.now() - started)));
  }
  await Promise.all(pending);
}

/** One admin compaction; 409 (another run has the hour) is expected under concurrency. */
async function compact(tenant: string, hour: string): Promise<"done" | "busy"> {
  const res = await fetch(`${server.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, {
    method: "POST",
    headers: ADMIN,
  });
  await res.arrayBuffer();
  if (res.status === 200) {
    counts.compactions++;
    return "done";
  }
  if (res.status === 409) {
    counts.compactions_busy++;
    return "busy";
  }
  counts.compaction_errors++;
  throw new Error(`compaction of ${tenant} ${hour} answered ${res.status}`);
}

async function compactionLoop(until: number): Promise<void> {
  while (Date.now() < until) {
    await sleep(3_000);
    const pairs = [...touched];
    const pick = pairs[Math.floor(Math.random() * pairs.length)];
    if (pick === undefined) continue;
    const [tenant = "", hour = ""] = pick.split(" ");
    // Two compactions of the same tenant-hour at once, while records still arrive.
    await Promise.allSettled([compact(tenant, hour), compact(tenant, hour)]);
  }
}

/** Every record of a tenant's listed objects of `kind`, counted by message. */
async function readBack(kind: "raw" | "compacted", seen: Map<string, number>): Promise<number> {
  let objects = 0;
  const from = new Date(Date.now() - (HOURS_SPREAD + 1) * 3_600_000).toISOString();
  const to = new Date(Date.now() + 3_600_000).toISOString();
  for (const tenant of tenants) {
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ from, to, kind, tenant, ...(cursor ? { cursor } : {}) });
      const res = await fetch(`${server.url}/v1/objects?${query}`, { headers: ADMIN });
      const page = (await res.json()) as { objects: { key: string }[]; cursor: string | null };
      for (const { key } of page.objects) {
        objects++;
        if (kind === "raw") continue;
        const body = await (await fetch(`${server.url}/v1/objects/${key}`, { headers: ADMIN })).text();
        for (const line of body.split("\n")) {
          if (line === "") continue;
          const message = (JSON.parse(line) as { message: string }).message;
          seen.set(message, (seen.get(message) ?? 0) + 1);
        }
      }
      cursor = page.cursor;
    } while (cursor !== null);
  }
  return objects;
}

let exitCode = 0;
try {
  const until = Date.now() + minutes * 60_000;
  log(`ingesting for ${minutes} min: ${tenantCount} tenants × ${rate} req/s × ${linesPerRequest} lines`);
  const progress = setInterval(
    () => log(`${counts.sent} lines sent, ${counts.accepted} accepted, ${counts.compactions} compactions`),
    15_000,
  );
  await Promise.all([...tenants.map((t) => tenantLoop(t, until)), compactionLoop(until)]);
  clearInterval(progress);

  log("draining the queue: waiting until raw objects stop appearing");
  let last = -1;
  for (let stable = 0; stable < 4; ) {
    await sleep(2_500);
    const now = await readBack("raw", new Map());
    stable = now === last ? stable + 1 : 0;
    last = now;
  }

  log(`compacting every touched tenant-hour (${touched.size})`);
  for (const pair of touched) {
    const [tenant = "", hour = ""] = pair.split(" ");
    for (let attempt = 0; (await compact(tenant, hour)) === "busy"; attempt++) {
      if (attempt > 60) throw new Error(`${pair} stayed busy`);
      await sleep(2_000);
    }
  }

  log("reading every compacted part back through GET /v1/objects");
  const seen = new Map<string, number>();
  const parts = await readBack("compacted", seen);
  const rawLeft = await readBack("raw", new Map());
  let once = 0;
  let duplicated = 0;
  let lost = 0;
  for (const key of sentKeys) {
    for (let i = 0; i < linesPerRequest; i++) {
      const n = seen.get(`${key}-${i}`) ?? 0;
      if (n === 0) lost++;
      else if (n === 1) once++;
      else duplicated++;
    }
  }
  const report = {
    minutes,
    ...counts,
    hours: touched.size,
    parts,
    raw_objects_left: rawLeft,
    compacted_exactly_once: once,
    lost,
    duplicated,
  };
  console.log(JSON.stringify(report, null, 2));
  if (lost !== 0 || duplicated !== 0 || counts.accepted !== counts.sent || rawLeft !== 0) exitCode = 1;
} catch (error) {
  console.error(`soak failed: ${error instanceof Error ? error.stack : error}\n${server.output().slice(-3000)}`);
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);

/**
 * `npm run download -- --from … --to … --out DIR [--kind raw|compacted]`: mirrors a tenant's
 * stored objects under DIR, keys as paths, as the gzip or Parquet files they are. Objects already
 * downloaded and unchanged (same ETag) are skipped.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { dirname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { clientConfig, describeFailure, ENVIRONMENT_HELP, request } from "./lib/client.ts";
import { Progress } from "./lib/progress.ts";

const HELP = `Usage: npm run download -- --from TIME --to TIME --out DIR [options]

Downloads the stored objects whose hour is in [from, to] into DIR, mirroring their keys
(DIR/logs/tenant=…/dt=…/hour=…/part-00000.ndjson.gz, DIR/raw/…), as the files they are: gzip
NDJSON that zcat, jq and DuckDB read as is, and Parquet parts (part-00000.parquet, PART_FORMAT)
for DuckDB's read_parquet('DIR/logs/**/*.parquet', hive_partitioning = true). Files already
downloaded and unchanged (same ETag) are skipped; the ETags are kept in DIR/.logsink-etags.json.

Options:
  --kind KIND       raw or compacted (default both)
  --tenant NAME     (admin tokens) the tenant to read
  --concurrency N   downloads at once (default 4)
  --help            this text

${ENVIRONMENT_HELP}`;

const { values } = parseArgs({
  options: {
    from: { type: "string" },
    to: { type: "string" },
    out: { type: "string" },
    kind: { type: "string" },
    tenant: { type: "string" },
    concurrency: { type: "string", default: "4" },
    help: { type: "boolean" },
  },
});
if (values.help || values.from === undefined || values.to === undefined || values.out === undefined) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}

interface Listed {
  key: string;
  size: number;
}

const config = clientConfig();
const out = resolve(values.out);
const etagFile = join(out, ".logsink-etags.json");
const etags: Record<string, string> = JSON.parse(await readFile(etagFile, "utf8").catch(() => "{}"));
const counts = { listed: 0, downloaded: 0, skipped: 0, failed: 0, bytes: 0 };
const progress = new Progress(
  () =>
    `${counts.downloaded + counts.skipped}/${counts.listed} objects (${counts.downloaded} downloaded, ` +
    `${counts.skipped} unchanged), ${(counts.bytes / 1e6).toFixed(1)} MB`,
);

/** A key as the server lists it becomes a path under --out, and nothing can climb out of it. */
function targetOf(key: string): string {
  const target = resolve(out, key);
  if (!/^(raw|logs)\/[A-Za-z0-9=_./-]+$/.test(key) || key.includes("..") || !target.startsWith(out + sep)) {
    throw new Error(`refusing to write outside ${out}: ${key}`);
  }
  return target;
}

/** GETs an object without decoding it (fetch would gunzip it): the file stays the gzip object. */
function getRaw(key: string, etag: string | undefined): Promise<IncomingMessage> {
  const url = new URL(`${config.url}/v1/objects/${key}`);
  const headers: Record<string, string> = { Authorization: `Bearer ${config.token}` };
  if (etag !== undefined) headers["If-None-Match"] = etag;
  return new Promise((resolvePromise, rejectPromise) => {
    const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, { headers }, resolvePromise);
    req.on("error", rejectPromise);
    req.end();
  });
}

async function download(object: Listed): Promise<void> {
  const target = targetOf(object.key);
  const res = await getRaw(object.key, etags[object.key]);
  if (res.statusCode === 304) {
    res.resume();
    counts.skipped++;
    return;
  }
  if (res.statusCode !== 200) {
    res.resume();
    throw new Error(`${object.key}: HTTP ${res.statusCode}`);
  }
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const file = createWriteStream(partial);
  res.on("data", (chunk: Buffer) => {
    counts.bytes += chunk.byteLength;
  });
  res.pipe(file);
  await once(file, "finish");
  await rename(partial, target);
  const etag = res.headers.etag;
  if (etag !== undefined) etags[object.key] = etag;
  counts.downloaded++;
}

const base = new URLSearchParams({ from: values.from, to: values.to });
if (values.kind !== undefined) base.set("kind", values.kind);
if (values.tenant !== undefined) base.set("tenant", values.tenant);
const concurrency = Math.max(1, Number(values.concurrency));
let cursor: string | null = null;
let failed = false;
do {
  const query = new URLSearchParams(base);
  if (cursor !== null) query.set("cursor", cursor);
  const res = await request(config, `/v1/objects?${query}`);
  if (!res.ok) {
    console.error(`listing failed: ${await describeFailure(res)}`);
    process.exit(1);
  }
  const page = (await res.json()) as { objects: Listed[]; cursor: string | null };
  counts.listed += page.objects.length;
  const queue = [...page.objects];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let object = queue.shift(); object !== undefined; object = queue.shift()) {
        try {
          await download(object);
        } catch (error) {
          counts.failed++;
          failed = true;
          console.error(`\n${error instanceof Error ? error.message : error}`);
        }
      }
    }),
  );
  cursor = page.cursor;
} while (cursor !== null);
await mkdir(out, { recursive: true });
await writeFile(etagFile, JSON.stringify(etags, null, 1));
progress.stop();
console.error(`${counts.downloaded} downloaded, ${counts.skipped} unchanged, ${counts.failed} failed → ${out}`);
process.exit(failed ? 1 : 0);

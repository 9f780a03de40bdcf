import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zstdDecompressSync } from "node:zlib";
import { DuckDBInstance } from "@duckdb/node-api";
import { asyncBufferFromUrl, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "./cli";
import { type DevServer, startDevServer } from "./dev-server";
import { withLocalBucket } from "./local-r2";

let server: DevServer;
const out = mkdtempSync(join(tmpdir(), "logsink-parquet-"));

beforeAll(async () => {
  // As the README says: npm start -- --var PART_FORMAT:parquet
  server = await startDevServer({ args: ["--var", "PART_FORMAT:parquet"] });
});

afterAll(async () => {
  await server?.stop();
  rmSync(out, { recursive: true, force: true });
});

const admin = { Authorization: "Bearer dev-admin-token" };

function rawLines(tenant: string): Promise<number> {
  return withLocalBucket(server.persistTo, async (bucket) => {
    const listed = await bucket.list({ prefix: `raw/tenant=${tenant}/`, include: ["customMetadata"] });
    return listed.objects.reduce((sum, o) => sum + Number(o.customMetadata?.lines ?? 0), 0);
  });
}

async function duckdb(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("Parquet parts under npm start -- --var PART_FORMAT:parquet", () => {
  it("compacts to part-NNNNN.parquet that DuckDB reads with hive partitioning: every record once, typed", async () => {
    const tenant = `e2e-pq-${Date.now().toString(36)}`;
    const hour = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 13);
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({
        msg: `parquet e2e ${i}`,
        ts: `${hour}:${String(i % 60).padStart(2, "0")}:00.${String(i % 1000).padStart(3, "0")}Z`,
        level: i % 10 === 0 ? "error" : "info",
        service: i % 2 === 0 ? "api" : undefined,
        user: { id: i },
      }),
    );
    const res = await fetch(`${server.url}/v1/logs?tenant=${tenant}`, {
      method: "POST",
      body: `${lines.join("\n")}\n`,
      headers: { ...admin, "Content-Type": "application/x-ndjson" },
    });
    expect(res.status, server.output()).toBe(202);
    await vi.waitUntil(async () => (await rawLines(tenant)) >= 3000, { timeout: 30_000, interval: 500 });
    const before = await (
      await fetch(`${server.url}/v1/logs?tenant=${tenant}&from=${hour}:00Z&to=${hour}:59:59.999Z&limit=100000`, {
        headers: admin,
      })
    ).text();

    const compact = await fetch(`${server.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, {
      method: "POST",
      headers: admin,
    });
    expect(compact.status, server.output()).toBe(200);
    expect(await compact.json()).toMatchObject({ tenant, hour, parts: 1, lines: 3000 });

    // The same query answers the same records from the Parquet part, line for line (within an hour
    // the order is not fixed: the part's row groups are by five minutes of event time).
    const after = await (
      await fetch(`${server.url}/v1/logs?tenant=${tenant}&from=${hour}:00Z&to=${hour}:59:59.999Z&limit=100000`, {
        headers: admin,
      })
    ).text();
    const sortedLines = (text: string) => text.split("\n").filter(Boolean).sort();
    expect(sortedLines(after)).toHaveLength(3000);
    expect(sortedLines(after)).toEqual(sortedLines(before));

    // npm run download mirrors the part under its key: logs/tenant=…/dt=…/hour=…/part-00000.parquet.
    const env = { LOGSINK_URL: server.url, LOGSINK_TOKEN: "dev-admin-token" };
    const download = await runCli(
      "download",
      ["--from", `${hour}:00Z`, "--to", `${hour}:00Z`, "--out", out, "--tenant", tenant, "--kind", "compacted"],
      env,
    );
    expect(download.code, download.stderr).toBe(0);

    // hyparquet reads the part in place over HTTP: a HEAD for its size, then byte ranges (206).
    const listing = (await (
      await fetch(`${server.url}/v1/objects?from=${hour}:00Z&to=${hour}:00Z&tenant=${tenant}&kind=compacted`, {
        headers: admin,
      })
    ).json()) as { objects: { key: string }[] };
    const statuses: number[] = [];
    const file = await asyncBufferFromUrl({
      url: `${server.url}/v1/objects/${listing.objects[0]?.key}`,
      requestInit: { headers: admin },
      fetch: async (url, init) => {
        const res = await fetch(url, init);
        statuses.push(res.status);
        return res;
      },
    });
    const ids = await parquetReadObjects({
      file,
      columns: ["id"],
      compressors: { ZSTD: (input: Uint8Array) => zstdDecompressSync(input) },
    });
    expect(new Set(ids.map((r) => r.id)).size).toBe(3000);
    expect(statuses.length).toBeGreaterThan(1);
    expect(statuses[0]).toBe(200); // the HEAD
    expect(statuses.slice(1).every((status) => status === 206)).toBe(true);

    const glob = `${out}/logs/**/*.parquet`;
    const [counts] = await duckdb(
      `SELECT count(*) AS records, count(DISTINCT id) AS ids, count(*) FILTER (level = 'error') AS errors,
              min(hour) AS hour, min(tenant) AS tenant
       FROM read_parquet('${glob}', hive_partitioning = true)`,
    );
    expect(counts).toEqual({ records: "3000", ids: "3000", errors: "300", hour: hour.slice(11), tenant });
    const types = Object.fromEntries(
      (await duckdb(`DESCRIBE SELECT * FROM read_parquet('${glob}', hive_partitioning = true)`)).map((r) => [
        r.column_name,
        r.column_type,
      ]),
    );
    expect(types).toMatchObject({
      id: "VARCHAR",
      timestamp: "TIMESTAMP WITH TIME ZONE",
      received_at: "TIMESTAMP WITH TIME ZONE",
      tenant: "VARCHAR",
      level: "VARCHAR",
      service: "VARCHAR",
      host: "VARCHAR",
      message: "VARCHAR",
      trace_id: "VARCHAR",
      span_id: "VARCHAR",
      attributes: "VARCHAR",
    });
    const [first] = await duckdb(
      `SELECT strftime(timestamp AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') AS ts, message, service,
              json_extract(attributes, '$.user.id')::INT AS user_id
       FROM read_parquet('${glob}') WHERE message = 'parquet e2e 7'`,
    );
    expect(first).toEqual({ ts: `${hour}:07:00.007`, message: "parquet e2e 7", service: null, user_id: 7 });
  });
});

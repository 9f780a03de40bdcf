import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "./cli";
import { type DevServer, startDevServer } from "./dev-server";

let server: DevServer;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startDevServer();
  env = { LOGSINK_URL: server.url, LOGSINK_TOKEN: "dev-admin-token" };
});

afterAll(async () => {
  await server?.stop();
});

const work = mkdtempSync(join(tmpdir(), "logsink-cli-"));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ndjson.gz"))
    .map((e) => join(e.parentPath, e.name));
}

describe("npm run send / query / download against the real wrangler dev", () => {
  const tenant = `cli-${Date.now().toString(36)}`;
  const hour = new Date().toISOString().slice(0, 13);
  const from = `${hour}:00Z`;
  const to = new Date(Date.parse(from) + 3_600_000).toISOString();

  it("sends a file of a few thousand lines, and query returns each of them once", async () => {
    const file = join(work, "app.ndjson");
    const levels = ["info", "warn", "error"];
    const lines = Array.from({ length: 3500 }, (_, i) =>
      // An explicit time in this hour: a run that crosses the hour boundary stays in one hour.
      JSON.stringify({
        msg: `cli line ${i}`,
        ts: `${hour}:${String(i % 60).padStart(2, "0")}:00Z`,
        level: levels[i % 3],
        service: i % 2 ? "web" : "api",
      }),
    );
    writeFileSync(file, `${lines.join("\n")}\n`);
    const sent = await runCli("send", ["--tenant", tenant, file], env);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stderr).toMatch(/3500 lines read .* 3500 accepted, 0 rejected, 0 not sent/);
    expect(sent.stdout).toBe("");

    const all = await vi.waitUntil(
      async () => {
        const q = await runCli("query", ["--from", from, "--to", to, "--tenant", tenant, "--limit", "100000"], env);
        const records = q.stdout.trimEnd().split("\n").filter(Boolean);
        return records.length >= 3500 ? records.map((l) => JSON.parse(l) as { message: string }) : undefined;
      },
      { timeout: 30_000, interval: 1000 },
    );
    expect(all).toHaveLength(3500);
    expect(new Set(all.map((r) => r.message)).size).toBe(3500);

    const errors = await runCli(
      "query",
      ["--from", from, "--to", to, "--tenant", tenant, "--level", "error", "--service", "web"],
      env,
    );
    const parsed = errors.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { level: string; service: string });
    expect(parsed.length).toBe(
      Array.from({ length: 3500 }, (_, i) => i).filter((i) => i % 3 === 2 && i % 2 === 1).length,
    );
    expect(parsed.every((r) => r.level === "error" && r.service === "web")).toBe(true);
  });

  it("downloads the objects as gzip files that zcat reads, and skips them when unchanged", async () => {
    const compact = await fetch(`${server.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-admin-token" },
    });
    expect(compact.status).toBe(200);
    const out = join(work, "logs");
    const first = await runCli("download", ["--from", from, "--to", from, "--out", out, "--tenant", tenant], env);
    expect(first.code, first.stderr).toBe(0);
    const downloaded = files(out);
    expect(downloaded.length).toBeGreaterThan(0);
    expect(downloaded.every((f) => f.includes(`/logs/tenant=${tenant}/`))).toBe(true);
    const records = downloaded.flatMap((f) => gunzipSync(readFileSync(f)).toString().trimEnd().split("\n"));
    expect(records).toHaveLength(3500);
    expect(
      execFileSync("sh", ["-c", `zcat ${JSON.stringify(downloaded[0])} | wc -l`])
        .toString()
        .trim(),
    ).toBe(String(records.length));

    const again = await runCli("download", ["--from", from, "--to", from, "--out", out, "--tenant", tenant], env);
    expect(again.stderr).toMatch(/0 downloaded, \d+ unchanged, 0 failed/);
  });

  it("exits non-zero and names the lines when some are rejected", async () => {
    const file = join(work, "bad.ndjson");
    writeFileSync(file, '{"msg":"fine"}\n{"level":"info"}\n{"msg":"also fine"}\n');
    const result = await runCli("send", ["--tenant", tenant, file], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 accepted, 1 rejected/);
    expect(result.stderr).toMatch(/bad\.ndjson:2: the record has no message/);
  });

  it("sends stdin as text when it is not NDJSON", async () => {
    const result = await runCli(
      "send",
      ["--tenant", tenant, "--service", "stdin-test"],
      env,
      "plain line one\nplain line two\n",
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/2 accepted/);
  });
});

/** Starts a stub server on a free loopback port and returns the port. */
async function listen(stub: Server): Promise<number> {
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const address = stub.address();
  return typeof address === "object" && address !== null ? address.port : 0;
}

describe("npm run send retries", () => {
  it("retries a 503 (honouring Retry-After) with the same Idempotency-Key, then succeeds", async () => {
    const seen: { key: string | undefined; encoding: string | undefined; lines: number }[] = [];
    const stub = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const lines = gunzipSync(Buffer.concat(chunks)).toString().trimEnd().split("\n").length;
        seen.push({ key: req.headers["idempotency-key"] as string, encoding: req.headers["content-encoding"], lines });
        if (seen.length === 1) {
          res.writeHead(503, { "Content-Type": "application/json", "Retry-After": "1" });
          res.end(JSON.stringify({ error: "the queue is unavailable", accepted: 0 }));
        } else {
          res.writeHead(202, { "Content-Type": "application/json" });
          res.end(JSON.stringify({ accepted: lines, rejected: 0, errors: [] }));
        }
      });
    });
    const port = await listen(stub);
    try {
      const started = Date.now();
      const result = await runCli(
        "send",
        [],
        { LOGSINK_URL: `http://127.0.0.1:${port}`, LOGSINK_TOKEN: "t" },
        "a\nb\nc\n",
      );
      expect(result.code, result.stderr).toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
      expect(seen).toHaveLength(2);
      expect(seen[0]?.key).toBeDefined();
      expect(seen[1]?.key).toBe(seen[0]?.key);
      expect(seen.map((s) => [s.encoding, s.lines])).toEqual([
        ["gzip", 3],
        ["gzip", 3],
      ]);
    } finally {
      stub.close();
    }
  });

  it("sends a batch again, with the same key, when a 202's body cannot be read", async () => {
    const keys: (string | undefined)[] = [];
    const stub = createServer((req: IncomingMessage, res) => {
      req.resume();
      req.on("end", () => {
        keys.push(req.headers["idempotency-key"] as string | undefined);
        res.writeHead(202, { "Content-Type": "application/json" });
        // The first answer is cut short on the way; the retry's arrives whole.
        res.end(keys.length === 1 ? '{"accepted":' : JSON.stringify({ accepted: 2, rejected: 0, errors: [] }));
      });
    });
    const port = await listen(stub);
    try {
      const result = await runCli(
        "send",
        [],
        { LOGSINK_URL: `http://127.0.0.1:${port}`, LOGSINK_TOKEN: "t" },
        "a\nb\n",
      );
      expect(result.code, result.stderr).toBe(0);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(result.stderr).toMatch(/2 accepted/);
    } finally {
      stub.close();
    }
  });

  it("gives up with a non-zero exit when the server never recovers", async () => {
    const stub = createServer((_req, res) => {
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: "boom" }));
    });
    const port = await listen(stub);
    try {
      const result = await runCli(
        "send",
        ["--retries", "2"],
        { LOGSINK_URL: `http://127.0.0.1:${port}`, LOGSINK_TOKEN: "t" },
        "x\n",
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/1 lines not sent after 2 attempts: 500: boom/);
    } finally {
      stub.close();
    }
  });
});

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./cli";
import { type DevServer, startDevServer } from "./dev-server";
import { waitForRecords } from "./read-back";

/**
 * The rate limit under the real `wrangler dev`: the ingest Worker's own wrangler.toml with its
 * `[[ratelimits]]` limit lowered to 3 requests per 10 s (written next to it, removed after).
 */
const CONFIG = "wrangler.rate-limit-test.toml";
const LIMIT = 3;

let server: DevServer;

beforeAll(async () => {
  const toml = readFileSync("wrangler.toml", "utf8");
  const lowered = toml.replace(
    /simple = \{ limit = \d+, period = (10|60) \}/,
    `simple = { limit = ${LIMIT}, period = 10 }`,
  );
  expect(lowered).not.toBe(toml);
  writeFileSync(CONFIG, lowered);
  server = await startDevServer({ ingestConfig: CONFIG });
});

afterAll(async () => {
  await server?.stop();
  rmSync(CONFIG, { force: true });
});

describe("rate limits under the real wrangler dev", () => {
  it("answers 429 with Retry-After over the limit", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 2 * LIMIT + 1 && !statuses.includes(429); i++) {
      const res = await fetch(`${server.url}/v1/logs?tenant=burst`, {
        method: "POST",
        headers: { Authorization: "Bearer dev-admin-token", "Content-Type": "application/x-ndjson" },
        body: '{"msg":"burst"}\n',
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("Retry-After");
      await res.body?.cancel();
    }
    expect(statuses).toContain(429);
    expect(retryAfter).toBe("10");
  });

  it("npm run send backs off on 429 and delivers every line", async () => {
    const count = 7_000; // 7 batches of 1000 lines: more than twice the limit
    const input = Array.from({ length: count }, (_, i) => JSON.stringify({ msg: `limited ${i}` })).join("\n");
    const started = Date.now();
    const sent = await runCli("send", [], { LOGSINK_URL: server.url, LOGSINK_TOKEN: "dev-token" }, input);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stderr).toMatch(/7000 accepted/);
    // 7 requests at 3 per clock-aligned 10 s window need three windows: the CLI waited > 10 s.
    expect(Date.now() - started).toBeGreaterThan(10_000);
    const records = await waitForRecords(server, { token: "dev-token", q: "limited " }, count);
    expect(new Set(records.map((r) => r.message)).size).toBe(count);
  });
});

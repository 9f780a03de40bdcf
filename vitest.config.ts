import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// The same local tokens `npm start` uses (config/dev-tokens.env), so tests and docs agree.
const devTokens = parseEnv(readFileSync("config/dev-tokens.env", "utf8")).API_TOKENS ?? "";
// wrangler checks `[secrets] required` against process.env when it reads the config.
process.env.API_TOKENS ??= devTokens;

export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    // Worker logs (one JSON line per batch or hour) only for failing tests.
    silent: "passed-only",
    projects: [
      {
        // Unit and route tests of the ingest Worker, inside workerd with the local Queue and R2.
        plugins: [
          cloudflareTest({
            main: "./test/ingest-entry.ts",
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // The compactor's vars, for its RPC entrypoint re-exported by test/ingest-entry.ts.
              // Test data carries fixed 2026 event times: a ten-year event-time window keeps them
              // valid; the window's own tests set the deployed defaults.
              bindings: {
                API_TOKENS: devTokens,
                COMPACTION_DELAY_SECONDS: 300,
                MAX_PART_BYTES: 268435456,
                MAX_EVENT_AGE_DAYS: 3650,
              },
              serviceBindings: { COMPACTOR: { name: "logsink-ingest", entrypoint: "CompactorService" } },
              // The compactor's own queue, for the same entrypoint (the admin route and the cron
              // put what they leave on it).
              queueProducers: { COMPACT_QUEUE: { queueName: "logsink-compact" } },
              // Tests about other things must not be throttled; the rate-limit tests swap in the
              // strict limiter.
              ratelimits: {
                RATE_LIMITER: { namespace_id: "1001", simple: { limit: 1_000_000, period: 10 } },
                TEST_RATE_LIMITER: { namespace_id: "1002", simple: { limit: 3, period: 60 } },
              },
            },
          }),
        ],
        // The fuzz tests send 200–500 requests each through the Worker: ~3 s on an idle machine,
        // over vitest's 5 s default when CI's two cores are busy (a Loki fuzz test timed out once).
        test: { name: "ingest", include: ["test/ingest-*.test.ts", "test/normalise-*.test.ts"], testTimeout: 30_000 },
      },
      {
        // The consumer Worker's queue handlers, inside workerd with the local R2.
        plugins: [cloudflareTest({ wrangler: { configPath: "./workers/consumer/wrangler.toml" } })],
        test: { name: "consumer", include: ["test/consumer-*.test.ts"] },
      },
      {
        // The compactor Worker's cron and compaction, inside workerd with the local R2.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./workers/compactor/wrangler.toml" },
            // The tests deliver compaction messages themselves (createMessageBatch, see
            // test/helpers/compaction-queue.ts), so that each delivery is seen and awaited: what
            // the compactor sends goes to a local queue nothing consumes.
            miniflare: { queueProducers: { COMPACT_QUEUE: { queueName: "logsink-compact-in-tests" } } },
          }),
        ],
        test: { name: "compactor", include: ["test/compactor-*.test.ts"] },
      },
      {
        // End-to-end: the real `wrangler dev` (scripts/dev.sh), spoken to over HTTP from Node.
        test: {
          name: "e2e",
          include: ["test/e2e/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

/**
 * `npm run replay-dead-letters -- --date YYYY-MM-DD`: puts one day's dead-lettered messages
 * back on the queue through the admin API, in rounds of --limit, until none is left.
 */
import { parseArgs } from "node:util";
import { clientConfig, describeFailure, ENVIRONMENT_HELP, request } from "./lib/client.ts";

const HELP = `Usage: npm run replay-dead-letters -- --date YYYY-MM-DD [--limit N]

Replays the messages kept under dead-letter/<date>/ (messages that failed every retry) onto
the queue, deleting each stored copy once it is back on the queue. Needs an admin token.
Safe to repeat: records that were already stored once are dropped again at compaction.

${ENVIRONMENT_HELP}`;

const { values } = parseArgs({
  options: { date: { type: "string" }, limit: { type: "string", default: "100" }, help: { type: "boolean" } },
});
if (values.help || values.date === undefined) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}

const config = clientConfig();
let total = 0;
let skipped = 0;
let cursor: string | null = null;
do {
  const query = new URLSearchParams({ date: values.date, limit: values.limit });
  if (cursor !== null) query.set("cursor", cursor);
  const res = await request(config, `/v1/admin/dead-letters/replay?${query}`, { method: "POST" });
  if (!res.ok) {
    console.error(`replay failed: ${await describeFailure(res)}`);
    process.exit(1);
  }
  const body = (await res.json()) as {
    replayed: number;
    skipped: { key: string; reason: string }[];
    cursor: string | null;
  };
  total += body.replayed;
  skipped += body.skipped.length;
  for (const s of body.skipped) console.error(`skipped ${s.key}: ${s.reason}`);
  console.error(`replayed ${total} so far`);
  cursor = body.cursor;
} while (cursor !== null);
console.log(JSON.stringify({ date: values.date, replayed: total, skipped }));
process.exit(skipped > 0 ? 1 : 0);

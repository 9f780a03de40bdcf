/**
 * `npm run query -- --from … --to … [--level …] [--service …] [--q …]`: prints the matching
 * records as NDJSON on stdout, as the server streams them.
 */
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { clientConfig, describeFailure, ENVIRONMENT_HELP, request } from "./lib/client.ts";

const HELP = `Usage: npm run query -- --from TIME --to TIME [options]

Prints the records whose event time is in [from, to) as NDJSON on stdout, oldest hour first,
each record once, whether or not its hour was compacted yet. Times are ISO-8601, e.g.
2026-11-26T16:00Z.

Options:
  --level LEVEL     at least this level: trace, debug, info, warn, error, fatal
  --service NAME    exactly this service
  --q TEXT          messages containing TEXT (case-sensitive)
  --limit N         at most N records (the server's default is 10000, its maximum 1000000)
  --tenant NAME     (admin tokens) the tenant to read
  --help            this text

${ENVIRONMENT_HELP}`;

const { values } = parseArgs({
  options: {
    from: { type: "string" },
    to: { type: "string" },
    level: { type: "string" },
    service: { type: "string" },
    q: { type: "string" },
    limit: { type: "string" },
    tenant: { type: "string" },
    help: { type: "boolean" },
  },
});
if (values.help || values.from === undefined || values.to === undefined) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}

const query = new URLSearchParams();
for (const name of ["from", "to", "level", "service", "q", "limit", "tenant"] as const) {
  const value = values[name];
  if (value !== undefined) query.set(name, value);
}
const res = await request(clientConfig(), `/v1/logs?${query}`);
if (!res.ok || res.body === null) {
  console.error(`query failed: ${await describeFailure(res)}`);
  process.exit(1);
}
await res.body.pipeTo(Writable.toWeb(process.stdout));

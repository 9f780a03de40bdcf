/**
 * Used by scripts/dev.sh: `wrangler dev` applies `--var NAME:VALUE` to the first config only (the
 * ingest Worker), so a var of the consumer or the compactor (`npm start -- --var PART_FORMAT:parquet`)
 * would never reach it. For each of those configs that declares a var given with `--var`, this
 * writes a copy beside it with the value replaced (`wrangler.dev-vars-<digest>.local.toml`,
 * git-ignored, named by its content so that servers started with other vars never share one)
 * and prints the config to run, one per line, in order.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const CONFIGS = ["workers/consumer/wrangler.toml", "workers/compactor/wrangler.toml"];

/** `--var A:1 B:2`, `--var=A:1`: every NAME:VALUE pair given. */
function varsOf(args: string[]): Map<string, string> {
  const vars = new Map<string, string>();
  const add = (pair: string) => {
    const colon = pair.indexOf(":");
    if (colon > 0) vars.set(pair.slice(0, colon), pair.slice(colon + 1));
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg.startsWith("--var=")) add(arg.slice("--var=".length));
    else if (arg === "--var") {
      while (i + 1 < args.length && !(args[i + 1] ?? "-").startsWith("-")) add(args[++i] ?? "");
    }
  }
  return vars;
}

const vars = varsOf(process.argv.slice(2));
for (const config of CONFIGS) {
  let text = readFileSync(config, "utf8");
  let changed = false;
  for (const [name, value] of vars) {
    const line = new RegExp(`^${name.replace(/[^A-Za-z0-9_]/g, "")} = .*$`, "m");
    if (!line.test(text)) continue;
    // A TOML basic string: JSON's escapes are TOML's.
    text = text.replace(line, () => `${name} = ${JSON.stringify(value)}`);
    changed = true;
  }
  if (!changed) {
    console.log(config);
    continue;
  }
  const digest = createHash("sha256").update(text).digest("hex").slice(0, 12);
  const local = join(dirname(config), `wrangler.dev-vars-${digest}.local.toml`);
  writeFileSync(local, text);
  console.log(local);
}

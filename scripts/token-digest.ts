/**
 * `npm run token-digest -- <token>` (or the token on stdin): prints the SHA-256 hex digest that
 * API_TOKENS may hold instead of the plain token, and a fresh random token when asked with --new.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { new: { type: "boolean" }, help: { type: "boolean" } },
  allowPositionals: true,
});
if (values.help) {
  console.log(
    "Usage: npm run token-digest -- <token>   |   echo -n <token> | npm run token-digest   |   npm run token-digest -- --new",
  );
  process.exit(0);
}
const token = values.new ? randomBytes(32).toString("base64url") : (positionals[0] ?? readFileSync(0, "utf8").trim());
if (token === "") {
  console.error("no token given");
  process.exit(2);
}
const digest = createHash("sha256").update(token).digest("hex");
console.log(values.new ? JSON.stringify({ token, sha256: digest }) : digest);

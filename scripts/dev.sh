#!/usr/bin/env bash
# `npm start`: all three Workers in one local `wrangler dev`, with the local Queue and R2
# simulation; state under .wrangler/state. Only the first config (ingest) is served on the port.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false
# `--var NAME:VALUE` reaches only the first Worker; dev-vars.ts gives the consumer and the
# compactor the vars they declare (e.g. `npm start -- --var PART_FORMAT:parquet`).
workers=()
while IFS= read -r config; do workers+=("$config"); done < <(node scripts/dev-vars.ts "$@")
if [ "${#workers[@]}" -ne 2 ]; then
  echo "npm start: scripts/dev-vars.ts did not name the consumer's and compactor's configs" >&2
  exit 1
fi
# LOGSINK_INGEST_CONFIG runs the ingest Worker from another config (tests: a lower rate limit).
exec wrangler dev \
  -c "${LOGSINK_INGEST_CONFIG:-wrangler.toml}" -c "${workers[0]}" -c "${workers[1]}" \
  --persist-to "${PERSIST_TO:-.wrangler/state}" \
  --env-file config/dev-tokens.env \
  --ip "${HOST:-127.0.0.1}" --port "${PORT:-8787}" \
  --show-interactive-dev-session=false \
  "$@"

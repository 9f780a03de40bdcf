#!/usr/bin/env bash
# Generates each Worker's Env type from its wrangler config (`npm run types`), or with --check
# fails when a committed file is stale (CI). Runtime types come from @cloudflare/workers-types.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false
mode=()
[ "${1:-}" = "--check" ] && mode=(--check)
gen() { # worker-dir config interface [config of a Worker it binds to, for typed RPC]
  wrangler types "$1/worker-configuration.d.ts" -c "$2" ${4:+-c "$4"} --env-interface "$3" \
    --include-runtime=false --strict-vars=false --include-main-module=false "${mode[@]}" >/dev/null
}
# The ingest Worker calls the compactor's RPC entrypoint: its config comes second, so that
# COMPACTOR is typed as Service<CompactorService>.
gen workers/ingest wrangler.toml IngestEnv workers/compactor/wrangler.toml
gen workers/consumer workers/consumer/wrangler.toml ConsumerEnv
gen workers/compactor workers/compactor/wrangler.toml CompactorEnv
gen bench/baselines bench/baselines/wrangler.toml BaselineEnv
[ ${#mode[@]} -eq 0 ] || echo "worker-configuration.d.ts files are up to date"

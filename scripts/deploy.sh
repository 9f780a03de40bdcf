#!/usr/bin/env bash
# `npm run deploy`: deploys the three Workers (consumer and compactor first, since the ingest
# Worker's bindings point at them). `npm run deploy:dry-run` (or `--dry-run`) only bundles
# each Worker and validates its config, without a network: what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false
extra=()
if [ "${1:-}" = "--dry-run" ]; then extra=(--dry-run); fi
for config in workers/consumer/wrangler.toml workers/compactor/wrangler.toml wrangler.toml; do
  name=$(basename "$(dirname "$config")")
  [ "$config" = wrangler.toml ] && name=ingest
  echo "── deploy ${extra[*]} $name ($config)"
  if [ ${#extra[@]} -gt 0 ]; then
    wrangler deploy -c "$config" --dry-run --outdir "dist/$name"
  else
    wrangler deploy -c "$config"
  fi
done

#!/usr/bin/env bash
# `npm run gen:proto`: generates src/decoders/gen/ (TypeScript for @bufbuild/protobuf) from the
# official protocol definitions, taken from the npm packages that ship them, with buf and
# protoc-gen-es (both devDependencies; buf runs offline). The output is committed; run this again
# only to change the definitions' versions below.
#   OpenTelemetry: opentelemetry-proto as shipped in @opentelemetry/otlp-grpc-exporter-base 0.38.0
#     (the last release that ships the .proto files; newer fields such as LogRecord.event_name are
#     skipped as unknown fields when decoding).
#   google.rpc.Status (OTLP's error body): google-proto-files 5.0.3.
#   The export response with partial_success, which those .proto files predate: proto/logsink/
#     (same field numbers and names as opentelemetry-proto v1).
#   Loki's push request (with structured metadata, which the copy npm ships predates):
#     proto/logsink/loki/v1/push.proto (field numbers of grafana/loki pkg/push/push.proto).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack -q @opentelemetry/otlp-grpc-exporter-base@0.38.0 google-proto-files@5.0.3 >/dev/null)
mkdir -p "$work/otel" "$work/google" "$work/protos"
tar xzf "$work"/opentelemetry-otlp-grpc-exporter-base-0.38.0.tgz -C "$work/otel"
tar xzf "$work"/google-proto-files-5.0.3.tgz -C "$work/google"
cp -r "$work/otel/package/build/protos/opentelemetry" "$work/protos/"
mkdir -p "$work/protos/google/rpc"
cp "$work/google/package/google/rpc/status.proto" "$work/protos/google/rpc/"
cp -r proto/logsink "$work/protos/"
rm -rf src/decoders/gen
PATH="$PWD/node_modules/.bin:$PATH" buf generate "$work/protos" --template scripts/buf.gen.yaml \
  --path "$work/protos/opentelemetry/proto/collector/logs/v1/logs_service.proto" \
  --path "$work/protos/google/rpc/status.proto" \
  --path "$work/protos/logsink/otlp/v1/export_response.proto" \
  --path "$work/protos/logsink/loki/v1/push.proto"

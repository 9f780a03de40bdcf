import { create, type DescMessage, type MessageShape, toBinary, toJson } from "@bufbuild/protobuf";
import type { Context } from "hono";
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { parseMediaType, UnsupportedMediaTypeError } from "../../../src/decoders/decoder";
import { StatusSchema } from "../../../src/decoders/gen/google/rpc/status_pb";
import { ExportLogsServiceResponseSchema } from "../../../src/decoders/gen/logsink/otlp/v1/export_response_pb";
import { otlpJsonDecoder, otlpProtobufDecoder } from "../../../src/decoders/otlp";
import { requireScope } from "../auth";
import { describeError } from "../errors";
import { type IngestSummary, ingestRequest } from "../pipeline";
import type { AppEnv } from "../types";

/**
 * OTLP/HTTP logs (README, "Sending from OpenTelemetry"): `POST /otlp/v1/logs`, the path an
 * exporter whose endpoint is `<ingest URL>/otlp` posts to. Answers in the request's encoding, as
 * the OTLP/HTTP spec asks: 200 with an `ExportLogsServiceResponse` (`partialSuccess` when records
 * were rejected), and every error as a `google.rpc.Status` with the HTTP status the exporters act
 * on (429/503 with `Retry-After` are retried, 4xx are not).
 */

const PROTOBUF = "application/x-protobuf";
const JSON_TYPE = "application/json";

/** How many rejection reasons `errorMessage` lists. */
const LISTED_REASONS = 5;

/** gRPC status codes (google.rpc.Code) for the HTTP statuses logsink answers. */
const GRPC_CODE: Readonly<Record<number, number>> = {
  400: 3, // INVALID_ARGUMENT
  401: 16, // UNAUTHENTICATED
  403: 7, // PERMISSION_DENIED
  404: 5, // NOT_FOUND
  413: 3, // INVALID_ARGUMENT: the request is too large to ever succeed as it is
  415: 3,
  429: 14, // UNAVAILABLE: retry
  500: 13, // INTERNAL
  503: 14,
};

function wantsProtobuf(c: Context<AppEnv>): boolean {
  return parseMediaType(c.req.header("Content-Type")) === PROTOBUF;
}

/** A message in the request's encoding. */
function reply<Desc extends DescMessage>(
  c: Context<AppEnv>,
  schema: Desc,
  message: MessageShape<Desc>,
  status: ContentfulStatusCode,
  headers: Record<string, string> = {},
): Response {
  if (wantsProtobuf(c)) {
    return c.body(toBinary(schema, message), status, { ...headers, "Content-Type": PROTOBUF });
  }
  return c.json(toJson(schema, message), status, headers);
}

function partialSuccess(summary: IngestSummary) {
  if (summary.rejected === 0) return create(ExportLogsServiceResponseSchema);
  const reasons = summary.errors.slice(0, LISTED_REASONS).map((e) => `record ${e.line}: ${e.error}`);
  const more = summary.rejected > reasons.length ? `; ${summary.rejected - reasons.length} more` : "";
  return create(ExportLogsServiceResponseSchema, {
    partialSuccess: { rejectedLogRecords: BigInt(summary.rejected), errorMessage: `${reasons.join("; ")}${more}` },
  });
}

export const otlp = new Hono<AppEnv>()
  .post("/v1/logs", requireScope("ingest"), async (c) => {
    const type = parseMediaType(c.req.header("Content-Type"));
    const decoder = type === PROTOBUF ? otlpProtobufDecoder : type === JSON_TYPE ? otlpJsonDecoder : undefined;
    if (decoder === undefined)
      throw new UnsupportedMediaTypeError(c.req.header("Content-Type") ?? "none", [PROTOBUF, JSON_TYPE]);
    return reply(c, ExportLogsServiceResponseSchema, partialSuccess(await ingestRequest(c, { decoder })), 200);
  })
  .onError((error, c) => {
    const { status, message, headers } = describeError(error);
    const body = create(StatusSchema, { code: GRPC_CODE[status] ?? 2, message });
    return reply(c, StatusSchema, body, status, headers);
  });

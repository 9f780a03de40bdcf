import { Hono } from "hono";
import { parseMediaType, UnsupportedMediaTypeError } from "../../../src/decoders/decoder";
import { lokiJsonDecoder, lokiProtobufDecoder } from "../../../src/decoders/loki";
import { requireScope } from "../auth";
import { partlyRejected } from "../errors";
import { ingestRequest } from "../pipeline";
import type { AppEnv } from "../types";

/**
 * Grafana Loki's push API (README, "Sending from agents"): `POST /loki/api/v1/push`, snappy
 * protobuf or JSON (gzip allowed). Bearer or Basic auth (the token as password); an admin token
 * names the tenant with `X-Scope-OrgID`, as Loki's multi-tenant clients do. Answers as Loki does:
 * 204 when every entry was stored; 400 listing the rejected entries (the others are stored);
 * errors otherwise as logsink's JSON, with the statuses Loki clients act on (429/503 retried).
 */

const PROTOBUF = "application/x-protobuf";

export const loki = new Hono<AppEnv>().post("/api/v1/push", requireScope("ingest", ["basic"]), async (c) => {
  const type = parseMediaType(c.req.header("Content-Type"));
  // Loki reads anything that is not JSON as protobuf; so does logsink, for the agents that send none.
  const decoder =
    type === "application/json" ? lokiJsonDecoder : type === PROTOBUF || type === "" ? lokiProtobufDecoder : undefined;
  if (decoder === undefined) {
    throw new UnsupportedMediaTypeError(c.req.header("Content-Type") ?? "none", [PROTOBUF, "application/json"]);
  }
  const tenant = c.req.header("X-Scope-OrgID") ?? c.req.query("tenant");
  const summary = await ingestRequest(c, { decoder, tenant });
  if (summary.rejected > 0) throw partlyRejected(summary, "entries");
  return c.body(null, 204);
});

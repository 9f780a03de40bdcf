import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import type { Decoder } from "../../../src/decoders/decoder";
import { HEC_EVENT_REQUIRED, type HecMetadata, hecEventDecoder, hecRawDecoder } from "../../../src/decoders/splunk";
import { requireScope } from "../auth";
import { describeError } from "../errors";
import { ingestRequest } from "../pipeline";
import type { AppEnv } from "../types";
import { validate } from "../validate";

/**
 * Splunk's HTTP Event Collector (README, "Sending from Splunk clients"): the event and raw
 * endpoints and health, with HEC's answers, which its clients read by `code` rather than by HTTP
 * status. `X-Splunk-Request-Channel` is accepted and ignored: logsink has no indexer
 * acknowledgement (a 200 already means the events are durably queued).
 */

const AUTH = requireScope("ingest", ["splunk", "basic"]);

export const HecMetadataSchema = z.object({
  host: z.string().max(256).optional(),
  source: z.string().max(256).optional(),
  sourcetype: z.string().max(256).optional(),
  index: z.string().max(256).optional(),
});

/** HEC's codes (docs: "Format events for HTTP Event Collector", "HTTP Event Collector status codes"). */
const HEC = {
  success: { text: "Success", code: 0 },
  tokenRequired: { text: "Token is required", code: 2 },
  invalidToken: { text: "Invalid token", code: 4 },
  noData: { text: "No data", code: 5 },
  invalidFormat: { text: "Invalid data format", code: 6 },
  busy: { text: "Server is busy", code: 9 },
  eventRequired: { text: "Event field is required", code: 12 },
  healthy: { text: "HEC is healthy", code: 17 },
} as const;

async function collect(c: Context<AppEnv>, decoder: (metadata: HecMetadata) => Decoder): Promise<Response> {
  const metadata = validate(HecMetadataSchema, c.req.query(), "query");
  const summary = await ingestRequest(c, { decoder: decoder(metadata) });
  const [first] = summary.errors;
  if (first !== undefined) {
    const answer = first.error.startsWith(HEC_EVENT_REQUIRED) ? HEC.eventRequired : HEC.invalidFormat;
    // HEC counts events from 0; the events before it are stored.
    return c.json({ ...answer, "invalid-event-number": first.line - 1 }, 400);
  }
  if (summary.accepted === 0) return c.json(HEC.noData, 400);
  return c.json(HEC.success);
}

export const splunk = new Hono<AppEnv>()
  .get("/collector/health", (c) => c.json(HEC.healthy))
  .get("/collector/health/1.0", (c) => c.json(HEC.healthy))
  .on("POST", ["/collector", "/collector/event", "/collector/event/1.0"], AUTH, (c) => collect(c, hecEventDecoder))
  .on("POST", ["/collector/raw", "/collector/raw/1.0"], AUTH, (c) => collect(c, hecRawDecoder))
  .onError((error, c) => {
    const { status, message, headers } = describeError(error);
    if (status === 401) {
      const missing = c.req.header("Authorization") === undefined;
      return c.json(missing ? HEC.tokenRequired : HEC.invalidToken, missing ? 401 : 403, headers);
    }
    if (status === 503 || status === 429) return c.json(HEC.busy, 503, headers);
    if (status === 403) return c.json({ text: message, code: 4 }, 403, headers);
    return c.json({ text: message, code: status >= 500 ? 8 : HEC.invalidFormat.code }, status, headers);
  });

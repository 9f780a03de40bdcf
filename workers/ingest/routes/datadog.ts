import { Hono } from "hono";
import { datadogDecoder } from "../../../src/decoders/datadog";
import { parseMediaType, UnsupportedMediaTypeError } from "../../../src/decoders/decoder";
import { requireScope } from "../auth";
import { describeError, partlyRejected } from "../errors";
import { ingestRequest } from "../pipeline";
import type { AppEnv } from "../types";

/**
 * Datadog's logs intake (README, "Sending from agents"): `POST /api/v2/logs`, a JSON array of logs
 * or one log, gzip or deflate, the token as `DD-API-KEY` (or Bearer). Answers as Datadog does:
 * 202 `{}`; errors as `{"errors":[{"status","title","detail"}]}`; 429 and 503 with
 * `x-ratelimit-reset` (Datadog's clients ignore `Retry-After`).
 */

/** Datadog's documented limit per request, uncompressed (stricter than logsink's default). */
const DATADOG_MAX_BODY_BYTES = 5_000_000;

export const datadog = new Hono<AppEnv>()
  .post("/v2/logs", requireScope("ingest", ["dd-api-key"]), async (c) => {
    // Datadog's clients always send JSON; a body without a Content-Type is read as JSON too.
    const header = c.req.header("Content-Type");
    const type = header === undefined ? "application/json" : parseMediaType(header);
    if (type !== "application/json")
      throw new UnsupportedMediaTypeError(c.req.header("Content-Type") ?? "none", ["application/json"]);
    const summary = await ingestRequest(c, { decoder: datadogDecoder, maxBodyBytes: DATADOG_MAX_BODY_BYTES });
    // Datadog's clients do not retry a 400, so the stored logs are not sent twice; they report it.
    if (summary.rejected > 0) throw partlyRejected(summary, "logs");
    return c.json({}, 202);
  })
  .onError((error, c) => {
    const { status, message, headers, details } = describeError(error);
    const retryAfter = headers["Retry-After"];
    const reset: Record<string, string> = retryAfter === undefined ? {} : { "x-ratelimit-reset": retryAfter };
    const detail = Array.isArray(details.errors)
      ? `${message}: ${JSON.stringify(details.errors).slice(0, 2000)}`
      : message;
    return c.json({ errors: [{ status: String(status), title: TITLES[status] ?? "Error", detail }] }, status, {
      ...headers,
      ...reset,
    });
  });

const TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

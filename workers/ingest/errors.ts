import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { BodyDecodeError, BodyTooLargeError, UnsupportedCharsetError, UnsupportedEncodingError } from "../../src/body";
import { BodyFormatError, UnsupportedMediaTypeError } from "../../src/decoders/decoder";
import { ConfigError } from "../../src/errors";
import { IngestFailedError, type IngestSummary } from "./pipeline";
import { QueueSendError } from "./queue-sender";
import { RATE_LIMIT_RETRY_AFTER_SECONDS, RateLimitedError } from "./rate-limit";
import { BadCursorError } from "./read/cursor";

/** Options of an {@link ApiError}: headers to send and fields to add to the JSON body. */
export interface ApiErrorOptions {
  headers?: Record<string, string>;
  details?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * An error a route raises for a client to see: `app.onError` turns it into
 * `{"error": message, ...details}` with its status and headers.
 */
export class ApiError extends HTTPException {
  override name = "ApiError";
  readonly headers: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(status: ContentfulStatusCode, message: string, options: ApiErrorOptions = {}) {
    super(status, { message, cause: options.cause });
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }
}

/**
 * A 400 for a request of which some entries were rejected and the others stored (Loki, Datadog):
 * it says how many of each, and lists the rejections (`accepted`, `rejected`, `errors`).
 */
export function partlyRejected(summary: IngestSummary, what: string): ApiError {
  const total = summary.accepted + summary.rejected;
  return new ApiError(400, `${summary.rejected} of ${total} ${what} were rejected; the others are stored`, {
    details: { ...summary },
  });
}

/** Seconds a client is told to wait before retrying after the queue failed. */
const QUEUE_RETRY_AFTER_SECONDS = 5;

/** What an error means to a client: a status, words it can act on, headers, extra fields. */
export interface ErrorAnswer {
  status: ContentfulStatusCode;
  message: string;
  headers: Record<string, string>;
  details: Record<string, unknown>;
}

/**
 * The one place where errors become answers: each LogsinkError class a client can act on maps to
 * a status and a message; anything else is a bug, logged with its stack and answered 500 without
 * internals. Protocol routes render the same answer in their own dialect.
 */
export function describeError(error: unknown): ErrorAnswer {
  const answer = (status: ContentfulStatusCode, message: string, more: Partial<ErrorAnswer> = {}): ErrorAnswer => ({
    status,
    message,
    headers: more.headers ?? {},
    details: more.details ?? {},
  });
  if (error instanceof ApiError) {
    return answer(error.status, error.message, { headers: { ...error.headers }, details: { ...error.details } });
  }
  if (error instanceof HTTPException) return answer(error.status, error.message);
  if (error instanceof BodyTooLargeError) {
    return answer(413, `the body is larger than MAX_BODY_BYTES (${error.maxBytes} bytes) once decompressed`);
  }
  if (
    error instanceof UnsupportedMediaTypeError ||
    error instanceof UnsupportedEncodingError ||
    error instanceof UnsupportedCharsetError
  ) {
    return answer(415, error.message);
  }
  if (error instanceof BodyDecodeError) {
    return answer(400, `the body could not be read as ${error.encoding}: it is corrupt or truncated`);
  }
  if (error instanceof BodyFormatError || error instanceof BadCursorError) return answer(400, error.message);
  if (error instanceof RateLimitedError) {
    return answer(429, error.message, { headers: { "Retry-After": String(RATE_LIMIT_RETRY_AFTER_SECONDS) } });
  }
  if (error instanceof QueueSendError) {
    return answer(503, "the queue is unavailable; retry the request (with the same Idempotency-Key)", {
      headers: { "Retry-After": String(QUEUE_RETRY_AFTER_SECONDS) },
      details: { accepted: error.accepted },
    });
  }
  if (error instanceof IngestFailedError) return answer(500, error.message, { details: { accepted: error.accepted } });
  if (error instanceof ConfigError) {
    console.error(JSON.stringify({ event: "config_error", error: error.message }));
    return answer(500, "the server is misconfigured; its operator has been told in the logs");
  }
  console.error(
    JSON.stringify({
      event: "unhandled_error",
      error: String(error),
      stack: error instanceof Error ? error.stack : undefined,
    }),
  );
  return answer(500, "internal error");
}

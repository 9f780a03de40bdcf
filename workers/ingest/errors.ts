import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Options of an {@link ApiError}: headers to send and fields to add to the JSON body. */
export interface ApiErrorOptions {
  headers?: Record<string, string>;
  details?: Record<string, unknown>;
  cause?: unknown;
}

/**
 * An error a client sees: `app.onError` turns it into `{"error": message, ...details}` with its
 * status and headers. Anything else that escapes a handler becomes a 500 that names no internals.
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

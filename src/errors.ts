/**
 * The base of logsink's own errors, as ky's `KyError` or Hono's `HTTPException`: one subclass per
 * thing a caller can act on, each with `override name` and readonly fields, `cause` always kept.
 * Anything else that escapes a handler is a bug: a 500 with its stack in the logs, never an
 * answer that blames the client. The ingest Worker maps these classes to answers in one place
 * (workers/ingest/errors.ts, `describeError`).
 */
export class LogsinkError extends Error {
  override name = "LogsinkError";
}

/** A wrangler var or secret holds a value the Worker cannot use: an operator's mistake. */
export class ConfigError extends LogsinkError {
  override name = "ConfigError";
}

import { LogsinkError } from "../../src/errors";

/**
 * Seconds a rate-limited client is told to wait. The binding reports no reset time; its windows
 * (10 or 60 s, `[[ratelimits]]` in wrangler.toml) are aligned to the clock, so after 10 s a
 * 10-second window has always turned over; with a 60-second one a client may be told again.
 */
export const RATE_LIMIT_RETRY_AFTER_SECONDS = 10;

/** The tenant sent more requests than its limit in the current window (README, "Rate limits"). */
export class RateLimitedError extends LogsinkError {
  override name = "RateLimitedError";
  constructor(readonly tenant: string) {
    super(`tenant "${tenant}" is over its request rate limit; retry after ${RATE_LIMIT_RETRY_AFTER_SECONDS} s`);
  }
}

/**
 * Starts counting one request of `tenant` against the Rate Limiting binding; the returned
 * function throws RateLimitedError when it was over the limit. Started before the body is read
 * and checked before anything is queued, so its round trip overlaps the read. A limiter that
 * fails lets the request through (logged): an outage of the limiter must not refuse logs.
 */
export function countRequest(limiter: RateLimit | undefined, tenant: string): () => Promise<void> {
  if (limiter === undefined) return () => Promise.resolve();
  const outcome = limiter.limit({ key: tenant }).then(
    ({ success }) => success,
    (error: unknown) => {
      console.error(JSON.stringify({ event: "rate_limiter_failed", tenant, error: String(error) }));
      return true;
    },
  );
  return async () => {
    if (!(await outcome)) throw new RateLimitedError(tenant);
  };
}

/** The first retry waits about this long; each further one twice as long, up to the cap. */
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/**
 * How long to wait before retry number `attempt` (1 = the first retry): the server's
 * `Retry-After` (seconds or an HTTP date) when it gave one, else exponential backoff with full
 * jitter, so many clients retrying at once spread out.
 */
export function retryDelayMs(attempt: number, retryAfter: string | null, now = Date.now()): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_DELAY_MS * 4);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.min(Math.max(0, date - now), MAX_DELAY_MS * 4);
  }
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

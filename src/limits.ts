/**
 * Platform limits that shape logsink, each with its source. Numbers a deployment may tune
 * (body and record size, compaction delay, part size) are wrangler vars, not constants here.
 */

/**
 * A chunk's text before it is compressed into a queue message. A message may hold 128 KB
 * (1 KB = 1000 B) including ~100 B of metadata (queues/platform/limits); deflate grows data that
 * does not compress by at most 5 B per 64 KiB (stored blocks), so even such records stay under
 * the hard limit, and log text (~8× smaller) makes messages of ~15 KB: one 64 KB billing unit each.
 */
export const MAX_CHUNK_TEXT_BYTES = 120_000;

/** The hard per-message limit, 128 KB less the ~100 B of metadata (queues/platform/limits). */
export const HARD_MAX_MESSAGE_BYTES = 127_900;

/** `sendBatch` takes at most 100 messages… (queues/configuration/javascript-apis). */
export const MAX_BATCH_MESSAGES = 100;

/**
 * …and at most 256 KB in all. Each message's ~100 B of metadata counts, so budget it per
 * message and keep a margin under 256,000 B.
 */
export const MAX_BATCH_BYTES = 250_000;

/** Per-message metadata that counts toward the queue's size limits (queues/platform/limits). */
export const MESSAGE_METADATA_BYTES = 100;

/** An `Idempotency-Key` longer than this is rejected (the contract). */
export const MAX_IDEMPOTENCY_KEY_CHARS = 128;

/** At most this many per-line errors are listed in an ingest answer (the contract). */
export const MAX_LISTED_ERRORS = 100;

/** `?service=` and `?host=` defaults longer than this are rejected. */
export const MAX_DEFAULT_FIELD_CHARS = 256;

/**
 * One request may hold records of at most this many distinct UTC hours: each is an object the
 * consumer writes and an hour the compactor merges. Two days covers any batch of recent logs.
 */
export const MAX_HOURS_PER_REQUEST = 48;

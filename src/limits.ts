/**
 * Platform limits that shape logsink, each with its source. Numbers a deployment may tune
 * (body and record size, compaction delay, part size) are wrangler vars, not constants here.
 */

/**
 * Queues bill one operation per 64 KB of a message written, read or deleted (queues/platform/
 * pricing): a message pays for whole units, so it should fill most of one.
 */
export const BILLING_UNIT_BYTES = 64_000;

/**
 * What a queue message aims for once compressed: most of one billing unit, with room for the
 * estimate to be off (the packer learns each request's compression ratio as it goes, and splits a
 * message that passes a unit).
 */
export const TARGET_MESSAGE_BYTES = 60_000;

/**
 * A chunk's text before it is compressed into a queue message, at most: text that compresses
 * very well (repeated lines) stops here rather than at the target, so no message inflates to more
 * than 1 MiB in the consumer.
 */
export const MAX_CHUNK_TEXT_BYTES = 1_048_576;

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

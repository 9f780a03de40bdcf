import { createHash } from "node:crypto";

/**
 * Record ids. A request gets a base id; its records of one UTC event hour form a *sequence*,
 * numbered by the order in which the request's hours first appear, and a record's id is
 * `<base>-<sequence>-<n>`, n counting that hour's records from 0 in request order:
 * - with an `Idempotency-Key`, the base is derived from the tenant, the key and the request's
 *   content, so a retried request gives the same lines the same ids, while another body sent
 *   with the same key gets other ids (and is never dropped as a copy);
 * - without one, the base is random.
 * Ids do not depend on how the records are cut into queue messages (which depends on how well
 * they compress): a retry that cuts elsewhere still repeats every id, so duplicates are dropped
 * record by record. And a sequence's records travel in contiguous runs of n, so what drops
 * duplicates downstream keeps a few ranges per sequence, not an entry per record (dedup.ts).
 * Ids written before sequences (`<base>-<chunk>-<n>`, n counting a queue message's records)
 * have the same shape and are read the same way.
 */

/** Hex characters in a base id: 96 bits, so random bases collide only after ~2^48 requests. */
const BASE_ID_HEX_CHARS = 24;

function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/**
 * The base id of a request: with an idempotency key, a SHA-256 digest of tenant, key and
 * `content` (everything that decides the records: the decompressed body and how it is read);
 * else random.
 */
export function requestBaseId(
  tenant: string,
  idempotencyKey?: string,
  content: readonly (Uint8Array | string)[] = [],
): string {
  if (idempotencyKey === undefined) {
    return toHex(crypto.getRandomValues(new Uint8Array(BASE_ID_HEX_CHARS / 2)));
  }
  const hash = createHash("sha256").update(`logsink/idempotency/v2\0${tenant}\0${idempotencyKey}\0`);
  for (const piece of content) hash.update(piece);
  return toHex(new Uint8Array(hash.digest()).subarray(0, BASE_ID_HEX_CHARS / 2));
}

/** The id of a request's `index`-th sequence: its records of the `index`-th hour it holds. */
export function sequenceId(baseId: string, index: number): string {
  return `${baseId}-${index}`;
}

/** The id of the `n`-th record of a sequence. */
export function recordId(sequence: string, n: number): string {
  return `${sequence}-${n}`;
}

/** A record id's sequence and n; undefined for an id that is not `<sequence>-<n>` (n in decimal digits). */
export function parseId(id: string): [sequence: string, n: number] | undefined {
  const dash = id.lastIndexOf("-");
  const n = recordNumber(id, dash);
  return n < 0 ? undefined : [id.slice(0, dash), n];
}

/**
 * The n of a record id whose last dash is at `dash`: the digits after it, as a number; -1 unless
 * there is a sequence before the dash and 1–15 decimal digits without a leading zero after it (so
 * that no two distinct ids read as the same record).
 */
export function recordNumber(id: string, dash: number): number {
  const start = dash + 1;
  if (dash <= 0 || start >= id.length || id.length - start > 15) return -1;
  if (id.charCodeAt(start) === 48 && id.length - start > 1) return -1;
  let n = 0;
  for (let i = start; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

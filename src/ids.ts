import { createHash } from "node:crypto";

/**
 * Record and chunk ids. A request gets a base id; its records are packed into queue messages
 * ("chunks") numbered from 0, and a record's id is `<base>-<chunk>-<n>`:
 * - with an `Idempotency-Key`, the base is derived from the tenant, the key and the request's
 *   content, so a retried request packs the same lines into the same chunks with the same ids,
 *   while another body sent with the same key gets other ids (and is never dropped as a copy);
 * - without one, the base is random.
 * Everything that drops duplicates downstream works on chunk ids (`<base>-<chunk>`), of which
 * there are ~300× fewer than records.
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

/** The id of the `index`-th chunk (queue message) of a request. */
export function chunkId(baseId: string, index: number): string {
  return `${baseId}-${index}`;
}

/** The id of the `n`-th record of a chunk. */
export function recordId(chunk: string, n: number): string {
  return `${chunk}-${n}`;
}

/** The chunk a record id belongs to. */
export function chunkIdOfRecord(id: string): string {
  return id.slice(0, id.lastIndexOf("-"));
}

import { chunkIdOfRecord } from "./ids";

/**
 * Drops records stored more than once, in memory bounded by chunks rather than records.
 *
 * Every record id is `<chunk id>-<n>`, and a chunk's records for one hour are always stored
 * together, in increasing `n`, as one run of lines (one queue message's share of one hour). A
 * chunk stored twice (a redelivered message, a retried request with the same Idempotency-Key, a
 * replayed dead letter) therefore shows up as a second run of the same chunk id. The first run is
 * kept; every later run is dropped. A run starts when the chunk id changes or `n` stops growing.
 *
 * Feed it the lines of an hour in order (compacted parts first, then raw objects); memory grows
 * with the number of chunks (~300 records each), not records.
 */
export class ChunkDeduplicator {
  readonly #seen = new Set<string>();
  #chunk: string | undefined;
  #lastIndex = -1;
  #dropping = false;

  /** Whether the record with this id is the first copy (keep it) or a duplicate (drop it). */
  accept(id: string): boolean {
    const chunk = chunkIdOfRecord(id);
    const index = Number(id.slice(chunk.length + 1));
    if (chunk !== this.#chunk || !(index > this.#lastIndex)) {
      this.#chunk = chunk;
      this.#dropping = this.#seen.has(chunk);
      this.#seen.add(chunk);
    }
    this.#lastIndex = index;
    return !this.#dropping;
  }
}

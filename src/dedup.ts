import { chunkIdOfRecord } from "./ids";

/**
 * Drops records stored more than once, in memory bounded by chunks rather than records.
 *
 * Every record id is `<chunk id>-<n>`, and a chunk's records for one hour are always stored
 * together in a raw object, in increasing `n`, as one run of lines (one queue message's share of
 * one hour). A chunk stored twice (a redelivered message, a retried request with the same
 * Idempotency-Key, a replayed dead letter) therefore shows up as a second run of the same chunk
 * id. The first run is kept; every later run is dropped. A run starts when the chunk id changes or
 * `n` stops growing.
 *
 * Compacted parts are different: the parts one manifest lists hold each record once, but not
 * always as runs (a chunk may be split between two parts, and a Parquet part gathers records into
 * row groups by event time). They are read as one *batch of stored records*
 * ({@link startStored}, {@link acceptStored}): kept, unless their chunk was seen before the batch
 * began.
 *
 * Feed it an hour in order — compacted parts first, then raw objects (then, if a compaction
 * committed meanwhile, the parts it added, as another batch); memory grows with the number of
 * chunks (~300 records each), not records.
 */
export class ChunkDeduplicator {
  /** Each chunk seen, and the batch of stored records it was first seen in (0: a raw object). */
  readonly #seen = new Map<string, number>();
  #batch = 0;
  #chunk: string | undefined;
  #lastIndex = -1;
  #dropping = false;

  /** Starts a batch of stored records: the parts of one manifest, or the parts a manifest added. */
  startStored(): void {
    this.#batch++;
    this.#chunk = undefined;
  }

  /**
   * Whether a record of the current batch of stored records is new (keep it), in any order within
   * the batch; false when its chunk was seen before the batch began.
   */
  acceptStored(id: string): boolean {
    const chunk = chunkIdOfRecord(id);
    const first = this.#seen.get(chunk);
    if (first === undefined) this.#seen.set(chunk, this.#batch);
    return first === undefined || first === this.#batch;
  }

  /** Whether the record (of a raw object) with this id is the first copy (keep it) or a duplicate (drop it). */
  accept(id: string): boolean {
    const chunk = chunkIdOfRecord(id);
    const index = Number(id.slice(chunk.length + 1));
    if (chunk !== this.#chunk || !(index > this.#lastIndex)) {
      this.#chunk = chunk;
      this.#dropping = this.#seen.has(chunk);
      if (!this.#dropping) this.#seen.set(chunk, 0);
    }
    this.#lastIndex = index;
    return !this.#dropping;
  }
}

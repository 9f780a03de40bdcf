import { sequenceOfRecord } from "./ids";

/**
 * Drops records stored more than once — a redelivered queue message, a retried request with the
 * same Idempotency-Key, a replayed dead letter, a raw object merged again after a crash — record
 * by record, in memory bounded by sequences rather than records.
 *
 * Every record id is `<sequence>-<n>` (ids.ts), and a sequence's records travel in contiguous runs
 * of n (a queue message holds a run; a raw object joins whole messages; a compacted part copies
 * runs). So the ids seen of each sequence are kept as a sorted list of ranges `[from, to]`, which
 * stays one or two ranges long however the copies interleave: a record is new unless its n lies in
 * a range. Any order is accepted — compacted parts (where a Parquet part regroups records by
 * event time) and raw objects alike — and the first copy read is the one kept.
 *
 * An id that is not `<sequence>-<n>` (a line logsink did not write) is remembered whole.
 */
export class RecordDeduplicator {
  /** Per sequence, its ranges as a flat sorted list: from₀, to₀, from₁, to₁, … */
  readonly #ranges = new Map<string, number[]>();
  readonly #other = new Set<string>();
  #lastSequence: string | undefined;
  #lastRanges: number[] = [];

  /** Ranges held, over all sequences: what the memory grows with. */
  get ranges(): number {
    let count = this.#other.size;
    for (const ranges of this.#ranges.values()) count += ranges.length / 2;
    return count;
  }

  /** Whether the record with this id is the first copy seen (keep it) or a duplicate (drop it). */
  accept(id: string): boolean {
    const sequence = sequenceOfRecord(id);
    const tail = id.slice(sequence.length + 1);
    const n = Number(tail);
    if (sequence === "" || tail === "" || !Number.isSafeInteger(n) || n < 0) {
      if (this.#other.has(id)) return false;
      this.#other.add(id);
      return true;
    }
    let ranges = this.#lastRanges;
    if (sequence !== this.#lastSequence) {
      ranges = this.#ranges.get(sequence) ?? [];
      if (ranges.length === 0) this.#ranges.set(sequence, ranges);
      this.#lastSequence = sequence;
      this.#lastRanges = ranges;
    }
    return addToRanges(ranges, n);
  }
}

/** Adds n to a flat sorted list of ranges; false when it was already in one. */
function addToRanges(ranges: number[], n: number): boolean {
  const last = ranges.length - 1;
  // The common case: the next record of the newest run.
  if (last > 0 && ranges[last] === n - 1) {
    ranges[last] = n;
    return true;
  }
  if (last < 0 || n > (ranges[last] ?? 0) + 1) {
    ranges.push(n, n);
    return true;
  }
  // Binary search for the last range that starts at or before n.
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid * 2] ?? 0) <= n) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const to = at >= 0 ? (ranges[at * 2 + 1] ?? -2) : -2;
  if (at >= 0 && n <= to) return false;
  const next = at + 1;
  const nextFrom = next * 2 < ranges.length ? (ranges[next * 2] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  const joinsLeft = at >= 0 && to === n - 1;
  const joinsRight = nextFrom === n + 1;
  if (joinsLeft && joinsRight) {
    // n closes the gap between two ranges: they become one.
    ranges.splice(at * 2 + 1, 2);
  } else if (joinsLeft) {
    ranges[at * 2 + 1] = n;
  } else if (joinsRight) {
    ranges[next * 2] = n;
  } else {
    ranges.splice(next * 2, 0, n, n);
  }
  return true;
}

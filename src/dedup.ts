import { recordNumber } from "./ids";

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
    // parseId, without its tuple: this runs for every record compaction and queries read.
    const dash = id.lastIndexOf("-");
    const n = recordNumber(id, dash);
    if (n < 0) {
      if (this.#other.has(id)) return false;
      this.#other.add(id);
      return true;
    }
    const sequence = id.slice(0, dash);
    let ranges = this.#lastRanges;
    if (sequence !== this.#lastSequence) {
      ranges = this.#ranges.get(sequence) ?? [];
      if (ranges.length === 0) this.#ranges.set(sequence, ranges);
      this.#lastSequence = sequence;
      this.#lastRanges = ranges;
    }
    return addToRanges(ranges, n);
  }

  /**
   * Marks the ranges of a sequence as seen (as read back from an id index, compact-hour.ts), in
   * addition to what was seen of it already.
   */
  addRanges(sequence: string, ranges: readonly number[]): void {
    const current = this.#ranges.get(sequence);
    const merged = mergeRanges(current === undefined ? ranges : [...current, ...ranges]);
    if (current === undefined) this.#ranges.set(sequence, merged);
    else current.splice(0, current.length, ...merged);
  }

  /** Marks an id that is not `<sequence>-<n>` as seen. */
  addOther(id: string): void {
    this.#other.add(id);
  }

  /** The ranges seen of one sequence, if any. */
  rangesOf(sequence: string): readonly number[] | undefined {
    return this.#ranges.get(sequence);
  }

  /** Every sequence seen, with its ranges (a flat sorted list: from₀, to₀, from₁, to₁, …). */
  sequenceRanges(): IterableIterator<[string, readonly number[]]> {
    return this.#ranges.entries();
  }

  /** Every id seen that is not `<sequence>-<n>`. */
  otherIds(): IterableIterator<string> {
    return this.#other.values();
  }

  /**
   * Whether any record seen here was also seen by `other`: a compaction slice's records checked
   * against what the hour already holds (compact-hour.ts), without a pass over the records.
   */
  overlaps(other: RecordDeduplicator): boolean {
    for (const [sequence, ranges] of this.#ranges) {
      const theirs = other.#ranges.get(sequence);
      if (theirs !== undefined && rangesIntersect(ranges, theirs)) return true;
    }
    for (const id of this.#other) if (other.#other.has(id)) return true;
    return false;
  }

  /** Adds what `other` has seen of the sequences this one holds (and nothing of the others). */
  addSeenOf(other: RecordDeduplicator): void {
    for (const sequence of [...this.#ranges.keys()]) {
      const theirs = other.#ranges.get(sequence);
      if (theirs !== undefined) this.addRanges(sequence, theirs);
    }
  }
}

/** Whether two flat sorted lists of ranges (from, to, from, to, …) share a number. */
function rangesIntersect(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i + 1 < a.length && j + 1 < b.length) {
    const aFrom = a[i] ?? 0;
    const aTo = a[i + 1] ?? 0;
    const bFrom = b[j] ?? 0;
    const bTo = b[j + 1] ?? 0;
    if (aFrom <= bTo && bFrom <= aTo) return true;
    if (aTo < bTo) i += 2;
    else j += 2;
  }
  return false;
}

/** Sorts and joins ranges given as a flat list (from, to, from, to, …): overlapping or adjacent ones become one. */
function mergeRanges(flat: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of pairs) {
    const last = out.length - 1;
    if (last > 0 && from <= (out[last] ?? 0) + 1) out[last] = Math.max(out[last] ?? 0, to);
    else out.push(from, to);
  }
  return out;
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

import type { RecordDeduplicator } from "../../src/dedup";
import { gzipLineBytes } from "../../src/gzip-lines";
import { parseId } from "../../src/ids";
import { LineBatch, PartWriter } from "./part-writer";

/**
 * A tenant-hour's record-id index, `index/…/ids-NNNNN.jsonl.gz` (keys.ts): every record id in the hour's parts,
 * written at each commit and named by the manifest, so that merging late raw objects reads it
 * instead of every part (issue 15, "late data in O(late data)"). One gzip JSON line per sequence
 * with its ranges of n (dedup.ts), and one per id that is not `<sequence>-<n>`:
 *
 * ```
 * {"s":"9f0c…e1-0","r":[0,999]}
 * {"s":"77ab…04-1","r":[0,412,500,611]}
 * {"id":"foreign"}
 * ```
 *
 * A sequence is a request's records of one hour, so the index holds ~30 B per request-hour
 * (~40 KB for a million records sent 1000 per request), whatever the records' size.
 */
type IndexEntry = { s: string; r: number[] } | { id: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Index lines are gathered into batches of this size, each compressed as one gzip segment. */
const BATCH_BYTES = 64 * 1024;

/** The key an id would be looked up by in an index: its sequence, or the whole id if it has none. */
export function indexKeyOf(id: string): string {
  return parseId(id)?.[0] ?? `=${id}`;
}

/** An index the manifest names is gone (retention removes `index/` and `logs/` one after the other). */
export class IdIndexMissingError extends Error {
  override name = "IdIndexMissingError";
}

/**
 * An index up to this size (compressed; ~35,000 sequences, a few MB of ranges in memory) is by
 * default loaded whole: cheaper than reading the late raw objects twice, once for their sequences.
 */
export const WHOLE_INDEX_BYTES = 512 * 1024;

async function getIndex(bucket: R2Bucket, key: string): Promise<R2ObjectBody> {
  const object = await bucket.get(key);
  if (object === null) throw new IdIndexMissingError(`the id index ${key} is missing`);
  return object;
}

/**
 * Every line of an index with its sequence, read by position (`{"s":"<sequence>",…`) without
 * parsing the line, and the entry parsed only when `wants(sequence)` (and for every line that is
 * not a plain sequence line: an id, or a sequence with an escape). A commit reads an index of
 * millions of request-hours for the few thousand its slice holds: parsing only those took reading
 * and rewriting an index of 1M request-hours from ~3.4–4.4 s to ~2.7–3.1 s in local workerd.
 */
async function* readEntries(
  object: R2ObjectBody,
  wants: (sequence: string) => boolean = () => true,
): AsyncGenerator<{ entry?: IndexEntry; line: Uint8Array }> {
  for await (const line of gzipLineBytes(object.body)) {
    const sequence = sequenceOf(line);
    if (sequence !== undefined && !wants(sequence)) yield { line };
    else yield { entry: JSON.parse(decoder.decode(line)) as IndexEntry, line };
  }
}

/** `{"s":"` */
const SEQUENCE_HEAD = encoder.encode('{"s":"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The sequence of a sequence line, read by position; undefined for any other line, or one with an escape. */
function sequenceOf(line: Uint8Array): string | undefined {
  for (let i = 0; i < SEQUENCE_HEAD.length; i++) if (line[i] !== SEQUENCE_HEAD[i]) return undefined;
  const end = line.indexOf(QUOTE, SEQUENCE_HEAD.length);
  if (end < 0) return undefined;
  const bytes = line.subarray(SEQUENCE_HEAD.length, end);
  return bytes.includes(BACKSLASH) ? undefined : decoder.decode(bytes);
}

/**
 * Marks as seen, in `dedup`, the ids the index holds: all of them when the index is small (see
 * WHOLE_INDEX_BYTES), else only those whose {@link indexKeyOf} is in the set `wanted()` answers
 * (the late records' sequences, found by reading the late raw objects once more), so that memory
 * grows with the late records, not with the hour. Answers whether the index was found (when not,
 * nothing was marked: the caller reads the parts) and whether it was loaded whole.
 */
export async function loadIdIndex(
  bucket: R2Bucket,
  key: string,
  dedup: RecordDeduplicator,
  wanted: () => Promise<ReadonlySet<string>>,
  wholeBytes: number = WHOLE_INDEX_BYTES,
): Promise<{ found: boolean; whole: boolean }> {
  try {
    let object = await getIndex(bucket, key);
    if (object.size <= wholeBytes) {
      for await (const { entry } of readEntries(object)) {
        if (entry === undefined) continue;
        if ("s" in entry) dedup.addRanges(entry.s, entry.r);
        else dedup.addOther(entry.id);
      }
      return { found: true, whole: true };
    }
    await object.body.cancel();
    const keys = await wanted();
    object = await getIndex(bucket, key);
    for await (const { entry } of readEntries(object, (sequence) => keys.has(sequence))) {
      if (entry === undefined) continue;
      if ("s" in entry) {
        if (keys.has(entry.s)) dedup.addRanges(entry.s, entry.r);
      } else if (keys.has(`=${entry.id}`)) dedup.addOther(entry.id);
    }
    return { found: true, whole: false };
  } catch (error) {
    // Missing when first or again read: nothing was marked (a get either finds the object or not).
    if (error instanceof IdIndexMissingError) return { found: false, whole: false };
    throw error;
  }
}

/**
 * Writes the index of an hour after a run: the previous index (if any), each of its sequences
 * replaced by the deduplicator's ranges when the run saw it, then the sequences and ids only this
 * run saw. The deduplicator holds what the run read: the late records' sequences with their ranges
 * from the previous index, or — without a previous index — every id of the hour's parts.
 */
export async function writeIdIndex(
  bucket: R2Bucket,
  key: string,
  previous: string | undefined,
  dedup: RecordDeduplicator,
): Promise<void> {
  // Most indexes are a few KB (~30 B per request-hour): start with a small upload buffer.
  const writer = new PartWriter(bucket, key, undefined, 64 * 1024);
  const batch = new LineBatch(BATCH_BYTES);
  const flush = async () => {
    const lines = batch.take();
    if (lines !== undefined) await writer.write(lines);
  };
  const add = async (line: Uint8Array) => {
    if (!batch.fits(line)) await flush();
    batch.add(line);
  };
  const entryLine = (entry: IndexEntry) => encoder.encode(JSON.stringify(entry));
  try {
    const copied = new Set<string>();
    if (previous !== undefined) {
      const index = await getIndex(bucket, previous);
      for await (const { entry, line } of readEntries(index, (sequence) => dedup.rangesOf(sequence) !== undefined)) {
        // A sequence this run did not see: copied as it is.
        if (entry === undefined) {
          await add(line);
          continue;
        }
        const seen = "s" in entry ? dedup.rangesOf(entry.s) : undefined;
        if ("s" in entry && seen !== undefined) {
          copied.add(entry.s);
          await add(entryLine({ s: entry.s, r: [...seen] }));
        } else {
          if ("id" in entry) copied.add(`=${entry.id}`);
          await add(line);
        }
      }
    }
    for (const [s, r] of dedup.sequenceRanges()) if (!copied.has(s)) await add(entryLine({ s, r: [...r] }));
    for (const id of dedup.otherIds()) if (!copied.has(`=${id}`)) await add(entryLine({ id }));
    await flush();
    await writer.close();
  } catch (error) {
    await writer.abort().catch(() => undefined);
    throw error;
  }
}

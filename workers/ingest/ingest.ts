import type { BodyEntry } from "../../src/body-format";
import { MAX_HOURS_PER_REQUEST, MAX_LISTED_ERRORS } from "../../src/limits";
import { ChunkPacker } from "../../src/queue-message";
import {
  type EventWindow,
  type NormaliseOptions,
  normaliseRecord,
  normaliseTextLine,
  serialiseRecord,
} from "../../src/record";
import type { BatchSender } from "./enqueue";

/** The per-line outcome of an ingest request. */
export interface IngestSummary {
  accepted: number;
  rejected: number;
  errors: { line: number; error: string }[];
}

/** What a request's records share. */
export interface IngestOptions {
  tenant: string;
  baseId: string;
  receivedAt: number;
  maxRecordBytes: number;
  /** Event times outside this window are rejected per line. */
  window?: EventWindow | undefined;
  service?: string | undefined;
  host?: string | undefined;
}

/**
 * Normalises a body's entries, packs them into queue messages and sends them through `sender`.
 * Lines that cannot become records are counted and (the first 100) listed. Throws
 * QueueSendError when the queue fails; its `accepted` tells how many records made it.
 */
export async function ingestEntries(
  entries: Iterable<BodyEntry>,
  sender: BatchSender,
  options: IngestOptions,
): Promise<IngestSummary> {
  const packer = new ChunkPacker(options.tenant, options.baseId);
  const summary: IngestSummary = { accepted: 0, rejected: 0, errors: [] };
  const reject = (line: number, error: string) => {
    summary.rejected++;
    if (summary.errors.length < MAX_LISTED_ERRORS) summary.errors.push({ line, error });
  };
  const normaliseOptions: NormaliseOptions = {
    id: "",
    tenant: options.tenant,
    receivedAt: options.receivedAt,
    receivedAtIso: new Date(options.receivedAt).toISOString(),
    service: options.service,
    host: options.host,
    window: options.window,
  };
  const hours = new Set<string>();

  for (const entry of entries) {
    if (entry.kind === "invalid") {
      reject(entry.line, entry.error);
      continue;
    }
    normaliseOptions.id = packer.nextRecordId();
    const result =
      entry.kind === "text"
        ? normaliseTextLine(entry.text, normaliseOptions)
        : normaliseRecord(entry.value, normaliseOptions);
    if (!result.ok) {
      reject(entry.line, result.error);
      continue;
    }
    const { hour, record } = result;
    if (!hours.has(hour)) {
      if (hours.size === MAX_HOURS_PER_REQUEST) {
        reject(
          entry.line,
          `the request already holds records of ${MAX_HOURS_PER_REQUEST} distinct hours (the limit); send ${hour} in another request`,
        );
        continue;
      }
      hours.add(hour);
    }
    let bytes: number;
    try {
      bytes = packer.encode(serialiseRecord(record));
    } catch (error) {
      // JSON.stringify's own limits (string length, stack): this line alone cannot be stored.
      if (!(error instanceof RangeError)) throw error;
      reject(entry.line, "the record cannot be serialised as JSON (too large or too deeply nested)");
      continue;
    }
    if (bytes > options.maxRecordBytes) {
      reject(entry.line, `the record is ${bytes} bytes once normalised; the limit is ${options.maxRecordBytes}`);
      continue;
    }
    if (!packer.fits(bytes, hour)) {
      const full = packer.close();
      if (full !== undefined) await sender.push(full);
      // The record moves to the next chunk, so its id changes: serialise it again.
      record.id = packer.nextRecordId();
      bytes = packer.encode(serialiseRecord(record));
    }
    packer.add(hour, record.timestamp);
  }
  const last = packer.close();
  if (last !== undefined) await sender.push(last);
  await sender.flush();
  summary.accepted = sender.accepted;
  return summary;
}

import pLimit from "p-limit";
import { GzipJoiner } from "../../src/gzip";
import { rawObjectKey } from "../../src/keys";
import { BILLING_UNIT_BYTES } from "../../src/limits";
import { decodeQueueMessage, MessageFormatError, toMessageBytes } from "../../src/queue-message";
import { storeDeadLetter } from "./dead-letter";

/**
 * R2 calls in flight at once: a Worker may have 6 connections waiting for response headers
 * (workers/platform/limits); keep room for the rest of the invocation.
 */
const R2_CONCURRENCY = 4;

/** First retry delay after a failed write; doubles per attempt up to the cap (Queues allow 12 h). */
const RETRY_BASE_SECONDS = 10;
const RETRY_MAX_SECONDS = 300;

/** What one batch did, logged as one JSON line. */
export interface BatchOutcome {
  event: "batch";
  queue: string;
  messages: number;
  /** The messages' size in Queues billing units: one per 64 KB or part of it, per message. */
  queue_units: number;
  records: number;
  objects: number;
  bytes_in: number;
  bytes_out: number;
  acked: number;
  retried: number;
  dead_lettered: number;
  failed_writes: number;
  /** Per tenant: records written, bytes written, raw objects written and writes that failed. */
  tenants: Record<string, TenantTally>;
}

/** One tenant's share of a batch (its metric data point). */
export interface TenantTally {
  records: number;
  bytes: number;
  objects: number;
  failed_writes: number;
}

/** Queues bill one operation per 64 KB of a message (queues pricing), so ≥ 1 per message. */
function countBillingUnits(body: unknown): number {
  const bytes =
    typeof body === "string" ? new TextEncoder().encode(body).byteLength : (toMessageBytes(body)?.byteLength ?? 0);
  return Math.max(1, Math.ceil(bytes / BILLING_UNIT_BYTES));
}

/** The delay before a message's next attempt: 10 s, 20 s, 40 s … capped at 5 min. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2 ** Math.max(0, attempts - 1));
}

/** One raw object to write: a tenant-hour's records from every message of the batch. */
interface HourGroup {
  tenant: string;
  hour: string;
  /** The messages' deflate segments, joined into the object's gzip without compressing again. */
  gzip: GzipJoiner;
  lines: number;
  minTs: string;
  maxTs: string;
  messages: Set<Message>;
}

/** A fresh object id: the write time in ms, then 64 random bits; sorts by time within an hour. */
function newObjectId(now: number): string {
  const random = crypto.getRandomValues(new Uint8Array(8));
  return `${now}-${[...random].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Writes one object per tenant and event hour present in the batch, then settles every message:
 * acked once every object holding its records is stored, retried with backoff otherwise.
 *
 * Object keys are not stable across redelivery (a retried message may be regrouped with others),
 * so a message retried after a partial failure can leave its records in two raw objects. That is
 * by design: one object per batch and tenant-hour costs ~100× fewer R2 writes than one per
 * message, and duplicates are recognisable by record id (ids.ts), which compaction and queries drop.
 */
export async function writeBatch(batch: MessageBatch, bucket: R2Bucket, now: number): Promise<BatchOutcome> {
  const outcome: BatchOutcome = {
    event: "batch",
    queue: batch.queue,
    messages: batch.messages.length,
    queue_units: batch.messages.reduce((units, m) => units + countBillingUnits(m.body), 0),
    records: 0,
    objects: 0,
    bytes_in: 0,
    bytes_out: 0,
    acked: 0,
    retried: 0,
    dead_lettered: 0,
    failed_writes: 0,
    // No prototype: a tenant may be called "constructor".
    tenants: Object.create(null) as Record<string, TenantTally>,
  };
  const tally = (tenant: string): TenantTally => {
    outcome.tenants[tenant] ??= { records: 0, bytes: 0, objects: 0, failed_writes: 0 };
    return outcome.tenants[tenant];
  };
  const limit = pLimit(R2_CONCURRENCY);
  const groups = new Map<string, HourGroup>();
  const malformed = new Map<Message, Promise<void>>();

  for (const message of batch.messages) {
    let chunk: ReturnType<typeof decodeQueueMessage>;
    try {
      chunk = decodeQueueMessage(message.body);
    } catch (error) {
      if (!(error instanceof MessageFormatError)) throw error;
      // Retrying cannot fix a message that does not decode: keep it under dead-letter/, then ack.
      malformed.set(
        message,
        limit(async () => {
          try {
            await storeDeadLetter(bucket, batch.queue, message, error.message);
            message.ack();
            outcome.dead_lettered++;
          } catch {
            message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
            outcome.retried++;
          }
        }),
      );
      continue;
    }
    for (const { hour, lines, minTs, maxTs, segment, text } of chunk.groups) {
      const id = `${chunk.tenant}\0${hour}`;
      let group = groups.get(id);
      if (group === undefined) {
        group = { tenant: chunk.tenant, hour, gzip: new GzipJoiner(), lines: 0, minTs, maxTs, messages: new Set() };
        groups.set(id, group);
      }
      group.gzip.add(segment, text);
      group.lines += lines;
      if (minTs < group.minTs) group.minTs = minTs;
      if (maxTs > group.maxTs) group.maxTs = maxTs;
      group.messages.add(message);
      outcome.records += lines;
    }
  }

  const failed = new Set<Message>();
  await Promise.all([
    ...malformed.values(),
    ...[...groups.values()].map((group) =>
      limit(async () => {
        try {
          const written = await writeRawObject(bucket, group, newObjectId(now));
          outcome.objects++;
          outcome.bytes_in += written.bytesIn;
          outcome.bytes_out += written.bytesOut;
          const tenant = tally(group.tenant);
          tenant.records += group.lines;
          tenant.bytes += written.bytesOut;
          tenant.objects++;
        } catch (error) {
          outcome.failed_writes++;
          tally(group.tenant).failed_writes++;
          console.error(
            JSON.stringify({ event: "raw_write_failed", tenant: group.tenant, hour: group.hour, error: String(error) }),
          );
          for (const message of group.messages) failed.add(message);
        }
      }),
    ),
  ]);

  for (const message of batch.messages) {
    if (malformed.has(message)) continue; // settled on the dead-letter path above
    if (failed.has(message)) {
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      outcome.retried++;
    } else {
      message.ack();
      outcome.acked++;
    }
  }
  return outcome;
}

/** Writes one tenant-hour group as a raw object with its line count and time range. */
async function writeRawObject(
  bucket: R2Bucket,
  group: HourGroup,
  objectId: string,
): Promise<{ bytesIn: number; bytesOut: number }> {
  const body = group.gzip.finish();
  await bucket.put(rawObjectKey(group.tenant, group.hour, objectId), body, {
    httpMetadata: { contentType: "application/x-ndjson", contentEncoding: "gzip" },
    customMetadata: { lines: String(group.lines), min_ts: group.minTs, max_ts: group.maxTs },
  });
  return { bytesIn: group.gzip.size, bytesOut: body.byteLength };
}

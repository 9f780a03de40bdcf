import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../workers/compactor/index";
import { observeRetries, recordingQueue } from "./queue";

/** One delivery of a compaction message, and what the compactor did with it. */
export interface CompactionDelivery {
  body: { tenant: string; hour: string; range?: { after?: string; through?: string } };
  attempts: number;
  outcome: "acked" | "retried";
  delaySeconds?: number;
}

/**
 * The compaction queue, driven as Queues would drive it: `start` runs against an env whose
 * COMPACT_QUEUE records what is sent (and forwards it to the real local queue); every message sent
 * is then delivered to the compactor's queue handler, one per batch as configured, and so is every
 * message that handler sends in turn (the next slice) or retries, until none is left or
 * `maxDeliveries` is reached. `env` may wrap the bucket (fault injection, counting). With
 * `concurrency`, up to that many waiting messages are delivered at once, each to its own
 * invocation of the handler, as Queues runs a consumer's batches concurrently (`max_concurrency`).
 */
export async function driveCompactionQueue(
  env: CompactorEnv,
  start: (env: CompactorEnv) => Promise<unknown>,
  options: {
    maxDeliveries?: number;
    concurrency?: number;
    onDelivery?: (delivery: CompactionDelivery) => unknown;
  } = {},
): Promise<CompactionDelivery[]> {
  const recording = recordingQueue(env.COMPACT_QUEUE);
  const recorded = { ...env, COMPACT_QUEUE: recording.queue };
  await start(recorded);
  const deliveries: CompactionDelivery[] = [];
  const pending: { body: CompactionDelivery["body"]; attempts: number }[] = [];
  let taken = 0;
  const takeSent = () => {
    const sent = recording.batches.flat();
    for (const m of sent.slice(taken)) pending.push({ body: m.body as CompactionDelivery["body"], attempts: 1 });
    taken = sent.length;
  };
  takeSent();
  let started = 0;
  const deliver = async (next: (typeof pending)[number]): Promise<CompactionDelivery> => {
    const id = `compact-${started++}`;
    const batch = createMessageBatch("logsink-compact", [
      { id, timestamp: new Date(), attempts: next.attempts, body: next.body },
    ]);
    const { batch: observed, delays } = observeRetries(batch);
    const ctx = createExecutionContext();
    await worker.queue(observed, recorded);
    await waitOnExecutionContext(ctx);
    const result = await getQueueResult(batch, ctx);
    const retried = result.retryMessages.length > 0 || result.retryBatch.retry;
    return {
      body: next.body,
      attempts: next.attempts,
      outcome: retried ? "retried" : "acked",
      ...(retried ? { delaySeconds: delays[id] } : {}),
    };
  };
  const max = options.maxDeliveries ?? 1000;
  while (pending.length > 0 && deliveries.length < max) {
    const group = pending.splice(0, Math.min(options.concurrency ?? 1, max - deliveries.length));
    const delivered = await Promise.all(group.map(deliver));
    for (const delivery of delivered) {
      deliveries.push(delivery);
      await options.onDelivery?.(delivery);
    }
    takeSent();
    for (const { body, attempts, outcome } of delivered) {
      if (outcome === "retried") pending.push({ body, attempts: attempts + 1 });
    }
  }
  return deliveries;
}

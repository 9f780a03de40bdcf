import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../workers/compactor/index";
import { observeRetries, recordingQueue } from "./queue";

/** One delivery of a compaction message, and what the compactor did with it. */
export interface CompactionDelivery {
  body: { tenant: string; hour: string };
  attempts: number;
  outcome: "acked" | "retried";
  delaySeconds?: number;
}

/**
 * The compaction queue, driven as Queues would drive it: `start` runs against an env whose
 * COMPACT_QUEUE records what is sent (and forwards it to the real local queue); every message sent
 * is then delivered to the compactor's queue handler, one per batch as configured, and so is every
 * message that handler sends in turn (the next slice) or retries, until none is left or
 * `maxDeliveries` is reached. `env` may wrap the bucket (fault injection, counting).
 */
export async function driveCompactionQueue(
  env: CompactorEnv,
  start: (env: CompactorEnv) => Promise<unknown>,
  options: { maxDeliveries?: number; onDelivery?: (delivery: CompactionDelivery) => unknown } = {},
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
  while (pending.length > 0 && deliveries.length < (options.maxDeliveries ?? 1000)) {
    const next = pending.shift();
    if (next === undefined) break;
    const id = `compact-${deliveries.length}`;
    const batch = createMessageBatch("logsink-compact", [
      { id, timestamp: new Date(), attempts: next.attempts, body: next.body },
    ]);
    const { batch: observed, delays } = observeRetries(batch);
    const ctx = createExecutionContext();
    await worker.queue(observed, recorded);
    await waitOnExecutionContext(ctx);
    const result = await getQueueResult(batch, ctx);
    const retried = result.retryMessages.length > 0 || result.retryBatch.retry;
    const delivery: CompactionDelivery = {
      body: next.body,
      attempts: next.attempts,
      outcome: retried ? "retried" : "acked",
      ...(retried ? { delaySeconds: delays[id] } : {}),
    };
    deliveries.push(delivery);
    await options.onDelivery?.(delivery);
    takeSent();
    if (retried) pending.push({ body: next.body, attempts: next.attempts + 1 });
  }
  return deliveries;
}

import { decodeQueueMessage, type QueueChunk, toMessageBytes } from "../../src/queue-message";
import { groupLines } from "./formats";

/** What a {@link recordingQueue} saw. */
export interface QueueRecording {
  /** The queue to hand to the Worker in place of the real binding. */
  queue: Queue;
  /** Every `sendBatch` (and `send`, as a batch of one) that reached the real queue, in order. */
  batches: MessageSendRequest[][];
  /** The decoded chunks of every message sent. */
  chunks(): QueueChunk[];
  /** Every record sent, parsed. */
  records(): Record<string, unknown>[];
}

/**
 * Wraps the real local queue binding: every batch is forwarded to it and recorded. With
 * `failFromBatch: n`, the n-th `sendBatch` or `send` (1-based) and every later one throw as the
 * platform does when the queue is unavailable, without reaching the queue.
 */
export function recordingQueue(real: Queue, options: { failFromBatch?: number } = {}): QueueRecording {
  const batches: MessageSendRequest[][] = [];
  // Sending bytes detaches their buffer: keep a copy to read back.
  const copy = (body: unknown) => toMessageBytes(body)?.slice() ?? body;
  let calls = 0;
  const failNow = () => {
    calls++;
    if (options.failFromBatch !== undefined && calls >= options.failFromBatch) {
      throw new Error("Queue send failed: Too Many Requests (injected)");
    }
  };
  const queue: Queue = {
    metrics: () => real.metrics(),
    async send(body: unknown, sendOptions?: QueueSendOptions) {
      failNow();
      const kept = copy(body);
      const response = await real.send(body, sendOptions);
      batches.push([{ body: kept, contentType: sendOptions?.contentType }]);
      return response;
    },
    async sendBatch(messages: Iterable<MessageSendRequest>, batchOptions?: QueueSendBatchOptions) {
      failNow();
      const list = [...messages];
      const kept = list.map((m) => ({ ...m, body: copy(m.body) }));
      const response = await real.sendBatch(list, batchOptions);
      batches.push(kept);
      return response;
    },
  };
  const chunks = () => batches.flat().map((m) => decodeQueueMessage(m.body));
  return {
    queue,
    batches,
    chunks,
    records: () =>
      chunks().flatMap((c) =>
        c.groups.flatMap((g) => groupLines(g).map((l) => JSON.parse(l) as Record<string, unknown>)),
      ),
  };
}

/**
 * A batch made with `createMessageBatch`, as a handler sees it, noting the delay each `retry()`
 * asks for (which getQueueResult does not report): acks and retries go through to the batch.
 */
export function observeRetries(batch: MessageBatch): {
  batch: MessageBatch;
  delays: Record<string, number | undefined>;
} {
  const delays: Record<string, number | undefined> = {};
  const observed: MessageBatch = {
    queue: batch.queue,
    metadata: batch.metadata,
    ackAll: () => batch.ackAll(),
    retryAll: (options) => batch.retryAll(options),
    messages: batch.messages.map((m) => ({
      id: m.id,
      timestamp: m.timestamp,
      body: m.body,
      attempts: m.attempts,
      ack: () => m.ack(),
      retry: (options?: QueueRetryOptions) => {
        delays[m.id] = options?.delaySeconds;
        m.retry(options);
      },
    })),
  };
  return { batch: observed, delays };
}

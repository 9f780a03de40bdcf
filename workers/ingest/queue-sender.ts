import type { PackedMessage } from "../../src/chunk-packer";
import { LogsinkError } from "../../src/errors";
import { MAX_BATCH_BYTES, MAX_BATCH_MESSAGES, MESSAGE_METADATA_BYTES } from "../../src/limits";

/** A `sendBatch` failed; `accepted` counts the records of the batches that went through before. */
export class QueueSendError extends LogsinkError {
  override name = "QueueSendError";
  constructor(
    readonly accepted: number,
    options?: ErrorOptions,
  ) {
    super("the queue did not accept a batch", options);
  }
}

/**
 * Collects packed messages into `sendBatch` calls of at most 100 messages and 256 KB
 * (Queues limits), sending each batch as it fills. Batches go one after another, so when one
 * fails every record counted in `accepted` is durably on the queue and no other is.
 */
export class QueueSender {
  #pending: PackedMessage[] = [];
  #pendingBytes = 0;
  #accepted = 0;
  #messages = 0;

  constructor(private readonly queue: Queue) {}

  /** Records durably on the queue so far. */
  get accepted(): number {
    return this.#accepted;
  }

  /** Messages sent so far. */
  get messages(): number {
    return this.#messages;
  }

  /** Adds a message, first sending the pending batch if the message would not fit it. */
  async push(message: PackedMessage): Promise<void> {
    const size = message.body.byteLength + MESSAGE_METADATA_BYTES;
    if (this.#pending.length === MAX_BATCH_MESSAGES || this.#pendingBytes + size > MAX_BATCH_BYTES) {
      await this.flush();
    }
    this.#pending.push(message);
    this.#pendingBytes += size;
  }

  /** Sends the pending batch; throws QueueSendError if the queue refuses it. */
  async flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#pendingBytes = 0;
    try {
      // One message goes with send(): the same operation, without a batch to wrap and unwrap
      // (the common case of a request with one log line).
      const [only] = batch;
      if (batch.length === 1 && only !== undefined) await this.queue.send(only.body, { contentType: "bytes" });
      else await this.queue.sendBatch(batch.map((m) => ({ body: m.body, contentType: "bytes" as const })));
    } catch (error) {
      throw new QueueSendError(this.#accepted, { cause: error });
    }
    for (const m of batch) this.#accepted += m.records;
    this.#messages += batch.length;
  }
}

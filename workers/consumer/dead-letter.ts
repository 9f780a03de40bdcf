import { Buffer } from "node:buffer";
import { deadLetterKey } from "../../src/keys";
import { messageBytes } from "../../src/queue-message";

/** A dead-lettered message as stored under `dead-letter/`: the message as it was, and why. */
export interface DeadLetter {
  queue: string;
  id: string;
  /** When the message was first sent, ISO-8601. */
  timestamp: string;
  attempts: number;
  /** Why it was dead-lettered: a decode error, or "retries exhausted" for the DLQ. */
  reason: string;
  /**
   * The body as sent: text as is, bytes (logsink's messages) as base64, see `body_encoding`.
   * `jq -r .body letter.json | base64 -d | head -1` shows a message's header.
   */
  body: unknown;
  body_encoding?: "base64";
}

/**
 * Stores a message under `dead-letter/<YYYY-MM-DD>/<message-id>.json`. The date is the message's
 * own send date, so a redelivered message overwrites its earlier copy instead of adding one.
 */
export async function storeDeadLetter(
  bucket: R2Bucket,
  queue: string,
  message: Message,
  reason: string,
): Promise<string> {
  const letter: DeadLetter = {
    queue,
    id: message.id,
    timestamp: message.timestamp.toISOString(),
    attempts: message.attempts,
    reason,
    body: message.body,
  };
  const bytes = messageBytes(message.body);
  if (bytes !== undefined) {
    letter.body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
    letter.body_encoding = "base64";
  }
  const key = deadLetterKey(letter.timestamp.slice(0, 10), message.id);
  await bucket.put(key, JSON.stringify(letter), { httpMetadata: { contentType: "application/json" } });
  return key;
}

/**
 * The dead-letter queue's consumer: every message that exhausted its retries on `logsink` is kept
 * under `dead-letter/` and acked; if R2 fails it is retried (the DLQ allows many retries, so
 * nothing is dropped silently). Replay with `npm run replay-dead-letters`.
 */
export async function storeDeadLetters(
  batch: MessageBatch,
  bucket: R2Bucket,
): Promise<{ stored: number; retried: number }> {
  let stored = 0;
  let retried = 0;
  for (const message of batch.messages) {
    try {
      const key = await storeDeadLetter(bucket, batch.queue, message, "retries exhausted");
      message.ack();
      stored++;
      console.error(JSON.stringify({ event: "dead_lettered", key, attempts: message.attempts }));
    } catch (error) {
      message.retry({ delaySeconds: 60 });
      retried++;
      console.error(JSON.stringify({ event: "dead_letter_write_failed", id: message.id, error: String(error) }));
    }
  }
  return { stored, retried };
}

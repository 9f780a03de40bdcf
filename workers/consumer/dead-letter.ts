import { toDeadLetter } from "../../src/dead-letter";
import { deadLetterKey } from "../../src/keys";

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
  const letter = toDeadLetter(queue, message, reason);
  const key = deadLetterKey(letter.timestamp.slice(0, 10), message.id);
  await bucket.put(key, JSON.stringify(letter), {
    httpMetadata: { contentType: "application/json" },
    // What a listing shows without reading the letter (GET /v1/admin/dead-letters, the console).
    customMetadata: { reason: reason.slice(0, 256), attempts: String(message.attempts), queue },
  });
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

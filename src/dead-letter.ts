import { Buffer } from "node:buffer";
import { z } from "zod";
import { toMessageBytes } from "./queue-message";

/**
 * A dead letter as stored under `dead-letter/<YYYY-MM-DD>/<message-id>.json`: the queue message
 * as it was, and why it was given up on. Written by the consumer (workers/consumer/dead-letter.ts),
 * read back by the replay route; this module is the format both share.
 *
 * The body is kept as sent: bytes (logsink's messages) as base64 with `"body_encoding":"base64"`,
 * anything else as it was. `jq -r .body letter.json | base64 -d | head -1` shows a message's header.
 */
export const DeadLetterSchema = z.object({
  queue: z.string(),
  id: z.string(),
  /** When the message was first sent, ISO-8601. */
  timestamp: z.string(),
  attempts: z.number(),
  /** A decode error, or "retries exhausted" for the dead-letter queue. */
  reason: z.string(),
  body: z.unknown(),
  body_encoding: z.literal("base64").optional(),
});

export type DeadLetter = z.infer<typeof DeadLetterSchema>;

/** The stored form of a message that is given up on. */
export function toDeadLetter(queue: string, message: Message, reason: string): DeadLetter {
  const letter: DeadLetter = {
    queue,
    id: message.id,
    timestamp: message.timestamp.toISOString(),
    attempts: message.attempts,
    reason,
    body: message.body,
  };
  const bytes = toMessageBytes(message.body);
  if (bytes !== undefined) {
    letter.body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
    letter.body_encoding = "base64";
  }
  return letter;
}

/** The queue message body a stored letter holds, as it was sent (bytes decoded from base64). */
export function deadLetterBody(letter: DeadLetter): unknown {
  if (letter.body_encoding === "base64" && typeof letter.body === "string") {
    return new Uint8Array(Buffer.from(letter.body, "base64"));
  }
  return letter.body;
}

import { Hono } from "hono";
import { z } from "zod";
import { deadLetterPrefix } from "../../../src/keys";
import { decodeQueueMessage, MessageFormatError } from "../../../src/queue-message";
import { requireScope } from "../auth";
import type { AppEnv } from "../types";
import { validate } from "../validate";

const ReplayQuerySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD"),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(1024).optional(),
});

/** The shape of a stored dead letter that replay needs (see workers/consumer/dead-letter.ts). */
const DeadLetterSchema = z.object({ body: z.unknown(), body_encoding: z.string().optional() });

/**
 * `POST /v1/admin/dead-letters/replay?date=YYYY-MM-DD[&limit=N][&cursor=…]`: puts up to `limit` dead-lettered
 * logsink messages of that day back on the queue, deleting each stored copy only after its send
 * resolved. Letters that are not logsink chunks stay where they are and are listed. Replaying is
 * safe to repeat: a chunk keeps its id, so compaction drops records stored twice.
 */
export const admin = new Hono<AppEnv>().post("/dead-letters/replay", requireScope("admin"), async (c) => {
  const { date, limit, cursor } = validate(ReplayQuerySchema, c.req.query(), "query");
  const listed = await c.env.LOG_BUCKET.list({ prefix: deadLetterPrefix(date), limit, cursor });
  let replayed = 0;
  const skipped: { key: string; reason: string }[] = [];
  for (const { key } of listed.objects) {
    const object = await c.env.LOG_BUCKET.get(key);
    if (object === null) continue;
    const letter = DeadLetterSchema.safeParse(await object.json().catch(() => undefined));
    try {
      if (!letter.success || letter.data.body_encoding !== undefined)
        throw new MessageFormatError("not a text message");
      decodeQueueMessage(letter.data.body);
    } catch (error) {
      skipped.push({ key, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    await c.env.LOG_QUEUE.send(letter.data.body, { contentType: "text" });
    await c.env.LOG_BUCKET.delete(key);
    replayed++;
  }
  return c.json({ date, replayed, skipped, cursor: listed.truncated ? listed.cursor : null });
});

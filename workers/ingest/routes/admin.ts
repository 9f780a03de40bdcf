import { type Context, Hono } from "hono";
import { z } from "zod";
import { ALL_TENANTS } from "../../../src/auth";
import { DeadLetterSchema, deadLetterBody } from "../../../src/dead-letter";
import { isHour } from "../../../src/hours";
import { DEAD_LETTER_AREA, deadLetterDay, deadLetterPrefix } from "../../../src/keys";
import { decodeQueueMessage, MessageFormatError } from "../../../src/queue-message";
import { requireScope, resolveTenant } from "../auth";
import { ApiError } from "../errors";
import type { AppEnv } from "../types";
import { validate } from "../validate";

/** Routes that act on every tenant need a token of every tenant (`"tenant": "*"`): else 403 with why. */
function requireEveryTenant(c: Context<AppEnv>, why: string): void {
  if (c.get("principal").tenant !== ALL_TENANTS) throw new ApiError(403, why);
}

/** A day of dead letters, as their keys name it. */
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD");

export const ReplayQuerySchema = z.object({
  date: DateSchema,
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(1024).optional(),
});

export const CompactQuerySchema = z.object({
  hour: z.string().refine(isHour, "an hour is YYYY-MM-DDTHH (UTC), e.g. 2026-11-26T16"),
  tenant: z.string().optional(),
});

/**
 * `POST /v1/admin/compact?hour=…[&tenant=…]`: runs the cron's compaction now, for that hour (the
 * current, still open hour included), through the compactor's RPC entrypoint. Answers one
 * summary for a tenant, an array of them (every tenant with raw objects) otherwise.
 */
const compact = new Hono<AppEnv>().post("/", requireScope("admin"), async (c) => {
  const query = validate(CompactQuerySchema, c.req.query(), "query");
  const principal = c.get("principal");
  // A token of one tenant compacts only that tenant; one of every tenant may name one, or none.
  const tenant =
    principal.tenant === ALL_TENANTS && query.tenant === undefined ? undefined : resolveTenant(principal, query.tenant);
  const compactor = c.env.COMPACTOR;
  const results = await compactor.compact(query.hour, tenant);
  const busy = results.find((r) => r.skipped === "busy");
  if (busy !== undefined && tenant !== undefined) {
    const seconds = busy.retry_after_seconds ?? 60;
    throw new ApiError(409, `this hour is being compacted by another run; try again in ${seconds} s`, {
      headers: { "Retry-After": String(seconds) },
    });
  }
  return c.json(tenant === undefined ? results : results[0]);
});

/** `?time=ISO-8601`: when a cron run is "scheduled", as epoch ms (default now). */
export const CronQuerySchema = z.object({
  time: z.iso
    .datetime({ offset: true })
    .optional()
    .transform((time) => (time === undefined ? Date.now() : Date.parse(time))),
});

/**
 * `POST /v1/admin/cron[?time=ISO-8601]`: runs the compaction cron now, as if scheduled at `time`:
 * every finished hour past the delay goes on the compaction queue; answers which. Needs a token
 * of every tenant.
 */
const cron = new Hono<AppEnv>().post("/", requireScope("admin"), async (c) => {
  requireEveryTenant(c, "the cron compacts every tenant: it needs a token of every tenant");
  const { time } = validate(CronQuerySchema, c.req.query(), "query");
  const compactor = c.env.COMPACTOR;
  return c.json(await compactor.runCron(time));
});

/**
 * `POST /v1/admin/retention[?time=ISO-8601]`: runs the cron's retention pass now, as if scheduled
 * at `time`, and answers what it removed. Needs a token of every tenant.
 */
const retention = new Hono<AppEnv>().post("/", requireScope("admin"), async (c) => {
  requireEveryTenant(c, "retention covers every tenant: it needs a token of every tenant");
  const { time } = validate(CronQuerySchema, c.req.query(), "query");
  const compactor = c.env.COMPACTOR;
  return c.json(await compactor.enforceRetention(time));
});

export const DeadLetterListQuerySchema = z.object({
  date: DateSchema.optional().describe("one day's letters; default: every day"),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(1024).optional(),
});

/** One stored dead letter as the listing shows it (its body is not read). */
export const DeadLetterEntrySchema = z.object({
  key: z.string(),
  date: z.string(),
  size: z.number().int(),
  stored_at: z.string(),
  reason: z.string().nullable(),
  attempts: z.number().int().nullable(),
});

/**
 * `GET /v1/admin/dead-letters[?date=YYYY-MM-DD][&limit=N][&cursor=…]`: the stored dead letters,
 * oldest day first, with why each was given up on. Needs a token of every tenant.
 */
const listDeadLetters = new Hono<AppEnv>().get("/", requireScope("admin"), async (c) => {
  requireEveryTenant(c, "dead letters belong to every tenant: listing them needs a token of every tenant");
  const { date, limit, cursor } = validate(DeadLetterListQuerySchema, c.req.query(), "query");
  const prefix = date === undefined ? DEAD_LETTER_AREA : deadLetterPrefix(date);
  const listed = await c.env.LOG_BUCKET.list({ prefix, limit, cursor, include: ["customMetadata"] });
  const letters: z.infer<typeof DeadLetterEntrySchema>[] = listed.objects.map((o) => ({
    key: o.key,
    date: deadLetterDay(o.key) ?? "",
    size: o.size,
    stored_at: o.uploaded.toISOString(),
    reason: o.customMetadata?.reason ?? null,
    attempts: o.customMetadata?.attempts === undefined ? null : Number(o.customMetadata.attempts),
  }));
  return c.json({ letters, cursor: listed.truncated ? listed.cursor : null });
});

/**
 * `POST /v1/admin/dead-letters/replay?date=YYYY-MM-DD[&limit=N][&cursor=…]`: puts up to `limit` dead-lettered
 * logsink messages of that day back on the queue, deleting each stored copy only after its send
 * resolved. Letters that are not logsink chunks stay where they are and are listed. Replaying is
 * safe to repeat: a chunk keeps its id, so compaction drops records stored twice.
 */
const deadLetters = new Hono<AppEnv>().post("/replay", requireScope("admin"), async (c) => {
  requireEveryTenant(c, "dead letters belong to every tenant: replaying them needs a token of every tenant");
  const { date, limit, cursor } = validate(ReplayQuerySchema, c.req.query(), "query");
  const listed = await c.env.LOG_BUCKET.list({ prefix: deadLetterPrefix(date), limit, cursor });
  let replayed = 0;
  const skipped: { key: string; reason: string }[] = [];
  for (const { key } of listed.objects) {
    const object = await c.env.LOG_BUCKET.get(key);
    if (object === null) continue;
    const letter = DeadLetterSchema.safeParse(await object.json().catch(() => undefined));
    if (!letter.success) {
      skipped.push({ key, reason: "not a stored queue message" });
      continue;
    }
    const body = deadLetterBody(letter.data);
    try {
      decodeQueueMessage(body);
    } catch (error) {
      if (!(error instanceof MessageFormatError)) throw error;
      skipped.push({ key, reason: error.message });
      continue;
    }
    await c.env.LOG_QUEUE.send(body, { contentType: "bytes" });
    await c.env.LOG_BUCKET.delete(key);
    replayed++;
  }
  return c.json({ date, replayed, skipped, cursor: listed.truncated ? listed.cursor : null });
});

/** The admin routes (scope admin). */
export const admin = new Hono<AppEnv>()
  .route("/compact", compact)
  .route("/cron", cron)
  .route("/retention", retention)
  .route("/dead-letters", listDeadLetters)
  .route("/dead-letters", deadLetters);

import { WorkerEntrypoint } from "cloudflare:workers";
import { isHour } from "../../src/hours";
import { TenantSchema } from "../../src/tenant";
import type { CompactionStats, CompactionSummary } from "./compact-hour";
import { readSettings } from "./config";
import { CompactionBusyError } from "./lease";
import { enforceRetention, type RetentionOutcome } from "./retention";
import { type CompactionMessage, CompactionMessageSchema, compactHourNow, compactSlice, planDueHours } from "./run";

/**
 * One tenant-hour's compaction as the admin API answers it; `continues` when the hour held more
 * than one slice and the others are on the compaction queue (compacted in parallel).
 */
export type AdminCompactionResult = CompactionSummary & {
  skipped?: "busy";
  retry_after_seconds?: number;
  continues?: true;
};

/**
 * The compactor as an RPC service: the ingest Worker's `POST /v1/admin/compact` calls it through
 * a service binding, so the admin route and the cron run the same code.
 */
export class CompactorService extends WorkerEntrypoint<CompactorEnv> {
  /** Compacts `hour` (YYYY-MM-DDTHH) now, for `tenant` or every tenant with raw objects in it. */
  async compact(hour: string, tenant?: string): Promise<AdminCompactionResult[]> {
    if (!isHour(hour)) throw new RangeError(`invalid hour: ${hour}`);
    if (tenant !== undefined) TenantSchema.parse(tenant);
    const stats = await compactHourNow(
      this.env.LOG_BUCKET,
      this.env.COMPACT_QUEUE,
      readSettings(this.env),
      hour,
      tenant,
      Date.now(),
      this.env.METRICS,
    );
    return stats.map(toAdminResult);
  }

  /**
   * Runs the cron's retention pass now, as if scheduled at `scheduledTime` (epoch ms, default
   * now): deletes what is older than RETENTION_DAYS / TENANT_RETENTION_DAYS.
   */
  async enforceRetention(scheduledTime: number = Date.now()): Promise<RetentionOutcome> {
    return await retentionPass(this.env, scheduledTime);
  }

  /**
   * Runs the cron's work now, as if scheduled at `scheduledTime` (epoch ms, default now): puts
   * every finished hour past the delay on the compaction queue, and answers which. Locally this
   * is how to trigger the cron, since `wrangler dev` serves only the ingest Worker's port.
   */
  async runCron(scheduledTime: number = Date.now()): Promise<{ planned: CompactionMessage[] }> {
    return {
      planned: await planDueHours(this.env.LOG_BUCKET, this.env.COMPACT_QUEUE, readSettings(this.env), scheduledTime),
    };
  }
}

function toAdminResult({
  tenant,
  hour,
  parts,
  lines,
  bytes,
  sources,
  duplicates_dropped,
  sources_left,
  slices,
  skipped,
  retry_after_seconds,
}: CompactionStats): AdminCompactionResult {
  return {
    tenant,
    hour,
    parts,
    lines,
    bytes,
    sources,
    duplicates_dropped,
    ...(skipped ? { skipped, retry_after_seconds } : {}),
    ...((sources_left > 0 || (slices ?? 1) > 1) && !skipped ? { continues: true as const } : {}),
  };
}

/** The cron's retention pass, logged with what it removed. */
async function retentionPass(env: CompactorEnv, now: number): Promise<RetentionOutcome> {
  const outcome = await enforceRetention(env.LOG_BUCKET, readSettings(env).retention, now);
  if (outcome.removed.length > 0) console.log(JSON.stringify({ event: "retention", ...outcome }));
  return outcome;
}

/** The compaction queue's dead-letter queue (workers/compactor/wrangler.toml). */
const COMPACTION_DEAD_LETTER_QUEUE = "logsink-compact-dlq";

/** First retry delay of a slice that failed; doubles per attempt up to the cap. */
const RETRY_BASE_SECONDS = 30;
const RETRY_MAX_SECONDS = 600;

/**
 * A message that found its hour busy this many times is acknowledged rather than retried into the
 * DLQ: the holder is a slice chain that goes on by itself (or a run that left its raw objects for
 * the next cron to plan again).
 */
const BUSY_ATTEMPTS = 5;

/**
 * Each message of the compaction queue: the next slice of its tenant-hour (see compactSlice). A
 * busy hour (another run holds its lease) is retried when the lease would expire, and dropped
 * after BUSY_ATTEMPTS tries; a failed slice is retried with backoff; a message that cannot be read
 * is logged and dropped — none of these loses a record, since raw objects stay until a commit
 * covers them and every cron plans them again.
 */
async function compactionBatch(batch: MessageBatch, env: CompactorEnv): Promise<void> {
  if (batch.queue === COMPACTION_DEAD_LETTER_QUEUE) {
    for (const message of batch.messages) {
      // Retries exhausted: the raw objects are still there, and the next cron plans the hour again.
      console.error(
        JSON.stringify({ event: "compaction_dead_lettered", body: message.body, attempts: message.attempts }),
      );
      message.ack();
    }
    return;
  }
  const settings = readSettings(env);
  for (const message of batch.messages) {
    const parsed = CompactionMessageSchema.safeParse(message.body);
    if (!parsed.success) {
      console.error(JSON.stringify({ event: "compaction_message_invalid", body: message.body }));
      message.ack();
      continue;
    }
    const { tenant, hour } = parsed.data;
    try {
      await compactSlice(env.LOG_BUCKET, env.COMPACT_QUEUE, settings, parsed.data, Date.now(), env.METRICS);
      message.ack();
    } catch (error) {
      const busy = error instanceof CompactionBusyError;
      console.error(
        JSON.stringify({ event: busy ? "compaction_busy" : "compaction_failed", tenant, hour, error: String(error) }),
      );
      if (busy && message.attempts >= BUSY_ATTEMPTS) {
        message.ack();
        continue;
      }
      const backoff = Math.min(RETRY_MAX_SECONDS, RETRY_BASE_SECONDS * 2 ** Math.max(0, message.attempts - 1));
      message.retry({ delaySeconds: busy ? Math.max(1, error.retryAfterSeconds) : backoff });
    }
  }
}

/**
 * Cron `5 * * * *`: removes what is past its retention, then plans: every finished hour that
 * still has raw objects goes on the compaction queue (so no expired hour is compacted first).
 */
export default {
  async scheduled(controller, env) {
    try {
      await retentionPass(env, controller.scheduledTime);
    } catch (error) {
      // Retention is retried by the next cron; compaction must not wait for it.
      console.error(JSON.stringify({ event: "retention_failed", error: String(error) }));
    }
    await planDueHours(env.LOG_BUCKET, env.COMPACT_QUEUE, readSettings(env), controller.scheduledTime);
  },
  queue: compactionBatch,
} satisfies ExportedHandler<CompactorEnv>;

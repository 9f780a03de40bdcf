import { WorkerEntrypoint } from "cloudflare:workers";
import { isHour } from "../../src/hours";
import { TenantSchema } from "../../src/tenant";
import type { CompactionStats, CompactionSummary } from "./compact-hour";
import { readSettings } from "./config";
import { enforceRetention, type RetentionOutcome } from "./retention";
import { compactDueHours, compactHourNow } from "./run";

/** One tenant-hour's compaction as the admin API answers it. */
export type AdminCompactionResult = CompactionSummary & { skipped?: "busy"; retry_after_seconds?: number };

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
   * Runs the cron's work now, as if scheduled at `scheduledTime` (epoch ms, default now): every
   * finished hour past the delay. Locally this is how to trigger the cron, since `wrangler dev`
   * serves only the ingest Worker's port.
   */
  async runCron(scheduledTime: number = Date.now()): Promise<AdminCompactionResult[]> {
    return (await compactDueHours(this.env.LOG_BUCKET, readSettings(this.env), scheduledTime, this.env.METRICS)).map(
      toAdminResult,
    );
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
  };
}

/** The cron's retention pass, logged with what it removed. */
async function retentionPass(env: CompactorEnv, now: number): Promise<RetentionOutcome> {
  const outcome = await enforceRetention(env.LOG_BUCKET, readSettings(env).retention, now);
  if (outcome.removed.length > 0) console.log(JSON.stringify({ event: "retention", ...outcome }));
  return outcome;
}

/**
 * Cron `5 * * * *`: removes what is past its retention, then compacts every finished hour that
 * still has raw objects (so no expired hour is compacted first).
 */
export default {
  async scheduled(controller, env) {
    try {
      await retentionPass(env, controller.scheduledTime);
    } catch (error) {
      // Retention is retried by the next cron; compaction must not wait for it.
      console.error(JSON.stringify({ event: "retention_failed", error: String(error) }));
    }
    const done = await compactDueHours(env.LOG_BUCKET, readSettings(env), controller.scheduledTime, env.METRICS);
    console.log(JSON.stringify({ event: "compaction_run", cron: controller.cron, hours: done.length }));
  },
} satisfies ExportedHandler<CompactorEnv>;

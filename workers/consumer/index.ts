import { writeMetric } from "../../src/metrics";
import { storeDeadLetters } from "./dead-letter";
import { writeBatch } from "./write-batch";

/** The dead-letter queue's name (workers/consumer/wrangler.toml). */
const DEAD_LETTER_QUEUE = "logsink-dlq";

/** The consumer Worker: `logsink` batches → raw objects in R2; `logsink-dlq` → dead-letter/. */
export default {
  async queue(batch, env) {
    if (batch.queue === DEAD_LETTER_QUEUE) {
      const outcome = await storeDeadLetters(batch, env.LOG_BUCKET);
      console.log(JSON.stringify({ event: "dead_letter_batch", ...outcome }));
      return;
    }
    const outcome = await writeBatch(batch, env.LOG_BUCKET, Date.now());
    console.log(JSON.stringify(outcome));
    for (const [tenant, t] of Object.entries(outcome.tenants)) {
      const stored = t.failed_writes === 0 ? "stored" : "retried";
      writeMetric(env.METRICS, {
        kind: "batch",
        tenant,
        subject: "queue",
        outcome: stored,
        records: t.records,
        bytes: t.bytes,
        other: t.objects,
      });
    }
  },
} satisfies ExportedHandler<ConsumerEnv>;

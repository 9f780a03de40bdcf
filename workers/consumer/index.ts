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
    console.log(JSON.stringify(await writeBatch(batch, env.LOG_BUCKET, Date.now())));
  },
} satisfies ExportedHandler<ConsumerEnv>;

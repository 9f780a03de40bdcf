/** Messages of about 60 KB, under one 64 KB Queues billing unit, as logsink packs them. */
const MESSAGE_BYTES = 60_000;
/** sendBatch limits: 100 messages, 256 KB. */
const BATCH_MESSAGES = 100;
const BATCH_BYTES = 250_000;

/**
 * enqueue-only: cuts the raw body into ~60 KB messages on line boundaries and sendBatches them,
 * parsing nothing — the least work that still makes logs durable.
 */
export async function enqueueOnly(request: Request, queue: Queue): Promise<Response> {
  const body = await request.text();
  const messages: string[] = [];
  for (let start = 0; start < body.length; ) {
    let end = Math.min(body.length, start + MESSAGE_BYTES);
    if (end < body.length) {
      const newline = body.lastIndexOf("\n", end);
      if (newline > start) end = newline + 1;
    }
    messages.push(body.slice(start, end));
    start = end;
  }
  let batch: MessageSendRequest[] = [];
  let bytes = 0;
  for (const message of messages) {
    if (batch.length === BATCH_MESSAGES || bytes + message.length + 100 > BATCH_BYTES) {
      await queue.sendBatch(batch);
      batch = [];
      bytes = 0;
    }
    batch.push({ body: message, contentType: "text" });
    bytes += message.length + 100;
  }
  if (batch.length > 0) await queue.sendBatch(batch);
  return new Response(null, { status: 202 });
}

/** Its consumer writes each batch to R2 as it is. */
export async function storeBatchAsIs(batch: MessageBatch, bucket: R2Bucket): Promise<void> {
  const body = batch.messages.map((m) => String(m.body)).join("");
  await bucket.put(`enqueue-only/${Date.now()}-${crypto.randomUUID()}.ndjson`, body);
}

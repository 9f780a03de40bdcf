/**
 * seed: the design of Cloudflare's Queues announcement (UUID.rocks): one queue message per
 * POSTed JSON log, and a consumer that writes `JSON.stringify(batch.messages)` to one R2 object
 * per batch (100 messages or 30 s), uncompressed. Messages are written as plain objects (id,
 * timestamp, body), which is what that line intends: Message instances stringify to `{}`.
 */
export async function seedIngest(request: Request, queue: Queue): Promise<Response> {
  const log: unknown = await request.json();
  await queue.send(log);
  return new Response("Accepted", { status: 202 });
}

export async function seedStore(batch: MessageBatch, bucket: R2Bucket): Promise<void> {
  const messages = batch.messages.map((m) => ({ id: m.id, timestamp: m.timestamp, body: m.body }));
  await bucket.put(`seed/${Date.now()}-${crypto.randomUUID()}.json`, JSON.stringify(messages));
}

import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { RecordDeduplicator } from "../src/dedup";
import { parseId } from "../src/ids";
import { parseKey } from "../src/keys";
import { LogRecordSchema } from "../src/record";
import worker from "../workers/consumer/index";
import { retryDelaySeconds, writeBatch } from "../workers/consumer/write-batch";
import { faultyBucket } from "./helpers/bucket";
import { type LineSpec, listAll, packChunks, readRecords } from "./helpers/chunks";
import { recordingDataset } from "./helpers/metrics";
import { observeRetries } from "./helpers/queue";

const consumerEnv: ConsumerEnv = env;

interface Delivery {
  id: string;
  body: unknown;
  attempts?: number;
}

/**
 * Delivers messages to the consumer's queue handler as the Queues runtime would, and reports
 * acks and retries (getQueueResult) plus the delay asked for each retry, which getQueueResult
 * does not report: each message is wrapped to note `retry()` options before forwarding the call.
 */
async function deliver(
  queue: string,
  messages: Delivery[],
  bucket: R2Bucket = consumerEnv.LOG_BUCKET,
  overrides: Partial<ConsumerEnv> = {},
) {
  const batch = createMessageBatch(
    queue,
    messages.map((m) => ({
      id: m.id,
      timestamp: new Date("2026-11-26T18:00:00Z"),
      attempts: m.attempts ?? 1,
      body: m.body,
    })),
  );
  const { batch: observed, delays } = observeRetries(batch);
  const ctx = createExecutionContext();
  await worker.queue(observed, { ...consumerEnv, LOG_BUCKET: bucket, ...overrides });
  const result = await getQueueResult(batch, ctx);
  return { ...result, delays };
}

function lines(count: number, hour: string, prefix = "line"): LineSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    msg: `${prefix} ${i}`,
    ts: `${hour}:${String(i % 60).padStart(2, "0")}:00.${String(i % 1000).padStart(3, "0")}Z`,
  }));
}

describe("consumer: queue batches → raw objects", () => {
  it("writes the records to raw/ with the contract's key, metadata and record shape, then acks", async () => {
    const bodies = packChunks("cons-a", "aaaa", lines(3, "2026-11-26T17"));
    const result = await deliver("logsink", [{ id: "m1", body: bodies[0] }]);
    expect(result.outcome).toBe("ok");
    expect(result.explicitAcks).toEqual(["m1"]);
    expect(result.retryMessages).toEqual([]);

    const objects = await listAll(consumerEnv.LOG_BUCKET, "raw/tenant=cons-a/");
    expect(objects).toHaveLength(1);
    const [object] = objects;
    expect(object?.key).toMatch(/^raw\/tenant=cons-a\/dt=2026-11-26\/hour=17\/[0-9a-z-]+\.ndjson\.gz$/);
    expect(parseKey(object?.key ?? "")).toMatchObject({ kind: "raw", tenant: "cons-a", hour: "2026-11-26T17" });
    expect(object?.customMetadata).toEqual({
      lines: "3",
      min_ts: "2026-11-26T17:00:00.000Z",
      max_ts: "2026-11-26T17:02:00.002Z",
    });
    const records = await readRecords(consumerEnv.LOG_BUCKET, object?.key ?? "");
    expect(records.map((r) => r.message)).toEqual(["line 0", "line 1", "line 2"]);
    for (const record of records) LogRecordSchema.parse(record);
  });

  it("writes one object per tenant-hour for a batch spanning two tenants and three hours", async () => {
    const a = packChunks("cons-b1", "b1b1", [
      ...lines(2, "2026-11-26T15"),
      ...lines(3, "2026-11-26T16"),
      ...lines(4, "2026-11-26T17"),
    ]);
    const b = packChunks("cons-b2", "b2b2", lines(5, "2026-11-26T16"));
    const more = packChunks("cons-b1", "b1b3", lines(1, "2026-11-26T16", "more"));
    const result = await deliver("logsink", [
      { id: "a", body: a[0] },
      { id: "b", body: b[0] },
      { id: "c", body: more[0] },
    ]);
    expect(result.explicitAcks.sort()).toEqual(["a", "b", "c"]);

    const counts: Record<string, string | undefined> = {};
    for (const tenant of ["cons-b1", "cons-b2"]) {
      for (const object of await listAll(consumerEnv.LOG_BUCKET, `raw/tenant=${tenant}/`)) {
        const parsed = parseKey(object.key);
        counts[`${tenant} ${parsed?.kind === "raw" ? parsed.hour : "?"}`] = object.customMetadata?.lines;
      }
    }
    expect(counts).toEqual({
      "cons-b1 2026-11-26T15": "2",
      "cons-b1 2026-11-26T16": "4",
      "cons-b1 2026-11-26T17": "4",
      "cons-b2 2026-11-26T16": "5",
    });
  });

  it("retries, with a backoff delay, only the messages whose object failed to write", async () => {
    const hour16 = packChunks("cons-c", "c1c1", lines(2, "2026-11-26T16"));
    const hour17 = packChunks("cons-c", "c2c2", lines(2, "2026-11-26T17"));
    // The 17:00 object fails; the 16:00 one succeeds.
    const { bucket } = faultyBucket(consumerEnv.LOG_BUCKET, {
      put: (args) => String(args[0]).includes("hour=17"),
    });
    const result = await deliver(
      "logsink",
      [
        { id: "ok", body: hour16[0] },
        { id: "bad", body: hour17[0], attempts: 2 },
      ],
      bucket,
    );
    expect(result.explicitAcks).toEqual(["ok"]);
    expect(result.retryMessages).toEqual([{ msgId: "bad" }]);
    expect(result.delays).toEqual({ bad: 20 }); // second attempt: 10 s × 2
    const stored = await listAll(consumerEnv.LOG_BUCKET, "raw/tenant=cons-c/");
    expect(stored.map((o) => parseKey(o.key)?.hour)).toEqual(["2026-11-26T16"]);

    // The redelivery succeeds and the records arrive.
    const retry = await deliver("logsink", [{ id: "bad", body: hour17[0], attempts: 3 }]);
    expect(retry.explicitAcks).toEqual(["bad"]);
    expect(await listAll(consumerEnv.LOG_BUCKET, "raw/tenant=cons-c/dt=2026-11-26/hour=17/")).toHaveLength(1);
  });

  it("retries a message whose records span a failed and a stored object", async () => {
    const mixed = packChunks("cons-d", "d1d1", [...lines(1, "2026-11-26T10"), ...lines(1, "2026-11-26T11")]);
    const { bucket } = faultyBucket(consumerEnv.LOG_BUCKET, { put: (args) => String(args[0]).includes("hour=11") });
    const result = await deliver("logsink", [{ id: "mixed", body: mixed[0] }], bucket);
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages.map((r) => r.msgId)).toEqual(["mixed"]);
  });

  it("stores an undecodable message under dead-letter/ with the reason, and acks it", async () => {
    const result = await deliver("logsink", [
      { id: "garbage1", body: "not a logsink chunk" },
      { id: "garbage2", body: { some: "object" } },
    ]);
    expect(result.explicitAcks.sort()).toEqual(["garbage1", "garbage2"]);
    const letter = await consumerEnv.LOG_BUCKET.get("dead-letter/2026-11-26/garbage1.json");
    expect(await letter?.json()).toMatchObject({
      queue: "logsink",
      id: "garbage1",
      body: "not a logsink chunk",
      reason: "expected bytes, got string",
    });
    const second = await consumerEnv.LOG_BUCKET.get("dead-letter/2026-11-26/garbage2.json");
    expect(await second?.json()).toMatchObject({
      body: { some: "object" },
      reason: "expected bytes, got object",
    });
  });

  it("dead-letters bytes that are not a logsink message, keeping them as base64", async () => {
    const [good] = packChunks("cons-g", "g1g1", lines(3, "2026-11-26T17"));
    const body = good ?? new Uint8Array();
    const corrupt = body.slice();
    const header = body.indexOf(10) + 1;
    corrupt.fill(0xff, header + 2, header + 12);
    const result = await deliver("logsink", [
      { id: "garbage4", body: new Uint8Array([1, 2, 3]).buffer },
      { id: "garbage5", body: body.slice(0, body.byteLength - 1) },
      { id: "garbage6", body: corrupt },
    ]);
    expect(result.explicitAcks.sort()).toEqual(["garbage4", "garbage5", "garbage6"]);
    const letter = async (id: string) =>
      (await consumerEnv.LOG_BUCKET.get(`dead-letter/2026-11-26/${id}.json`))?.json();
    expect(await letter("garbage4")).toMatchObject({
      body: "AQID",
      body_encoding: "base64",
      reason: "the message has no header line",
    });
    expect(await letter("garbage5")).toMatchObject({ reason: expect.stringMatching(/^the header counts \d+ bytes/) });
    expect(await letter("garbage6")).toMatchObject({
      reason: expect.stringMatching(/^the records of 2026-11-26T17 do not decompress|^the header counts 3 records/),
    });
    expect(await listAll(consumerEnv.LOG_BUCKET, "raw/tenant=cons-g/")).toEqual([]);
  });

  it("retries an undecodable message when dead-lettering it fails", async () => {
    const { bucket } = faultyBucket(consumerEnv.LOG_BUCKET, { put: 1 });
    const result = await deliver("logsink", [{ id: "garbage3", body: "junk" }], bucket);
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages).toEqual([{ msgId: "garbage3" }]);
    expect(result.delays).toEqual({ garbage3: 10 });
  });

  it("never yields more distinct record ids than were sent when messages are redelivered regrouped", async () => {
    const bodies = packChunks("cons-e", "e1e1", lines(900, "2026-11-26T12"), 20_000);
    expect(bodies.length).toBeGreaterThan(3);
    const messages = bodies.map((body, i) => ({ id: `e${i}`, body }));
    // First delivery: all in one batch, the write fails → all retried.
    const { bucket } = faultyBucket(consumerEnv.LOG_BUCKET, { put: 1 });
    expect((await deliver("logsink", messages, bucket)).retryMessages).toHaveLength(bodies.length);
    // Then they come back regrouped, some twice (a crash after the write, before the ack).
    await deliver("logsink", messages.slice(0, 2));
    await deliver("logsink", messages.slice(1));
    await deliver(
      "logsink",
      [messages[0], messages[3]].filter((m) => m !== undefined),
    );

    const records = [];
    for (const object of await listAll(consumerEnv.LOG_BUCKET, "raw/tenant=cons-e/")) {
      records.push(...(await readRecords(consumerEnv.LOG_BUCKET, object.key)));
    }
    expect(records.length).toBeGreaterThan(900); // duplicates exist in raw…
    expect(new Set(records.map((r) => r.id)).size).toBe(900); // …but only 900 distinct ids
    // …all of one sequence (one request's hour), and the deduplicator keeps exactly one of each.
    expect(new Set(records.map((r) => parseId(String(r.id))?.[0]))).toEqual(new Set(["e1e1-0"]));
    const dedup = new RecordDeduplicator();
    const kept = records.filter((r) => dedup.accept(String(r.id)));
    expect(kept.map((r) => r.id).sort()).toEqual([...new Set(records.map((r) => r.id))].sort());
    expect(kept).toHaveLength(900);
  });
});

describe("consumer: the batch log line", () => {
  it("counts records, objects and the messages' 64 KB billing units", async () => {
    // One record of ~88 KB base64 noise: a message cannot be split below one record, so this one
    // passes a 64 KB unit (the packer splits any message of several records that would).
    const random = () => Buffer.from(crypto.getRandomValues(new Uint8Array(33_000))).toString("base64");
    const noise = [{ msg: `noise ${random()}${random()}`, ts: "2026-11-26T08:00:00.000Z" }];
    const [large, ...more] = packChunks("cons-u", "u1u1", noise);
    expect(more).toEqual([]);
    const [small] = packChunks("cons-u", "u2u2", lines(2, "2026-11-26T08"));
    expect(large?.byteLength).toBeGreaterThan(64_000);
    const batch = createMessageBatch("logsink", [
      { id: "u1", timestamp: new Date(), attempts: 1, body: large },
      { id: "u2", timestamp: new Date(), attempts: 1, body: small },
    ]);
    const outcome = await writeBatch(batch, consumerEnv.LOG_BUCKET, Date.now());
    expect(outcome).toMatchObject({ messages: 2, queue_units: 3, records: 3, objects: 1, acked: 2 });
  });
});

describe("consumer: retry delays", () => {
  it("backs off 10 s, 20 s, 40 s … and never waits more than 5 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelaySeconds)).toEqual([10, 20, 40, 80, 160, 300, 300]);
  });
});

describe("consumer: the dead-letter queue", () => {
  it("stores each message as it was under dead-letter/<date>/<message-id>.json and acks it", async () => {
    const [body] = packChunks("cons-f", "f1f1", lines(2, "2026-11-26T09"));
    const result = await deliver("logsink-dlq", [
      { id: "dlq1", body, attempts: 6 },
      { id: "dlq2", body: new Uint8Array([1, 2, 3]).buffer },
    ]);
    expect(result.explicitAcks.sort()).toEqual(["dlq1", "dlq2"]);
    const letter = await consumerEnv.LOG_BUCKET.get("dead-letter/2026-11-26/dlq1.json");
    expect(await letter?.json()).toEqual({
      queue: "logsink-dlq",
      id: "dlq1",
      timestamp: "2026-11-26T18:00:00.000Z",
      attempts: 6,
      reason: "retries exhausted",
      body: Buffer.from(body ?? []).toString("base64"),
      body_encoding: "base64",
    });
    const bytes = await consumerEnv.LOG_BUCKET.get("dead-letter/2026-11-26/dlq2.json");
    expect(await bytes?.json()).toMatchObject({ body: "AQID", body_encoding: "base64" });
  });

  it("retries a dead letter it could not store", async () => {
    const { bucket } = faultyBucket(consumerEnv.LOG_BUCKET, { put: 1 });
    const result = await deliver("logsink-dlq", [{ id: "dlq3", body: "x" }], bucket);
    expect(result.retryMessages).toEqual([{ msgId: "dlq3" }]);
    expect(result.delays).toEqual({ dlq3: 60 });
  });
});

describe("consumer metrics (Analytics Engine)", () => {
  it("writes one data point per tenant of a batch: records and bytes written, objects, stored or retried", async () => {
    const { dataset, points } = recordingDataset(consumerEnv.METRICS);
    const a = packChunks("met-a", "meta", [...lines(3, "2026-11-26T17"), ...lines(2, "2026-11-26T16")]);
    const b = packChunks("met-b", "metb", lines(4, "2026-11-26T17"));
    await deliver(
      "logsink",
      [...a, ...b].map((body, i) => ({ id: `met${i}`, body })),
      consumerEnv.LOG_BUCKET,
      { METRICS: dataset },
    );
    expect(points.map((p) => [p.kind, p.tenant, p.subject, p.outcome, p.records, p.other]).sort()).toEqual([
      ["batch", "met-a", "queue", "stored", 5, 2],
      ["batch", "met-b", "queue", "stored", 4, 1],
    ]);
    expect(points.every((p) => p.bytes > 0 && p.index === p.tenant)).toBe(true);

    const { bucket: failing } = faultyBucket(consumerEnv.LOG_BUCKET, { put: () => true });
    const retried = recordingDataset(consumerEnv.METRICS);
    const c = packChunks("met-c", "metc", lines(2, "2026-11-26T17"));
    await deliver("logsink", [{ id: "metc", body: c[0] }], failing, { METRICS: retried.dataset });
    expect(retried.points).toMatchObject([{ tenant: "met-c", outcome: "retried", records: 0 }]);
  });
});

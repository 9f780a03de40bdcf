import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../workers/ingest/index";
import { packChunks } from "./helpers/chunks";
import { recordingQueue } from "./helpers/queue";

const ingestEnv = env as unknown as IngestEnv;

async function replay(token: string, query: string) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE);
  const res = await worker.fetch(
    new Request(`http://logsink.test/v1/admin/dead-letters/replay${query}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    }),
    { ...ingestEnv, LOG_QUEUE: queue.queue },
    createExecutionContext(),
  );
  return { res, queue };
}

describe("POST /v1/admin/dead-letters/replay", () => {
  it("puts dead-lettered chunks back on the queue, deletes them, and leaves what is not a chunk", async () => {
    const [body] = packChunks("replay", "abab", [{ msg: "lost and found", ts: "2026-11-20T10:00:00Z" }]);
    const letter = {
      queue: "logsink-dlq",
      id: "m1",
      timestamp: "2026-11-20T10:00:01.000Z",
      attempts: 6,
      reason: "retries exhausted",
      body,
    };
    await ingestEnv.LOG_BUCKET.put("dead-letter/2026-11-20/m1.json", JSON.stringify(letter));
    await ingestEnv.LOG_BUCKET.put(
      "dead-letter/2026-11-20/m2.json",
      JSON.stringify({ ...letter, id: "m2", body: "junk" }),
    );

    const { res, queue } = await replay("dev-admin-token", "?date=2026-11-20");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      date: "2026-11-20",
      replayed: 1,
      skipped: [{ key: "dead-letter/2026-11-20/m2.json", reason: "the header line is not JSON" }],
      cursor: null,
    });
    expect(queue.records().map((r) => r.message)).toEqual(["lost and found"]);
    expect(await ingestEnv.LOG_BUCKET.head("dead-letter/2026-11-20/m1.json")).toBeNull();
    expect(await ingestEnv.LOG_BUCKET.head("dead-letter/2026-11-20/m2.json")).not.toBeNull();
  });

  it("needs the admin scope and a valid date", async () => {
    expect((await replay("dev-token", "?date=2026-11-20")).res.status).toBe(403);
    expect((await replay("dev-admin-token", "?date=../../x")).res.status).toBe(400);
  });
});

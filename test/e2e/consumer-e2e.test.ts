import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { type LocalBucket, withLocalBucket } from "./local-r2";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
});

afterAll(async () => {
  await server?.stop();
});

async function rawObjects(bucket: LocalBucket, tenant: string) {
  const listed = await bucket.list({ prefix: `raw/tenant=${tenant}/`, include: ["customMetadata"] });
  return listed.objects;
}

describe("consumer under the real wrangler dev (npm start)", () => {
  it("turns accepted lines into gzip NDJSON raw objects within seconds", async () => {
    const tenant = `e2e-${Date.now().toString(36)}`;
    // Two hours a day back: inside the event-time window (MAX_EVENT_AGE_DAYS), both in the past.
    const dayAgo = Date.now() - 86_400_000;
    const hours = [dayAgo, dayAgo + 3_600_000].map((ms) => new Date(ms).toISOString().slice(0, 13));
    const lines = Array.from({ length: 2500 }, (_, i) =>
      JSON.stringify({ msg: `consumer e2e ${i}`, ts: `${hours[i % 2]}:${String(i % 60).padStart(2, "0")}:00Z` }),
    );
    const res = await fetch(`${server.url}/v1/logs?tenant=${tenant}`, {
      method: "POST",
      body: gzipSync(`${lines.join("\n")}\n`),
      headers: {
        Authorization: "Bearer dev-admin-token",
        "Content-Type": "application/x-ndjson",
        "Content-Encoding": "gzip",
      },
    });
    expect(res.status, server.output()).toBe(202);
    const { accepted } = (await res.json()) as { accepted: number };
    expect(accepted).toBe(2500);

    const stored = await vi.waitUntil(
      () =>
        withLocalBucket(server.persistTo, async (bucket) => {
          const objects = await rawObjects(bucket, tenant);
          const total = objects.reduce((sum, o) => sum + Number(o.customMetadata?.lines ?? 0), 0);
          if (total < accepted) return undefined;
          const records: { message: string; timestamp: string }[] = [];
          for (const object of objects) {
            expect(object.key).toMatch(
              new RegExp(
                `^raw/tenant=${tenant}/dt=(${hours.map((h) => `${h.slice(0, 10)}/hour=${h.slice(11)}`).join("|")})/[0-9a-z-]+\\.ndjson\\.gz$`,
              ),
            );
            const body = await bucket.get(object.key);
            const text = gunzipSync(Buffer.from(await (body as NonNullable<typeof body>).arrayBuffer())).toString();
            records.push(
              ...text
                .trimEnd()
                .split("\n")
                .map((l) => JSON.parse(l)),
            );
          }
          return records;
        }),
      { timeout: 30_000, interval: 500 },
    );
    expect(stored).toHaveLength(accepted);
    expect(new Set(stored.map((r) => r.message)).size).toBe(accepted);
  });
});

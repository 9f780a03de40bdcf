import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { withLocalBucket } from "./local-r2";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
});

afterAll(async () => {
  await server?.stop();
});

const admin = { Authorization: "Bearer dev-admin-token" };

function rawLines(tenant: string): Promise<number> {
  return withLocalBucket(server.persistTo, async (bucket) => {
    const listed = await bucket.list({ prefix: `raw/tenant=${tenant}/`, include: ["customMetadata"] });
    return listed.objects.reduce((sum, o) => sum + Number(o.customMetadata?.lines ?? 0), 0);
  });
}

describe("compaction under the real wrangler dev (npm start)", () => {
  it("POST → raw objects → POST /v1/admin/compact → parts holding every accepted record once", async () => {
    const tenant = `e2e-c-${Date.now().toString(36)}`;
    const now = new Date();
    const currentHour = now.toISOString().slice(0, 13);
    const older = new Date(now.getTime() - 6 * 86_400_000).toISOString().slice(0, 13);
    const lines = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify({ msg: `compact e2e ${i}`, ts: i % 3 === 0 ? `${older}:15:00Z` : `${currentHour}:10:00Z` }),
    );
    const post = () =>
      fetch(`${server.url}/v1/logs?tenant=${tenant}`, {
        method: "POST",
        body: `${lines.join("\n")}\n`,
        headers: { ...admin, "Content-Type": "application/x-ndjson", "Idempotency-Key": "same-request" },
      });
    const res = await post();
    expect(res.status, server.output()).toBe(202);
    // The same request retried with its Idempotency-Key: must not duplicate anything.
    expect((await post()).status).toBe(202);
    await vi.waitUntil(async () => (await rawLines(tenant)) >= 3000, { timeout: 30_000, interval: 500 });

    for (const hour of [currentHour, older]) {
      const compact = await fetch(`${server.url}/v1/admin/compact?hour=${hour}&tenant=${tenant}`, {
        method: "POST",
        headers: admin,
      });
      expect(compact.status, server.output()).toBe(200);
      const summary = (await compact.json()) as Record<string, unknown>;
      const expected = hour === older ? 500 : 1000;
      expect(summary).toMatchObject({ tenant, hour, parts: 1, lines: expected, duplicates_dropped: expected });
    }

    const messages = await withLocalBucket(server.persistTo, async (bucket) => {
      const found: string[] = [];
      for (const hour of [currentHour, older]) {
        const [date, hh] = hour.split("T");
        const manifest = await bucket.get(`logs/tenant=${tenant}/dt=${date}/hour=${hh}/_manifest.json`);
        const parsed = (await (manifest as NonNullable<typeof manifest>).json()) as { parts: { key: string }[] };
        for (const part of parsed.parts) {
          const object = await bucket.get(part.key);
          const text = gunzipSync(Buffer.from(await (object as NonNullable<typeof object>).arrayBuffer())).toString();
          found.push(
            ...text
              .trimEnd()
              .split("\n")
              .map((l) => (JSON.parse(l) as { message: string }).message),
          );
        }
      }
      expect((await bucket.list({ prefix: `raw/tenant=${tenant}/` })).objects).toHaveLength(0);
      return found;
    });
    expect(messages.sort()).toEqual(lines.map((l) => (JSON.parse(l) as { msg: string }).msg).sort());
  });

  it("refuses the admin route to tokens without the admin scope and rejects a malformed hour", async () => {
    const forbidden = await fetch(`${server.url}/v1/admin/compact?hour=2026-11-26T16`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-token" },
    });
    expect(forbidden.status).toBe(403);
    const bad = await fetch(`${server.url}/v1/admin/compact?hour=2026-11-26T25`, { method: "POST", headers: admin });
    expect(bad.status).toBe(400);
  });
});

import { Client as Client9 } from "@elastic/elasticsearch";
import { Client as Client8 } from "es8";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { waitForRecords } from "./read-back";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
});

afterAll(async () => {
  await server?.stop();
});

const storedRecords = (tenant: string, count: number) =>
  waitForRecords(server, { token: "dev-admin-token", tenant }, count);

/** What the test uses of a client, whichever its major. */
interface BulkClient {
  info(): Promise<{ version: { number: string }; tagline: string }>;
  bulk(documents: object[]): Promise<{ total: number; failed: number; successful: number }>;
  close(): Promise<void>;
}

const BULK = {
  onDocument: () => ({ create: { _index: "logs-gateway" } }),
  flushBytes: 20_000,
  refreshOnCompletion: false,
};

const recordsWith = (marker: string, count: number) => waitForRecords(server, { token: "dev-token", q: marker }, count);

async function bulkThrough(client: BulkClient, marker: string): Promise<void> {
  const info = await client.info();
  expect(info.version.number).toMatch(/^8\./);
  expect(info.tagline).toBe("You Know, for Search");
  const now = Date.now();
  const documents = Array.from({ length: 300 }, (_, i) => ({
    "@timestamp": new Date(now - i).toISOString(),
    log: { level: i % 2 === 0 ? "warn" : "error" },
    message: `${marker} request ${i} slow`,
    service: { name: "gateway" },
    host: { name: "gw-1" },
    trace: { id: `trace-${i}` },
    http: { response: { status_code: 504 } },
  }));
  const stats = await client.bulk(documents);
  expect([stats.total, stats.successful, stats.failed]).toEqual([300, 300, 0]);
  await client.close();
  const records = await recordsWith(marker, 300);
  expect(records).toHaveLength(300);
  expect(records.find((r) => r.message === `${marker} request 0 slow`)).toMatchObject({
    tenant: "default",
    level: "warn",
    service: "gateway",
    host: "gw-1",
    trace_id: "trace-0",
    attributes: { _index: "logs-gateway", http: { response: { status_code: 504 } } },
  });
}

describe("the official Elasticsearch clients against the real wrangler dev", () => {
  it("@elastic/elasticsearch 9: info() and helpers.bulk() store every document, ECS fields mapped", async () => {
    const client = new Client9({ node: `${server.url}/es`, auth: { apiKey: btoa("logsink:dev-token") } });
    await bulkThrough(
      {
        info: () => client.info(),
        bulk: (datasource) => client.helpers.bulk({ datasource, ...BULK }),
        close: () => client.close(),
      },
      `es9-${Date.now().toString(36)}`,
    );
  });

  it("@elastic/elasticsearch 8: the same with Basic auth", async () => {
    const client = new Client8({ node: `${server.url}/es`, auth: { username: "elastic", password: "dev-token" } });
    await bulkThrough(
      {
        info: () => client.info(),
        bulk: (datasource) => client.helpers.bulk({ datasource, ...BULK }),
        close: () => client.close(),
      },
      `es8-${Date.now().toString(36)}`,
    );
  });

  it("stores into the tenant an admin names with ?tenant=, field by field", async () => {
    const tenant = `es-t-${Date.now().toString(36)}`;
    const body = `${JSON.stringify({ index: { _index: "logs-a" } })}\n${JSON.stringify({
      "@timestamp": new Date().toISOString(),
      "log.level": "ERROR",
      message: "payment failed",
      "service.name": "pay",
      host: { name: "pay-1" },
      "trace.id": "t-1",
      labels: { region: "eu" },
    })}\n`;
    const res = await fetch(`${server.url}/es/_bulk?tenant=${tenant}`, {
      method: "POST",
      body,
      headers: {
        Authorization: `Basic ${btoa("elastic:dev-admin-token")}`,
        "Content-Type": "application/vnd.elasticsearch+x-ndjson; compatible-with=8",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-elastic-product")).toBe("Elasticsearch");
    const answer = (await res.json()) as { errors: boolean; items: { index: { _id: string; status: number } }[] };
    expect(answer.errors).toBe(false);
    const [record] = await storedRecords(tenant, 1);
    expect(record).toMatchObject({
      id: answer.items[0]?.index._id,
      tenant,
      level: "error",
      message: "payment failed",
      service: "pay",
      host: "pay-1",
      trace_id: "t-1",
      attributes: { host: { name: "pay-1" }, labels: { region: "eu" }, _index: "logs-a" },
    });
  });
});

/** Elasticsearch under /es inside workerd: cluster info, bulk with per-item results, auth forms. */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import worker from "../workers/ingest/index";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;
const now = new Date().toISOString();

interface Options {
  method?: string;
  body?: BodyInit;
  authorization?: string;
  type?: string;
  failQueue?: boolean;
}

async function es(path: string, options: Options = {}) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failQueue ? 1 : undefined });
  const headers = new Headers({ Authorization: options.authorization ?? "Bearer dev-token" });
  if (options.body !== undefined) headers.set("Content-Type", options.type ?? "application/x-ndjson");
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`http://logsink.test/es${path}`, { method: options.method ?? "GET", body: options.body, headers }),
    { ...ingestEnv, LOG_QUEUE: queue.queue },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, queue };
}

const ndjson = (...lines: unknown[]) => `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`;

interface BulkAnswer {
  errors: boolean;
  items: Record<string, { _index: string; _id?: string; status: number; error?: { type: string; reason: string } }>[];
}

describe("/es", () => {
  it("answers cluster info as an 8.x cluster, with x-elastic-product", async () => {
    for (const path of ["", "/"]) {
      const { res } = await es(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-elastic-product")).toBe("Elasticsearch");
      expect(await res.json()).toMatchObject({
        version: { number: expect.stringMatching(/^8\./) },
        tagline: "You Know, for Search",
      });
    }
    expect((await es("/", { method: "HEAD" })).res.status).toBe(200);
  });

  it("answers the setup agents do before they bulk harmlessly: templates, lifecycle policies, pipelines, health", async () => {
    for (const path of [
      "/_index_template/filebeat-8",
      "/_ilm/policy/logs",
      "/_ingest/pipeline/p",
      "/_template/logstash",
    ]) {
      expect((await es(path)).res.status).toBe(200);
      const put = await es(path, { method: "PUT", body: "{}", type: "application/json" });
      expect(await put.res.json()).toEqual({ acknowledged: true });
    }
    expect(await (await es("/_cluster/health")).res.json()).toMatchObject({ status: "green" });
    // rsyslog's omelasticsearch: HEAD /_cat/health must answer 200 before it sends anything.
    const cat = await es("/_cat/health", { method: "HEAD" });
    expect([cat.res.status, cat.res.headers.get("x-elastic-product")]).toEqual([200, "Elasticsearch"]);
    expect(await (await es("/_cat/health")).res.text()).toMatch(/ logsink green /);
    expect(await (await es("/_license")).res.json()).toMatchObject({ license: { status: "active" } });
  });

  it("stores index and create documents, answers delete and update per item, and keeps the index", async () => {
    const body = ndjson(
      { index: { _index: "app-logs" } },
      {
        "@timestamp": now,
        "log.level": "WARN",
        message: "disk almost full",
        host: { name: "db-1" },
        service: { name: "pg" },
      },
      { create: {} },
      { "@timestamp": now, event: { dataset: "nginx.access" } },
      { delete: { _index: "app-logs", _id: "1" } },
      { update: { _id: "2" } },
      { doc: { a: 1 } },
      { index: {} },
      { MESSAGE: "from syslog", LEVEL: "err", PROGRAM: "cron" },
    );
    const { res, queue } = await es("/fallback/_bulk", { method: "POST", body });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-elastic-product")).toBe("Elasticsearch");
    const answer = (await res.json()) as BulkAnswer;
    expect(answer.errors).toBe(true);
    expect(
      answer.items.map((i) => [Object.keys(i)[0], Object.values(i)[0]?.status, Object.values(i)[0]?._index]),
    ).toEqual([
      ["index", 201, "app-logs"],
      ["create", 201, "fallback"],
      ["delete", 400, "app-logs"],
      ["update", 400, "fallback"],
      ["index", 201, "fallback"],
    ]);
    const records = queue.records();
    expect(records.map((r) => r.id)).toEqual(
      [answer.items[0], answer.items[1], answer.items[4]].map((i) => Object.values(i ?? {})[0]?._id),
    );
    expect(records[0]).toMatchObject({
      level: "warn",
      message: "disk almost full",
      host: "db-1",
      service: "pg",
      attributes: { _index: "app-logs" },
    });
    expect(records[1]).toMatchObject({
      message: "",
      attributes: { _index: "fallback", event: { dataset: "nginx.access" } },
    });
    expect(records[2]).toMatchObject({ message: "from syslog", level: "error", service: "cron" });
  });

  it("takes Basic, ApiKey <base64 id:token> and ApiKey <token>", async () => {
    const body = ndjson({ index: { _index: "x" } }, { message: "m" });
    for (const authorization of [
      `Basic ${btoa("elastic:dev-token")}`,
      `ApiKey ${btoa("key-id:dev-token")}`,
      "ApiKey dev-token",
    ]) {
      expect((await es("/_bulk", { method: "POST", body, authorization })).res.status).toBe(200);
    }
    const denied = await es("/_bulk", { method: "POST", body, authorization: "ApiKey nope" });
    expect(denied.res.status).toBe(401);
    expect(await denied.res.json()).toMatchObject({ error: { type: "security_exception" }, status: 401 });
  });

  it("answers each item 429 when the queue fails, so that clients send those again", async () => {
    const body = ndjson({ index: { _index: "x" } }, { message: "a" }, { index: { _index: "x" } }, { message: "b" });
    const { res } = await es("/_bulk", { method: "POST", body, failQueue: true });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as BulkAnswer;
    expect(answer.items.map((i) => Object.values(i)[0]?.status)).toEqual([429, 429]);
  });

  it("answers a body whose action lines are not actions with 400 in Elasticsearch's shape", async () => {
    const { res } = await es("/_bulk", { method: "POST", body: ndjson({ message: "no action" }, { index: {} }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { type: "illegal_argument_exception" }, status: 400 });
  });

  it("answers any body with 200 or 400, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ index: {} }), fc.constant({ create: { _index: "i" } })),
          {
            maxLength: 12,
          },
        ),
        async (lines) => {
          const { res } = await es("/idx/_bulk", { method: "POST", body: ndjson(...lines) });
          expect([200, 400]).toContain(res.status);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 200 },
    );
  });
});

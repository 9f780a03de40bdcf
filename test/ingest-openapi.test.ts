import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../workers/ingest/app";
import worker from "../workers/ingest/index";

const ingestEnv: IngestEnv = env;

interface Document {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required: boolean }[] }>>;
}

async function document(): Promise<Document> {
  const res = await worker.fetch(new Request("http://logsink.test/openapi.json"), ingestEnv, createExecutionContext());
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
  return (await res.json()) as Document;
}

/** A Hono route path as OpenAPI writes it: `:name` → `{name}`, a trailing `*` → a parameter. */
function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, "{$1}").replace(/\/\*$/, (m) => (path.startsWith("/v1/objects") ? "/{key}" : m));
}

describe("GET /openapi.json", () => {
  it("documents every route the app serves, with each method", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const served = app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => {
        const path = openApiPath(r.path).replace("/es/_nodes/*", "/es/_nodes/{path}");
        return `${r.method.toLowerCase()} ${path}`;
      });
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(served).toEqual(
      expect.arrayContaining([
        "post /es/{index}/_bulk",
        "head /es/",
        "post /services/collector/raw/1.0",
        "get /v1/hours",
      ]),
    );
    const missing = [...new Set(served)].filter((route) => !documented.includes(route));
    expect(missing).toEqual([]);
  });

  it("takes query parameters from the zod schemas the routes validate with", async () => {
    const doc = await document();
    const names = (path: string, method: string) =>
      (doc.paths[path]?.[method]?.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
    expect(names("/v1/logs", "get")).toEqual(["from", "to", "level", "service", "q", "limit", "tenant"]);
    expect(names("/v1/hours", "get")).toEqual(["from", "to", "tenant", "limit", "cursor"]);
    expect(names("/services/collector/raw", "post")).toEqual(["host", "source", "sourcetype", "index"]);
    const from = doc.paths["/v1/logs"]?.get?.parameters?.find((p) => p.name === "from");
    expect(from?.required).toBe(true);
  });
});

import { gzipSync } from "node:zlib";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer();
});

afterAll(async () => {
  await server?.stop();
});

function post(path: string, body: string | Uint8Array, headers: Record<string, string>): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: "POST", body, headers });
}

describe("ingest under the real wrangler dev (npm start)", () => {
  it("answers /healthz", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("serves an OpenAPI 3.1 document that an OpenAPI validator accepts", async () => {
    const res = await fetch(`${server.url}/openapi.json`);
    expect(res.status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate((await res.json()) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect([result.valid, validator.version]).toEqual([true, "3.1"]);
  });

  it("accepts gzip NDJSON with a dev token and reports rejected lines", async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ msg: `e2e ${i}`, level: 30 }));
    lines.push("{broken");
    const res = await post("/v1/logs", gzipSync(`${lines.join("\n")}\n`), {
      Authorization: "Bearer dev-token",
      "Content-Type": "application/x-ndjson",
      "Content-Encoding": "gzip",
      "Idempotency-Key": "e2e-1",
    });
    expect(res.status, server.output()).toBe(202);
    const body = (await res.json()) as { accepted: number; rejected: number; errors: { line: number }[] };
    expect([body.accepted, body.rejected, body.errors[0]?.line]).toEqual([1000, 1, 1001]);
  });

  it("accepts text with every dev token and refuses an unknown one", async () => {
    for (const token of ["dev-token", "dev-token-acme", "dev-admin-token"]) {
      const res = await post("/v1/logs?service=e2e", "one\ntwo\n", {
        Authorization: `Bearer ${token}`,
        "Content-Type": "text/plain",
      });
      expect(res.status, token).toBe(202);
    }
    const res = await post("/v1/logs", "x", { Authorization: "Bearer nope", "Content-Type": "text/plain" });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("answers 413 to a gzip bomb and stays healthy", async () => {
    const bomb = gzipSync(Buffer.alloc(400 * 1024 * 1024, 10), { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    const res = await post("/v1/logs", bomb, {
      Authorization: "Bearer dev-token",
      "Content-Type": "text/plain",
      "Content-Encoding": "gzip",
    });
    expect(res.status).toBe(413);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

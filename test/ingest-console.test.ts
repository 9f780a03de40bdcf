import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../workers/ingest/index";

const ingestEnv: IngestEnv = env;

function get(path: string, headers: Record<string, string> = {}) {
  return worker.fetch(new Request(`http://logsink.test${path}`, { headers }), ingestEnv, createExecutionContext());
}

describe("the console's files", () => {
  it("serves the page, its script and its stylesheet without a token, with their types and an ETag", async () => {
    for (const [path, type, text] of [
      ["/", "text/html", "<title>logsink console</title>"],
      ["/console.js", "text/javascript", "sessionStorage.getItem(TOKEN_KEY)"],
      ["/console.css", "text/css", "[hidden]"],
    ] as const) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toMatch(new RegExp(`^${type}`));
      expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
      expect(await res.text()).toContain(text);
      const etag = res.headers.get("ETag") ?? "";
      expect(etag).toMatch(/^"[0-9a-f]{24}"$/);
      const again = await get(path, { "If-None-Match": etag });
      expect(again.status).toBe(304);
    }
  });

  it("leaves every other path to the API (JSON 404)", async () => {
    const res = await get("/console.map");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "no such route: GET /console.map" });
  });
});

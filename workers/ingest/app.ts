import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { TokenConfigError } from "../../src/auth";
import { ConfigError } from "./config";
import { ApiError } from "./errors";
import { admin } from "./routes/admin";
import { logs } from "./routes/logs";
import { objects } from "./routes/objects";
import { query } from "./routes/query";
import type { AppEnv } from "./types";

/** The ingest Worker's HTTP API (CONTRACT.md, "HTTP API of the ingest Worker"). */
export const app = new Hono<AppEnv>();

app.get("/healthz", (c) => c.json({ ok: true }));
app.route("/v1/logs", logs);
app.route("/v1/logs", query);
app.route("/v1/objects", objects);
app.route("/v1/admin", admin);

app.notFound((c) => c.json({ error: `no such route: ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));

// Every error answer is JSON `{"error": …}`; internals stay in the logs.
app.onError((error, c) => {
  if (error instanceof ApiError) {
    return c.json({ error: error.message, ...error.details }, error.status, error.headers);
  }
  if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
  if (error instanceof TokenConfigError || error instanceof ConfigError) {
    console.error(JSON.stringify({ event: "config_error", error: error.message }));
    return c.json({ error: "the server is misconfigured; its operator has been told in the logs" }, 500);
  }
  console.error(JSON.stringify({ event: "unhandled_error", error: String(error), stack: error.stack }));
  return c.json({ error: "internal error" }, 500);
});

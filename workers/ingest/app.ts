import { Hono } from "hono";
import { describeError } from "./errors";
import { openApiDocument } from "./openapi";
import { admin } from "./routes/admin";
import { consolePages } from "./routes/console";
import { datadog } from "./routes/datadog";
import { elasticsearch } from "./routes/elasticsearch";
import { hours } from "./routes/hours";
import { ingest } from "./routes/ingest";
import { loki } from "./routes/loki";
import { objects } from "./routes/objects";
import { otlp } from "./routes/otlp";
import { query } from "./routes/query";
import { splunk } from "./routes/splunk";
import type { AppEnv } from "./types";

/** The ingest Worker's HTTP API (README, "HTTP API"). */
export const app = new Hono<AppEnv>();

app.route("/", consolePages);
app.get("/healthz", (c) => c.json({ ok: true }));
app.get("/openapi.json", (c) => c.json(openApiDocument()));
app.route("/v1/logs", ingest);
app.route("/v1/logs", query);
app.route("/v1/objects", objects);
app.route("/v1/hours", hours);
app.route("/v1/admin", admin);
app.route("/otlp", otlp);
app.route("/loki", loki);
app.route("/es", elasticsearch);
app.route("/api", datadog);
app.route("/services", splunk);
// Clients given the node URL `<ingest URL>/es` ask for `/es/` (a sub-app's "/" is `/es` only).
app.on(["GET", "HEAD"], "/es/", (c) =>
  elasticsearch.fetch(new Request(new URL("/", c.req.url), c.req.raw), c.env, c.executionCtx),
);

app.notFound((c) => c.json({ error: `no such route: ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));

// Every error answer is JSON `{"error": …}`; internals stay in the logs.
app.onError((error, c) => {
  const { status, message, headers, details } = describeError(error);
  return c.json({ error: message, ...details }, status, headers);
});

import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import pino from "pino";
import { pinoLoki } from "pino-loki";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import winston from "winston";
import LokiTransport from "winston-loki";
import { type DevServer, startDevServer } from "./dev-server";
import { waitForRecords } from "./read-back";

let server: DevServer;
let proxy: Server;
let proxyUrl: string;
/** What reached logsink through the proxy: each push's headers and status. */
const seen: { headers: IncomingHttpHeaders; status: number }[] = [];

beforeAll(async () => {
  server = await startDevServer();
  // A recording proxy in front of logsink, to see what the client really sent (winston-loki
  // falls back to JSON when its optional native snappy module is missing).
  const target = new URL(server.url);
  proxy = createServer((req, res) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        seen.push({ headers: req.headers, status: answer.statusCode ?? 0 });
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await server?.stop();
});

const storedRecords = (tenant: string, count: number) =>
  waitForRecords(server, { token: "dev-admin-token", tenant }, count);

describe("Loki clients against the real wrangler dev", () => {
  it("pino-loki (JSON): pino's level and message come through, labels fill the rest", async () => {
    const tenant = `loki-pino-${Date.now().toString(36)}`;
    const errors: unknown[] = [];
    const transport = pinoLoki({
      host: proxyUrl,
      basicAuth: { username: "pino", password: "dev-admin-token" },
      headers: { "X-Scope-OrgID": tenant },
      labels: { app: "checkout", env: "test" },
      batching: { interval: 0.2 },
      silenceErrors: false,
    });
    transport.on("error", (error: unknown) => errors.push(error));
    const logger = pino({ base: { pid: 42, hostname: "web-1" } }, transport);
    for (let i = 0; i < 20; i++) logger.warn({ order: i }, `order ${i} declined`);
    logger.info("all done");

    const records = await storedRecords(tenant, 21);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(21);
    const first = records.find((r) => r.message === "order 0 declined");
    expect(first).toMatchObject({
      tenant,
      level: "warn",
      service: "checkout",
      host: "web-1",
      message: "order 0 declined",
      attributes: { order: 0, pid: 42, env: "test" },
    });
    expect(records.find((r) => r.message === "all done")?.level).toBe("info");
    const pushes = seen.filter((s) => s.headers["x-scope-orgid"] === tenant);
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((p) => p.status === 204 && p.headers["content-type"] === "application/json")).toBe(true);
    transport.end();
  });

  it("winston-loki (snappy protobuf): winston's level, message and metadata come through", async () => {
    const tenant = `loki-winston-${Date.now().toString(36)}`;
    const failures: unknown[] = [];
    const logger = winston.createLogger({
      transports: [
        new LokiTransport({
          host: proxyUrl,
          basicAuth: "winston:dev-admin-token",
          headers: { "X-Scope-OrgID": tenant },
          labels: { job: "billing" },
          json: false,
          batching: true,
          interval: 0.2,
          format: winston.format.json(),
          onConnectionError: (error: unknown) => failures.push(error),
        }),
      ],
    });
    for (let i = 0; i < 10; i++) logger.error(`invoice ${i} failed`, { invoice: i });
    logger.info("billing ok");

    const records = await storedRecords(tenant, 11);
    expect(failures).toEqual([]);
    expect(records).toHaveLength(11);
    expect(records.find((r) => r.message === "invoice 0 failed")).toMatchObject({
      tenant,
      level: "error",
      service: "billing",
      message: "invoice 0 failed",
      attributes: { invoice: 0 },
    });
    const pushes = seen.filter((s) => s.headers["x-scope-orgid"] === tenant);
    expect(pushes.length).toBeGreaterThan(0);
    // Really protobuf, not winston-loki's JSON fallback.
    expect(pushes.every((p) => p.status === 204 && p.headers["content-type"] === "application/x-protobuf")).toBe(true);
    logger.close();
  });
});

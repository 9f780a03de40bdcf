import { Logger as SplunkLogger } from "splunk-logging";
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

describe("splunk-logging (Splunk's Node library) against the real wrangler dev", () => {
  it("a bad token gets HEC's invalid-token error through the library's error callback", async () => {
    const logger = new SplunkLogger({ token: "not-a-token", url: server.url });
    const reported: unknown[] = [];
    logger.error = (error: unknown) => reported.push(error);
    await new Promise<void>((resolve) => logger.send({ message: "x" }, () => resolve()));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ message: "Invalid token", code: 4 });
  });

  it("sends batched events that are stored field by field, and sees HEC's success", async () => {
    const marker = `hec-${Date.now().toString(36)}`;
    // No automatic flush: one explicit flush sends the 40 events in one request.
    const logger = new SplunkLogger({ token: "dev-token", url: server.url, maxBatchCount: 1000 });
    const answers: unknown[] = [];
    const errors: unknown[] = [];
    logger.error = (error: unknown) => errors.push(error);
    for (let i = 0; i < 40; i++) {
      logger.send({
        message: `${marker} job ${i} done`,
        severity: i % 2 === 0 ? "warn" : "error",
        metadata: { host: "batch-1", source: "jobs", sourcetype: "_json", index: "main" },
      });
    }
    // One request of 40 events, concatenated as the library sends them (`}{`, as form data).
    await new Promise<void>((resolve) =>
      logger.flush((error: unknown, _response: unknown, body: unknown) => {
        if (error) errors.push(error);
        else answers.push(body);
        resolve();
      }),
    );
    const records = await waitForRecords(server, { token: "dev-token", q: marker }, 40);
    expect(errors).toEqual([]);
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers[0])).toContain('"code":0');
    expect(records).toHaveLength(40);
    expect(records.find((r) => r.message === `${marker} job 0 done`)).toMatchObject({
      level: "warn",
      host: "batch-1",
      service: "jobs",
      attributes: { sourcetype: "_json", index: "main" },
    });
  });
});

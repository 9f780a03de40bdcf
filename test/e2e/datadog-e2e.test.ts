import { client, v2 } from "@datadog/datadog-api-client";
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

describe("the official Datadog API client against the real wrangler dev", () => {
  it("a bad key gets the client's own error: the 403 it reports, nothing stored", async () => {
    const configuration = client.createConfiguration({
      authMethods: { apiKeyAuth: "not-a-token" },
      baseServer: new client.BaseServerConfiguration(server.url, {}),
    });
    const error = await new v2.LogsApi(configuration).submitLog({ body: [{ message: "x" }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 401 });
  });

  for (const contentEncoding of [undefined, "gzip", "deflate"] as const) {
    it(`LogsApi.submitLog (${contentEncoding ?? "no encoding"}) stores every log, status as the level`, async () => {
      const configuration = client.createConfiguration({
        authMethods: { apiKeyAuth: "dev-token" },
        baseServer: new client.BaseServerConfiguration(server.url, {}),
      });
      const logs = new v2.LogsApi(configuration);
      const marker = `dd-${contentEncoding ?? "plain"}-${Date.now().toString(36)}`;
      const body = Array.from({ length: 50 }, (_, i) => ({
        message: `${marker} charge ${i} declined`,
        hostname: "i-0abc",
        service: "billing",
        ddsource: "nodejs",
        ddtags: "env:prod,version:1.2",
        // The client's HTTPLogItem types the documented fields; others, `status` among them, go here.
        additionalProperties: { status: i % 2 === 0 ? "warn" : "error", region: "eu" },
      }));
      const answer: unknown = await logs.submitLog(
        contentEncoding === undefined ? { body } : { body, contentEncoding },
      );
      expect(answer).toEqual({});
      const records = await waitForRecords(server, { token: "dev-token", q: marker }, 50);
      expect(records).toHaveLength(50);
      expect(records.find((r) => r.message === `${marker} charge 0 declined`)).toMatchObject({
        tenant: "default",
        level: "warn",
        host: "i-0abc",
        service: "billing",
        attributes: { ddsource: "nodejs", ddtags: "env:prod,version:1.2", region: "eu" },
      });
    });
  }
});

/** Splunk HEC inside workerd: event and raw bodies, HEC's answers and codes. */
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concatenatedObjects } from "../src/decoders/splunk";
import worker from "../workers/ingest/index";
import { recordingQueue } from "./helpers/queue";

const ingestEnv: IngestEnv = env;
const seconds = Date.now() / 1000;

async function hec(
  path: string,
  body: BodyInit | undefined,
  options: { auth?: string | null; type?: string; failQueue?: boolean } = {},
) {
  const queue = recordingQueue(ingestEnv.LOG_QUEUE, { failFromBatch: options.failQueue ? 1 : undefined });
  const headers = new Headers({ "Content-Type": options.type ?? "application/x-www-form-urlencoded" });
  if (options.auth !== null) headers.set("Authorization", options.auth ?? "Splunk dev-token");
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`http://logsink.test/services${path}`, { method: body === undefined ? "GET" : "POST", body, headers }),
    { ...ingestEnv, LOG_QUEUE: queue.queue },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { res, queue, body: (await res.json()) as Record<string, unknown> };
}

describe("Splunk HEC", () => {
  it("reads concatenated events with or without whitespace, whatever the content type", async () => {
    const body = `{"time":${seconds.toFixed(3)},"host":"web-1","source":"nginx","sourcetype":"access","index":"main","fields":{"dc":"eu"},"event":"GET / 200"}{"event":{"message":"obj","level":"warn"},"time":"${seconds.toFixed(3)}"}
  {"event":42}`;
    const { res, queue, body: answer } = await hec("/collector/event", body);
    expect(res.status).toBe(200);
    expect(answer).toEqual({ text: "Success", code: 0 });
    const [a, b, c] = queue.records();
    expect(a).toMatchObject({
      host: "web-1",
      service: "nginx",
      message: "GET / 200",
      timestamp: new Date(Math.round(seconds * 1000)).toISOString(),
      attributes: { sourcetype: "access", index: "main", fields: { dc: "eu" } },
    });
    expect(b).toMatchObject({ message: "obj", level: "warn" });
    expect(c?.message).toBe("42");
  });

  it("reads objects split across body chunks (a chunked body), and numbers given as strings", async () => {
    const text = `{"event":"first","time":"${seconds.toFixed(3)}"}  {"event":{"msg":"second","n":"7"}}`;
    const bytes = new TextEncoder().encode(text);
    const pieces = Array.from({ length: Math.ceil(bytes.byteLength / 5) }, (_, i) => bytes.slice(i * 5, i * 5 + 5));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    const { res, queue } = await hec("/collector", stream);
    expect(res.status).toBe(200);
    expect(
      queue.records().map((r) => [r.message, r.timestamp === new Date(Math.round(seconds * 1000)).toISOString()]),
    ).toEqual([
      ["first", true],
      ["second", false],
    ]);
    expect(queue.records()[1]?.attributes).toEqual({ n: "7" });
  });

  it("stores the events before the first invalid one and names it, with HEC's code", async () => {
    const { res, queue, body } = await hec("/collector", '{"event":"a"}{"event":"b"}{"host":"x"}{"event":"c"}');
    expect(res.status).toBe(400);
    expect(body).toEqual({ text: "Event field is required", code: 12, "invalid-event-number": 2 });
    expect(queue.records().map((r) => r.message)).toEqual(["a", "b"]);
    const broken = await hec("/collector/event/1.0", '{"event":"a"}{"event":');
    expect(broken.body).toMatchObject({ code: 6, "invalid-event-number": 1 });
    expect(broken.queue.records().map((r) => r.message)).toEqual(["a"]);
  });

  it("reads raw bodies as lines, metadata from the query", async () => {
    const { res, queue } = await hec("/collector/raw?host=h1&source=app&sourcetype=st", "line one\nline two\n", {
      type: "text/plain",
    });
    expect(res.status).toBe(200);
    expect(
      queue.records().map((r) => [r.message, r.host, r.service, (r.attributes as Record<string, unknown>)?.sourcetype]),
    ).toEqual([
      ["line one", "h1", "app", "st"],
      ["line two", "h1", "app", "st"],
    ]);
  });

  it("answers with HEC's codes: 401 code 2, 403 code 4, 400 code 5, 503 code 9; health without a token", async () => {
    expect(await hec("/collector", '{"event":"a"}', { auth: null })).toMatchObject({ body: { code: 2 } });
    const invalid = await hec("/collector", '{"event":"a"}', { auth: "Splunk nope" });
    expect([invalid.res.status, invalid.body.code]).toEqual([403, 4]);
    expect((await hec("/collector", "")).body).toEqual({ text: "No data", code: 5 });
    const busy = await hec("/collector", '{"event":"a"}', { failQueue: true });
    expect([busy.res.status, busy.body.code]).toEqual([503, 9]);
    expect(Number(busy.res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await hec("/collector/health", undefined, { auth: null })).body).toEqual({
      text: "HEC is healthy",
      code: 17,
    });
    expect((await hec("/collector", '{"event":"a"}', { auth: "Bearer dev-token" })).res.status).toBe(200);
    expect((await hec("/collector", '{"event":"a"}', { auth: `Basic ${btoa("x:dev-token")}` })).res.status).toBe(200);
  });

  it("ends a string at its first unescaped quote, however many backslashes come before", () => {
    const objects = [{ a: "x\\" }, { b: '"}{\\"' }, { c: "\\\\", d: ["}", "{"] }, { e: '\\"' }];
    const text = objects.map((o) => JSON.stringify(o)).join("");
    expect([...concatenatedObjects(text)]).toEqual(objects.map((value) => ({ value })));
    expect([...concatenatedObjects('{"a":"never closed\\"}')]).toEqual([{ error: "the body ends inside an object" }]);
  });

  it("splits any concatenated objects exactly as JSON.parse reads each, whatever their strings hold", () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), { maxLength: 8 }),
        fc.array(fc.constantFrom("", " ", "\n", "\r\n\t"), { minLength: 9, maxLength: 9 }),
        (objects, gaps) => {
          const text = objects.map((o, i) => `${gaps[i]}${JSON.stringify(o)}`).join("") + (gaps[8] ?? "");
          const split = [...concatenatedObjects(text)];
          expect(split).toEqual(objects.map((o) => ({ value: JSON.parse(JSON.stringify(o)) })));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("answers any bytes with 200 or 400, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 })
            .map((vs) => vs.map((v) => JSON.stringify({ event: v })).join("")),
        ),
        async (body) => {
          const { res } = await hec("/collector", body);
          expect([200, 400]).toContain(res.status);
        },
      ),
      { numRuns: 200 },
    );
  });
});

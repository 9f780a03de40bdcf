/**
 * Bad input as a hostile or careless client sends it: each gets a clear answer, never a 5xx,
 * and never costs a record that was accepted.
 */
import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MAX_HOURS_PER_REQUEST } from "../src/limits";
import { MAX_NESTING_DEPTH } from "../src/record";
import { answer, ndjson, post } from "./helpers/ingest";

/** JSON text of `levels` arrays, one inside the other. */
const nested = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;
/** The deployed event-time window (the test project widens it for its fixed-date data). */
const DEFAULT_WINDOW = { MAX_EVENT_AGE_DAYS: 30, MAX_EVENT_AHEAD_MINUTES: 60 };

describe("deeply nested lines", () => {
  it("rejects a line nested 10,000 deep alone and accepts the lines around it", async () => {
    const good = ndjson(4500, (i) => ({ msg: `before ${i}` }));
    const deep = `{"msg":"deep","payload":${nested(10_000)}}\n`;
    const { res, queue } = await post({ body: `${good}${deep}{"msg":"after"}\n` });
    expect(res.status).toBe(202);
    const body = await answer(res);
    expect([body.accepted, body.rejected]).toEqual([4501, 1]);
    expect(body.errors).toEqual([{ line: 4501, error: expect.stringMatching(/payload nests deeper than 64 levels/) }]);
    expect(queue.records()).toHaveLength(4501);
  });

  it(`keeps a record nested ${MAX_NESTING_DEPTH} levels deep and rejects one a level deeper`, async () => {
    // The record is level 1, so its attribute holds MAX_NESTING_DEPTH - 1 levels.
    const ok = `{"msg":"ok","a":${nested(MAX_NESTING_DEPTH - 1)}}`;
    const deeper = `{"msg":"too deep","a":${nested(MAX_NESTING_DEPTH)}}`;
    const deepMessage = `{"msg":{"m":${nested(MAX_NESTING_DEPTH - 1)}}}`;
    const body = `${ok}\n${deeper}\n${deepMessage}\n`;
    const { res } = await post({ body });
    const answered = await answer(res);
    expect([answered.accepted, answered.rejected]).toEqual([1, 2]);
    expect(answered.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});

describe("Idempotency-Key", () => {
  it("gives another body sent with the same key other ids, so none of its records is dropped as a copy", async () => {
    const headers = { "Idempotency-Key": "reused-key" };
    const a = (await post({ body: ndjson(50, (i) => ({ msg: `a ${i}` })), headers })).queue.records();
    const b = (await post({ body: ndjson(50, (i) => ({ msg: `b ${i}` })), headers })).queue.records();
    const aAgain = (await post({ body: ndjson(50, (i) => ({ msg: `a ${i}` })), headers })).queue.records();
    expect(b.some((r) => a.some((s) => s.id === r.id))).toBe(false);
    expect(aAgain.map((r) => r.id)).toEqual(a.map((r) => r.id));
    // The same body, gzip-compressed this time, is the same request.
    const gz = await post({
      body: gzipSync(ndjson(50, (i) => ({ msg: `a ${i}` }))),
      headers: { ...headers, "Content-Encoding": "gzip" },
    });
    expect(gz.queue.records().map((r) => r.id)).toEqual(a.map((r) => r.id));
    // Other query defaults make other records: other ids too.
    const other = (await post({ body: ndjson(50, (i) => ({ msg: `a ${i}` })), headers, query: "?service=x" })).queue;
    expect(other.records().some((r) => a.some((s) => s.id === r.id))).toBe(false);
  });
});

describe("bodies", () => {
  it("accepts a gzip body of several members (cat a.gz b.gz)", async () => {
    const body = Buffer.concat([gzipSync('{"msg":"first"}\n'), gzipSync('{"msg":"second"}\n'), gzipSync("")]);
    const { res, queue } = await post({ body, headers: { "Content-Encoding": "gzip" } });
    expect(res.status).toBe(202);
    expect(queue.records().map((r) => r.message)).toEqual(["first", "second"]);
  });

  it("still answers 400 for a corrupt second member", async () => {
    const body = Buffer.concat([gzipSync('{"msg":"first"}\n'), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3])]);
    const { res } = await post({ body, headers: { "Content-Encoding": "gzip" } });
    expect(res.status).toBe(400);
  });

  it("decodes the body in the charset its Content-Type names", async () => {
    const latin1 = Buffer.from('{"msg":"caf\xe9 cr\xe8me"}\n', "latin1");
    const { res, queue } = await post({ body: latin1, type: "application/x-ndjson; charset=ISO-8859-1" });
    expect(res.status).toBe(202);
    expect(queue.records()[0]?.message).toBe("café crème");
    const utf16 = Buffer.from("Grüße aus Köln\n", "utf16le");
    const text = await post({ body: utf16, type: 'text/plain; charset="utf-16le"' });
    expect(text.queue.records()[0]?.message).toBe("Grüße aus Köln");
    const json = await post({
      body: Buffer.from('[{"msg":"\xe0 la carte"}]', "latin1"),
      type: "application/json;charset=latin1",
    });
    expect(json.queue.records()[0]?.message).toBe("à la carte");
  });

  it("answers 415 for a charset it cannot decode", async () => {
    const { res, queue } = await post({ type: "application/x-ndjson; charset=x-klingon" });
    expect(res.status).toBe(415);
    expect((await answer(res)).error).toMatch(/charset "x-klingon" is not supported/);
    expect(queue.batches).toEqual([]);
  });
});

describe("the event-time window", () => {
  it("rejects records older than MAX_EVENT_AGE_DAYS or later than MAX_EVENT_AHEAD_MINUTES, each with its reason", async () => {
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const lines = [
      { msg: "now", ts: iso(now) },
      { msg: "29 days ago", ts: iso(now - 29 * 86_400_000) },
      { msg: "31 days ago", ts: iso(now - 31 * 86_400_000) },
      { msg: "year 0", ts: "0000-01-01T00:00:00Z" },
      { msg: "50 minutes ahead", ts: iso(now + 50 * 60_000) },
      { msg: "2 hours ahead", ts: iso(now + 2 * 3_600_000) },
      { msg: "year 9999", ts: "9999-12-31T23:00:00Z" },
    ];
    const { res, queue } = await post({ body: ndjson(lines.length, (i) => lines[i] ?? {}), env: DEFAULT_WINDOW });
    const body = await answer(res);
    expect(res.status).toBe(202);
    expect(
      queue
        .records()
        .map((r) => r.message)
        .sort(),
    ).toEqual(["29 days ago", "50 minutes ahead", "now"]);
    expect(body.errors.map((e) => e.line)).toEqual([3, 4, 6, 7]);
    expect(body.errors[0]?.error).toMatch(/more than 30 days before the request arrived \(MAX_EVENT_AGE_DAYS\)/);
    expect(body.errors[2]?.error).toMatch(/more than 60 minutes after the request arrived \(MAX_EVENT_AHEAD_MINUTES\)/);
  });

  it(`takes records of at most ${MAX_HOURS_PER_REQUEST} distinct hours from one request`, async () => {
    const start = Date.now() - 2000 * 3_600_000;
    const body = ndjson(2000, (i) => ({ msg: `hour ${i}`, ts: new Date(start + i * 3_600_000).toISOString() }));
    const { res, queue } = await post({ body });
    const answered = await answer(res);
    expect([answered.accepted, answered.rejected]).toEqual([MAX_HOURS_PER_REQUEST, 2000 - MAX_HOURS_PER_REQUEST]);
    expect(answered.errors[0]).toEqual({
      line: MAX_HOURS_PER_REQUEST + 1,
      error: expect.stringMatching(/records of 48 distinct hours \(the limit\); send .* in another request/),
    });
    expect(new Set(queue.chunks().flatMap((c) => c.groups.map((g) => g.hour))).size).toBe(MAX_HOURS_PER_REQUEST);
  });
});

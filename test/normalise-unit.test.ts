import { describe, expect, it } from "vitest";
import { lines } from "../src/body";
import { jsonDecoder, ndjsonDecoder, textDecoder } from "../src/decoders/logsink";
import { hourOfMs } from "../src/hours";
import { readLevel } from "../src/level";
import { type LogRecord, LogRecordSchema, normaliseRecord } from "../src/record";
import { serialiseRecord } from "../src/stored-line";
import { parseTimestamp } from "../src/timestamp";

const RECEIVED_AT = Date.UTC(2026, 10, 26, 17, 0, 1, 4);
const OPTIONS = { tenant: "default", receivedAt: RECEIVED_AT };

function normalise(input: unknown, options: Partial<typeof OPTIONS> & { service?: string; host?: string } = {}) {
  const result = normaliseRecord(input, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(`expected a record, got: ${result.error}`);
  result.record.id = "abc-0-0"; // the packer's to give
  // Every record normalise produces must match the stored-record schema, and serialise as JSON.
  LogRecordSchema.parse(result.record);
  expect(serialiseRecord(result.record)).toBe(JSON.stringify(result.record));
  return result.record;
}

function rejection(input: unknown): string {
  const result = normaliseRecord(input, OPTIONS);
  if (result.ok) throw new Error("expected a rejection");
  return result.error;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe("the stored record", () => {
  it("has its keys in the contract's order, absent optional fields omitted", () => {
    const record = normalise({
      attributes_first: 1,
      span_id: "s1",
      trace_id: "t1",
      message: "order placed",
      host: "web-1",
      service: "checkout",
      level: "info",
      timestamp: "2026-11-26T17:00:00.123Z",
    });
    expect(JSON.stringify(record)).toBe(
      '{"id":"abc-0-0","timestamp":"2026-11-26T17:00:00.123Z","received_at":"2026-11-26T17:00:01.004Z",' +
        '"tenant":"default","level":"info","service":"checkout","host":"web-1","message":"order placed",' +
        '"trace_id":"t1","span_id":"s1","attributes":{"attributes_first":1}}',
    );
    expect(Object.keys(normalise({ msg: "x" }))).toEqual([
      "id",
      "timestamp",
      "received_at",
      "tenant",
      "level",
      "message",
    ]);
  });

  it("keeps every other top-level field in attributes, unchanged and in order", () => {
    const record = normalise({ msg: "x", region: "eu", nested: { a: [1, { b: null }] }, n: 1.5, ok: false });
    expect(JSON.stringify(record.attributes)).toBe('{"region":"eu","nested":{"a":[1,{"b":null}]},"n":1.5,"ok":false}');
  });

  it("keeps a __proto__ key as an ordinary attribute without touching prototypes", () => {
    const input = JSON.parse('{"msg":"x","__proto__":{"polluted":true},"constructor":1}');
    const record = normalise(input);
    expect(JSON.stringify(record.attributes)).toBe('{"__proto__":{"polluted":true},"constructor":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("timestamp", () => {
  it.each([
    ["timestamp", "2026-11-26T17:00:00.123Z", "2026-11-26T17:00:00.123Z"],
    ["time", "2026-11-26T18:00:00.5+01:00", "2026-11-26T17:00:00.500Z"],
    ["ts", "2026-11-26 17:00:00Z", "2026-11-26T17:00:00.000Z"],
    ["@timestamp", "2026-11-26T17:00:00.123456789Z", "2026-11-26T17:00:00.123Z"],
    ["date", "2026-11-26", "2026-11-26T00:00:00.000Z"],
    ["timestamp", "2024-02-29T23:59:59.999Z", "2024-02-29T23:59:59.999Z"],
    ["timestamp", "2000-02-29T00:00:00.000Z", "2000-02-29T00:00:00.000Z"],
    ["timestamp", "0099-12-31T23:59:59.999Z", "0099-12-31T23:59:59.999Z"],
    ["timestamp", "1970-01-01T00:00:00.000Z", "1970-01-01T00:00:00.000Z"],
    ["ts", 1764176400, "2025-11-26T17:00:00.000Z"],
    ["ts", 1764176400.25, "2025-11-26T17:00:00.250Z"],
    ["ts", 1764176400123, "2025-11-26T17:00:00.123Z"],
    ["ts", 1764176400123456, "2025-11-26T17:00:00.123Z"],
    // Parsed from text as real input is: the literal has more digits than a double holds.
    ["ts", JSON.parse("1764176400123456789"), "2025-11-26T17:00:00.123Z"],
    ["ts", "1764176400123", "2025-11-26T17:00:00.123Z"],
  ])("reads %s = %j as %s", (field, value, expected) => {
    expect(normalise({ msg: "x", [field]: value }).timestamp).toBe(expected);
  });

  it("falls back to received_at when no timestamp field is present", () => {
    const record = normalise({ msg: "x" });
    expect(record.timestamp).toBe("2026-11-26T17:00:01.004Z");
    expect(record.received_at).toBe("2026-11-26T17:00:01.004Z");
  });

  it.each([
    ["yesterday"],
    ["2026-13-01T00:00:00Z"],
    ["2026-02-31"],
    ["2026-02-31T00:00:00.000Z"],
    ["2026-11-26T24:00:00.000Z"],
    ["2025-02-29T00:00:00.000Z"],
    ["2026-04-31T10:00:00.000Z"],
    ["2026-00-10T10:00:00.000Z"],
    ["2026-11-00T10:00:00.000Z"],
    ["2026-11-26T10:60:00.000Z"],
    ["2026-11-26T10:00:60.000Z"],
    [true],
    [{ s: 1 }],
    ["Nov 26 2026"],
  ])("rejects the line when the timestamp %j is unreadable", (value) => {
    expect(rejection({ msg: "x", timestamp: value })).toMatch(/^timestamp .* is not an ISO-8601 time/);
  });

  it("takes the first timestamp alias present and keeps the others as attributes", () => {
    const record = normalise({ msg: "x", time: "2026-11-26T17:00:00Z", ts: 5 });
    expect(record.timestamp).toBe("2026-11-26T17:00:00.000Z");
    expect(record.attributes).toEqual({ ts: 5 });
  });

  it("tells epoch units apart by magnitude", () => {
    const expected = Date.UTC(2026, 10, 26, 17);
    expect(parseTimestamp(expected / 1000)).toBe(expected);
    expect(parseTimestamp(expected)).toBe(expected);
    expect(parseTimestamp(expected * 1000)).toBe(expected);
    expect(parseTimestamp(expected * 1e6)).toBe(expected);
  });

  it("names the UTC hour of a time", () => {
    expect(hourOfMs(Date.UTC(2026, 10, 26, 16, 59, 59, 999))).toBe("2026-11-26T16");
    const result = normaliseRecord({ msg: "x", ts: "2026-11-26T16:59:59.999Z" }, OPTIONS);
    expect(result.ok && result.hour).toBe("2026-11-26T16");
  });
});

describe("level", () => {
  it.each([
    [{ level: "WARNING" }, "warn"],
    [{ level: "err" }, "error"],
    [{ severity: "CRITICAL" }, "fatal"],
    [{ lvl: "panic" }, "fatal"],
    [{ level: "notice" }, "info"],
    [{ level: "Debug" }, "debug"],
    [{ level: "trace" }, "trace"],
    [{ "log.level": "warn" }, "warn"],
    [{ log: { level: "error" }, message: "nested ECS level" }, "error"],
    [{ level: 10 }, "trace"],
    [{ level: 20 }, "debug"],
    [{ level: 30 }, "info"],
    [{ level: 40 }, "warn"],
    [{ level: 50 }, "error"],
    [{ level: 60 }, "fatal"],
    [{ syslog_severity: 0 }, "fatal"],
    [{ syslog_severity: 3 }, "error"],
    [{ syslog_severity: 4 }, "warn"],
    [{ syslog_severity: 6 }, "info"],
    [{ syslog_severity: 7 }, "debug"],
    [{ severity_number: 1 }, "trace"],
    [{ severity_number: 9 }, "info"],
    [{ severity_number: 13 }, "warn"],
    [{ severity_number: 17 }, "error"],
    [{ severity_number: 24 }, "fatal"],
  ])("maps %j to %s", (fields, expected) => {
    expect(normalise({ msg: "x", ...fields }).level).toBe(expected);
  });

  it("reads syslog's PRIORITY (syslog-ng's format-json) only when no level field names one, and only a level name", () => {
    const syslog = normalise({ MESSAGE: "x", PRIORITY: "err", FACILITY: "local0" });
    expect([syslog.level, syslog.attributes]).toEqual(["error", { FACILITY: "local0" }]);
    expect(normalise({ msg: "x", priority: "warning" }).level).toBe("warn");
    expect(normalise({ msg: "x", level: "debug", priority: "err" })).toMatchObject({
      level: "debug",
      attributes: { priority: "err" },
    });
    // An application's own priority is not a level, and stays as it was.
    const app = normalise({ msg: "x", priority: "high" });
    expect([app.level, app.attributes]).toEqual(["info", { priority: "high" }]);
    expect(normalise({ msg: "x", priority: 3 }).attributes).toEqual({ priority: 3 });
  });

  it("consumes the field the level came from", () => {
    expect(normalise({ msg: "x", severity_number: 17, region: "eu" }).attributes).toEqual({ region: "eu" });
  });

  it("defaults to info when no level is given", () => {
    const record = normalise({ msg: "x" });
    expect(record.level).toBe("info");
    expect(record.attributes).toBeUndefined();
  });

  it("maps an unknown level to info and keeps the original as attributes.level_original", () => {
    const record = normalise({ msg: "x", level: "LOUD" });
    expect(record.level).toBe("info");
    expect(record.attributes).toEqual({ level_original: "LOUD" });
    expect(normalise({ msg: "x", level: 99 }).attributes).toEqual({ level_original: 99 });
  });

  it("reads numbers by the scheme their field implies", () => {
    expect(readLevel(3, "syslog")).toBe("error");
    expect(readLevel(3, "opentelemetry")).toBe("trace");
    expect(readLevel(3, "name")).toBeUndefined();
  });
});

describe("message", () => {
  it.each([["message"], ["msg"], ["log"], ["text"]])("reads the message from %s", (field) => {
    expect(normalise({ [field]: "hello" }).message).toBe("hello");
  });

  it("writes a non-string message as its JSON text", () => {
    expect(normalise({ message: { a: 1 } }).message).toBe('{"a":1}');
    expect(normalise({ message: 42 }).message).toBe("42");
    expect(normalise({ message: false }).message).toBe("false");
  });

  it("rejects a record without a message", () => {
    expect(rejection({ level: "info" })).toBe("the record has no message (message, msg, log or text)");
    expect(rejection({ message: null })).toMatch(/no message/);
  });

  it("rejects input that is not an object", () => {
    expect(rejection([1, 2])).toBe("expected a JSON object");
    expect(rejection("text")).toBe("expected a JSON object");
  });

  it("keeps UTF-8 beyond ASCII intact", () => {
    expect(normalise({ msg: "Grüße 👋 日本語" }).message).toBe("Grüße 👋 日本語");
  });
});

describe("service, host, trace and span", () => {
  it.each([
    [{ service: "a" }, "a"],
    [{ "service.name": "b" }, "b"],
    [{ app: "c" }, "c"],
    [{ source: "d" }, "d"],
    [{ service: { name: "e", version: "1" } }, "e"],
  ])("reads the service from %j", (fields, expected) => {
    expect(normalise({ msg: "x", ...fields }).service).toBe(expected);
  });

  it("reads host from host or hostname, and ids from trace_id/traceId and span_id/spanId", () => {
    const a = normalise({ msg: "x", hostname: "h", traceId: "T", spanId: "S" });
    expect([a.host, a.trace_id, a.span_id, a.attributes]).toEqual(["h", "T", "S", undefined]);
    const b = normalise({ msg: "x", host: "h2", trace_id: "t", span_id: "s" });
    expect([b.host, b.trace_id, b.span_id]).toEqual(["h2", "t", "s"]);
  });

  it("uses ?service= and ?host= only for records that carry none", () => {
    expect(normalise({ msg: "x" }, { service: "q", host: "qh" })).toMatchObject({ service: "q", host: "qh" });
    expect(normalise({ msg: "x", app: "own", host: "mine" }, { service: "q", host: "qh" })).toMatchObject({
      service: "own",
      host: "mine",
    });
  });

  it("reads nested ECS objects like their dotted names, keeping the objects themselves as attributes", () => {
    const record = normalise({
      message: "x",
      host: { name: "h", ip: "10.0.0.1" },
      service: { name: "svc", version: "1" },
      log: { level: "WARN", logger: "app" },
      trace: { id: "t1" },
      span: { id: "s1" },
    });
    expect([record.host, record.service, record.level, record.trace_id, record.span_id]).toEqual([
      "h",
      "svc",
      "warn",
      "t1",
      "s1",
    ]);
    expect(record.attributes).toEqual({
      host: { name: "h", ip: "10.0.0.1" },
      service: { name: "svc", version: "1" },
      log: { level: "WARN", logger: "app" },
      trace: { id: "t1" },
      span: { id: "s1" },
    });
  });

  it("reads ECS host.hostname when no host.name is given", () => {
    expect(normalise({ message: "x", host: { hostname: "h2" } }).host).toBe("h2");
    expect(normalise({ message: "x", host: { hostname: "h2", name: "h1" } }).host).toBe("h1");
  });

  it("reads dotted names given flat, and consumes them", () => {
    const record = normalise({ message: "x", "host.name": "h", "trace.id": "t", "span.id": "s", "log.level": "error" });
    expect([record.host, record.trace_id, record.span_id, record.level, record.attributes]).toEqual([
      "h",
      "t",
      "s",
      "error",
      undefined,
    ]);
  });

  it("matches field names without regard to case, as syslog agents send them", () => {
    const record = normalise({
      MESSAGE: "m",
      Level: "ERR",
      HOST: "h",
      Service: "s",
      TIMESTAMP: "2026-11-26T10:00:00Z",
      Extra: 1,
    });
    expect(record).toMatchObject({
      message: "m",
      level: "error",
      host: "h",
      service: "s",
      timestamp: "2026-11-26T10:00:00.000Z",
    });
    expect(record.attributes).toEqual({ Extra: 1 });
    // The exact name wins over one that differs only in case.
    expect(normalise({ Message: "a", message: "b" }).message).toBe("b");
  });

  it("takes program as the service only when nothing else names one", () => {
    expect(normalise({ msg: "x", program: "sshd" }).service).toBe("sshd");
    const both = normalise({ msg: "x", program: "sshd", app: "api" });
    expect(both.service).toBe("api");
    expect(both.attributes).toEqual({ program: "sshd" });
    expect(normalise({ msg: "x", PROGRAM: "cron" }).service).toBe("cron");
  });
});

describe("text lines", () => {
  it("makes each line a record with the request's time, level info and the query defaults", () => {
    const [entry] = [...textDecoder.decode({ chunks: [encode("GET / 200\n\n")], charset: "utf-8", maxBytes: 1e9 })];
    expect(entry).toEqual({ position: 1, value: { message: "GET / 200" } });
    const result = normaliseRecord(entry && "value" in entry ? entry.value : undefined, {
      ...OPTIONS,
      service: "nginx",
    });
    expect(result.ok && (result.record satisfies LogRecord)).toMatchObject({
      message: "GET / 200",
      level: "info",
      service: "nginx",
      timestamp: "2026-11-26T17:00:01.004Z",
    });
  });
});

describe("splitting bodies into lines", () => {
  it("handles CRLF, blank lines, a missing final newline and lines split across chunks", () => {
    const chunks = [encode('{"msg":"a"}\r\n\r\n{"ms'), encode('g":"b"}\n   \n{"msg":"c"}')];
    const entries = [...ndjsonDecoder.decode({ chunks, charset: "utf-8", maxBytes: 1e9 })];
    expect(entries).toEqual([
      { position: 1, value: { msg: "a" } },
      { position: 3, value: { msg: "b" } },
      { position: 5, value: { msg: "c" } },
    ]);
  });

  it("drops a byte-order mark at the start of the body only, and keeps long lines across many chunks whole", () => {
    const long = "x".repeat(10_000);
    const bytes = encode(`\ufeff{"msg":"a"}\n\ufeffkept\n${long}\n`);
    const pieces = Array.from({ length: Math.ceil(bytes.byteLength / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    expect([...lines(pieces)]).toEqual([
      [1, '{"msg":"a"}'],
      [2, "\ufeffkept"],
      [3, long],
    ]);
  });

  it("turns invalid UTF-8 into U+FFFD without touching the next line", () => {
    const bytes = new Uint8Array([0x61, 0xff, 0xc3, 0x0a, 0x62]);
    expect([...lines([bytes])]).toEqual([
      [1, "a\ufffd\ufffd"],
      [2, "b"],
    ]);
  });

  it("decodes multi-byte UTF-8 characters split between chunks", () => {
    const bytes = encode("ü€👋\nok");
    const pieces = [bytes.slice(0, 1), bytes.slice(1, 4), bytes.slice(4, 7), bytes.slice(7)];
    expect([...lines(pieces)]).toEqual([
      [1, "ü€👋"],
      [2, "ok"],
    ]);
  });

  it("numbers JSON array elements from 1 and marks non-objects", () => {
    const entries = [...jsonDecoder.decode({ chunks: [encode('[{"msg":"a"}, 7]')], charset: "utf-8", maxBytes: 1e9 })];
    expect(entries).toEqual([
      { position: 1, value: { msg: "a" } },
      { position: 2, value: 7 },
    ]);
  });
});

describe("serialiseRecord", () => {
  it.each([
    [{ msg: "plain ascii" }],
    [{ msg: 'quotes " and \\ and \n newlines \t', service: 'a"b', host: "h\u0001" }],
    [{ msg: "Grüße, € and 日本語, emoji 👋🏽", attrs: { ключ: "значение" } }],
    [{ msg: "lone \ud800 surrogate", trace_id: "\udfff" }],
    [{ msg: { nested: [1, "two", null] }, level: "bogus", span_id: 7 }],
    [JSON.parse('{"msg":"x","__proto__":{"polluted":true},"constructor":1,"toString":"y"}')],
  ])("writes %j exactly as JSON.stringify does", (input) => {
    const record = normalise(input, { service: "svc", host: "h" });
    expect(JSON.parse(serialiseRecord(record))).toEqual(JSON.parse(JSON.stringify(record)));
  });
});

/**
 * The pipeline's parts on their own: the stored line (written, read back, its head), the
 * deduplicator, and the packer (ids, limits, message round trip).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChunkPacker } from "../src/chunk-packer";
import { RecordDeduplicator } from "../src/dedup";
import { BILLING_UNIT_BYTES, HARD_MAX_MESSAGE_BYTES } from "../src/limits";
import { decodeQueueMessage } from "../src/queue-message";
import { type LogRecord, LogRecordSchema, normaliseRecord } from "../src/record";
import { parseStoredLine, readLineHead, serialiseRecord } from "../src/stored-line";
import { ISO_BYTES, isoOfMs, msOfIso, writeIsoOfMs } from "../src/timestamp";
import { groupLines } from "./helpers/formats";

const RECEIVED_AT = Date.UTC(2026, 10, 26, 17, 0, 1, 4);
const encode = (text: string) => new TextEncoder().encode(text);

function record(input: Record<string, unknown>): { record: LogRecord; hour: string } {
  const result = normaliseRecord(input, { tenant: "acme", receivedAt: RECEIVED_AT });
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Any record normalise can make, with a packer-style id. */
const anyRecord = fc
  .record({
    msg: fc.string({ unit: "binary", maxLength: 300 }),
    ts: fc
      .integer({ min: Date.UTC(2026, 10, 20), max: Date.UTC(2026, 10, 27) })
      .map((ms) => new Date(ms).toISOString()),
    level: fc.constantFrom("debug", "info", "warn", "error", "bogus"),
    service: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    extra: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  })
  .map((input) => record(input as Record<string, unknown>));

describe("the stored line", () => {
  it("parses back to the record it was written from, and its head gives id and timestamp", () => {
    fc.assert(
      fc.property(anyRecord, fc.nat({ max: 10_000 }), ({ record: r }, n) => {
        r.id = `0123456789abcdef01234567-${n % 7}-${n}`;
        const line = serialiseRecord(r);
        expect(line).toBe(JSON.stringify(r));
        expect(parseStoredLine(line)).toEqual(JSON.parse(JSON.stringify(r)));
        LogRecordSchema.parse(parseStoredLine(line));
        expect(readLineHead(encode(line))).toEqual({ id: r.id, timestamp: r.timestamp });
      }),
      { numRuns: 500 },
    );
  });

  it("has no head for a line logsink did not write", () => {
    for (const line of ['{"msg":"x"}', '{"id":"a","time":"x"}', '{"id":"a","timestamp":"short"}', "", "not json"]) {
      expect(readLineHead(encode(line))).toBeUndefined();
    }
  });
});

describe("isoOfMs", () => {
  it("writes exactly what Date.prototype.toISOString writes, for every millisecond of years 0000–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoOfMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [0, -1, 951_782_400_000, 1_709_251_199_999, -62_167_219_200_000, 253_402_300_799_999]) {
      expect(isoOfMs(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it("stays exact for runs of times within an hour and across its edges (the kept hour)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 - 7_200_000 }),
        fc.array(fc.integer({ min: -3_600_001, max: 7_200_000 }), { minLength: 1, maxLength: 30 }),
        (start, offsets) => {
          for (const offset of offsets) {
            const ms = Math.max(-62_167_219_200_000, start + offset);
            expect(isoOfMs(ms)).toBe(new Date(ms).toISOString());
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("writes the same text as bytes (writeIsoOfMs), alternating with isoOfMs as a line's two times do", () => {
    const out = new Uint8Array(ISO_BYTES + 2);
    fc.assert(
      fc.property(
        fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 - 7_200_000 }),
        fc.array(fc.tuple(fc.integer({ min: -3_600_001, max: 7_200_000 }), fc.nat(1e12)), {
          minLength: 1,
          maxLength: 30,
        }),
        (start, times) => {
          for (const [offset, other] of times) {
            const ms = Math.max(-62_167_219_200_000, start + offset);
            isoOfMs(other);
            writeIsoOfMs(ms, out, 1);
            expect(new TextDecoder().decode(out.subarray(1, 1 + ISO_BYTES))).toBe(new Date(ms).toISOString());
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe("msOfIso", () => {
  it("reads back every time isoOfMs writes, and nothing that is not exactly that form", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(msOfIso(isoOfMs(ms))).toBe(ms);
      }),
      { numRuns: 20_000 },
    );
    for (const text of [
      "2026-11-26T10:00:00Z",
      "2026-11-26T10:00:00.000+00:00",
      "2026-13-01T00:00:00.000Z",
      "2026-02-30T00:00:00.000Z",
      "2026-11-26T24:00:00.000Z",
      "2026-11-26T10:00:60.000Z",
      "2026-11-26 10:00:00.000Z",
      "2026-11-2xT10:00:00.000Z",
      "",
    ]) {
      expect(msOfIso(text), text).toBeNaN();
    }
  });
});

describe("RecordDeduplicator", () => {
  it("keeps the first copy of each record and drops every later one, however the copies are cut and interleaved", () => {
    const dedup = new RecordDeduplicator();
    const run = (sequence: string, from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => dedup.accept(`${sequence}-${from + i}`));
    expect(run("b-0", 0, 3)).toEqual([true, true, true]);
    expect(run("b-1", 0, 2)).toEqual([true, true]);
    expect(run("b-0", 0, 3)).toEqual([false, false, false]); // redelivered
    expect(run("b-0", 5, 8)).toEqual([true, true, true]); // the sequence's next message
    // A retry whose messages were cut elsewhere: 2–6 again; only 3 and 4 are new.
    expect(run("b-0", 2, 7)).toEqual([false, true, true, false, false]);
    expect(run("b-1", 0, 2)).toEqual([false, false]);
    // A Parquet part's rows in event-time order, not id order.
    expect(["c-0-4", "c-0-1", "c-0-3", "c-0-0", "c-0-2", "c-0-1"].map((id) => dedup.accept(id))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    // What memory holds: one range per sequence once its gaps are filled.
    expect(dedup.ranges).toBe(3);
    // A line logsink did not write: its id is remembered whole.
    expect(["foreign", "foreign", "x-y", "x-y", "-1", "-1"].map((id) => dedup.accept(id))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    // Ids that would read as the same number are not the same id.
    expect(["q-5", "q- 5", "q-05", "q-5.0", "q-0x5", "q-5"].map((id) => dedup.accept(id))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("answers exactly as a set of every id seen would, for any order", () => {
    const id = fc.tuple(fc.constantFrom("a-0", "a-1", "b-0", "c-3"), fc.nat({ max: 40 })).map(([s, n]) => `${s}-${n}`);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 400 }), (ids) => {
        const dedup = new RecordDeduplicator();
        const seen = new Set<string>();
        for (const x of ids) {
          expect(dedup.accept(x)).toBe(!seen.has(x));
          seen.add(x);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("holds a few ranges for a large hour read as redelivered, shuffled messages", () => {
    const dedup = new RecordDeduplicator();
    // 200 requests × 1000 records, each cut into 4 messages; every message delivered twice, shuffled.
    const messages: [string, number][] = [];
    for (let r = 0; r < 200; r++) for (let m = 0; m < 4; m++) messages.push([`req${r}-0`, m * 250]);
    const deliveries = [...messages, ...messages].sort(() => Math.random() - 0.5);
    let kept = 0;
    for (const [sequence, from] of deliveries) {
      for (let n = from; n < from + 250; n++) if (dedup.accept(`${sequence}-${n}`)) kept++;
    }
    expect(kept).toBe(200_000);
    expect(dedup.ranges).toBe(200);
  });
});

describe("ChunkPacker", () => {
  /** Packs inputs; returns the ids given and the message bodies, in order. */
  const pack = (inputs: Record<string, unknown>[], options: ConstructorParameters<typeof ChunkPacker>[2] = {}) => {
    const packer = new ChunkPacker("acme", "base", options);
    const ids: string[] = [];
    const bodies: Uint8Array[] = [];
    for (const input of inputs) {
      const { record: r, hour } = record(input);
      const pushed = packer.push(r, hour);
      if (!pushed.ok) throw new Error(pushed.error);
      bodies.push(...pushed.closed.map((m) => m.body));
      ids.push(r.id);
    }
    bodies.push(...packer.close().map((m) => m.body));
    return { ids, bodies };
  };

  it("gives ids that do not depend on where messages are cut: <base>-<hour's sequence>-<n>", () => {
    const inputs = Array.from({ length: 2000 }, (_, i) => ({
      msg: `record ${i} ${"x".repeat(i % 200)}`,
      ts: `2026-11-26T${i % 3 === 0 ? "16" : "17"}:00:00Z`,
    }));
    const small = pack(inputs, { maxChunkBytes: 20_000 });
    const dense = pack(inputs);
    expect(small.bodies.length).toBeGreaterThan(10);
    expect(dense.bodies.length).toBeLessThan(small.bodies.length);
    expect(dense.ids).toEqual(small.ids);
    // Hour 16 came first: sequence 0; each hour's records numbered from 0 in request order.
    expect(small.ids.slice(0, 4)).toEqual(["base-0-0", "base-1-0", "base-1-1", "base-0-1"]);
    expect(new Set(small.ids).size).toBe(inputs.length);
  });

  it("fills messages to most of a 64 KB billing unit, learning how well the records compress", () => {
    const inputs = Array.from({ length: 6000 }, (_, i) => ({
      msg: `GET /items/${i} served in ${i % 97} ms — user ${i % 13}`,
      ts: "2026-11-26T17:00:00Z",
    }));
    const { bodies } = pack(inputs);
    const sizes = bodies.map((b) => b.byteLength);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BILLING_UNIT_BYTES);
    // Every message but the last holds most of a unit.
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThan(0.6 * BILLING_UNIT_BYTES);
    expect(bodies.flatMap((b) => decodeQueueMessage(b).groups).reduce((n, g) => n + g.lines, 0)).toBe(6000);
  });

  it("splits a message that passes one billing unit, so records that barely compress still go one unit each", () => {
    const noise = () => Buffer.from(crypto.getRandomValues(new Uint8Array(150))).toString("base64");
    const inputs = Array.from({ length: 3000 }, (_, i) => ({
      msg: `noise ${i} ${noise()}`,
      ts: `2026-11-26T${i % 2 === 0 ? "16" : "17"}:00:00Z`,
    }));
    const { bodies, ids } = pack(inputs);
    for (const body of bodies) expect(body.byteLength).toBeLessThanOrEqual(BILLING_UNIT_BYTES);
    const received = new Map<string, string>();
    for (const body of bodies) {
      for (const group of decodeQueueMessage(body).groups) {
        // Each group's header states its lines and time range exactly, after a split too.
        const lines = groupLines(group).map(parseStoredLine);
        expect(lines.length).toBe(group.lines);
        expect(group.minTs).toBe(lines.map((l) => l.timestamp).sort()[0]);
        for (const l of lines) received.set(l.id, l.message);
      }
    }
    expect(ids.map((id) => received.get(id))).toEqual(inputs.map((input) => input.msg));
  });

  it("refuses a record larger than maxRecordBytes, naming its size, and gives its number to the next", () => {
    const packer = new ChunkPacker("acme", "base", { maxRecordBytes: 300 });
    const big = record({ msg: "y".repeat(400) });
    expect(packer.push(big.record, big.hour)).toEqual({
      ok: false,
      error: expect.stringMatching(/^the record is \d+ bytes .* limit is 300$/),
    });
    expect(packer.close()).toEqual([]);
    const next = record({ msg: "fits" });
    expect(packer.push(next.record, next.hour).ok).toBe(true);
    expect(next.record.id).toBe("base-0-0");
  });

  it("packs any records into messages under the queue's limit that decode back to the same records", () => {
    fc.assert(
      fc.property(
        fc.array(anyRecord, { maxLength: 300 }),
        fc.integer({ min: 2_000, max: 120_000 }),
        (items, maxChunkBytes) => {
          const packer = new ChunkPacker("acme", "prop", { maxChunkBytes });
          const bodies: Uint8Array[] = [];
          const sent: LogRecord[] = [];
          for (const { record: r, hour } of items) {
            const pushed = packer.push(r, hour);
            if (!pushed.ok) throw new Error(pushed.error);
            bodies.push(...pushed.closed.map((m) => m.body));
            sent.push(r);
          }
          bodies.push(...packer.close().map((m) => m.body));
          const received = new Map<string, LogRecord>();
          for (const body of bodies) {
            expect(body.byteLength).toBeLessThan(HARD_MAX_MESSAGE_BYTES);
            for (const group of decodeQueueMessage(body).groups) {
              for (const line of groupLines(group)) {
                const parsed = parseStoredLine(line);
                expect(parsed.timestamp.slice(0, 13)).toBe(group.hour);
                expect(received.has(parsed.id)).toBe(false);
                received.set(parsed.id, parsed);
              }
            }
          }
          expect(received.size).toBe(sent.length);
          expect(sent.map((r) => received.get(r.id))).toEqual(JSON.parse(JSON.stringify(sent)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

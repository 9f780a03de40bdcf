/**
 * The pipeline's parts on their own: the stored line (written, read back, its head), the
 * deduplicator, and the packer (ids, limits, message round trip).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChunkPacker } from "../src/chunk-packer";
import { ChunkDeduplicator } from "../src/dedup";
import { HARD_MAX_MESSAGE_BYTES } from "../src/limits";
import { decodeQueueMessage } from "../src/queue-message";
import { type LogRecord, LogRecordSchema, normaliseRecord } from "../src/record";
import { parseStoredLine, readLineHead, serialiseRecord } from "../src/stored-line";
import { isoOfMs, msOfIso } from "../src/timestamp";
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

describe("ChunkDeduplicator", () => {
  it("keeps the first run of each chunk and drops every later run, however interleaved", () => {
    const dedup = new ChunkDeduplicator();
    const run = (chunk: string, from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => dedup.accept(`${chunk}-${from + i}`));
    expect(run("b-0", 0, 3)).toEqual([true, true, true]);
    expect(run("b-1", 0, 2)).toEqual([true, true]);
    expect(run("b-0", 0, 3)).toEqual([false, false, false]); // redelivered
    expect(run("b-2", 0, 1)).toEqual([true]);
    expect(run("b-1", 0, 2)).toEqual([false, false]);
    // A chunk's records restarting within one object (the same message twice in a batch).
    expect(run("c-0", 0, 2).concat(run("c-0", 0, 2))).toEqual([true, true, false, false]);
  });

  it("keeps a batch of stored records in any order, and drops their copies read later", () => {
    const dedup = new ChunkDeduplicator();
    dedup.startStored();
    // A manifest's parts: chunk a split between two parts, chunk b scattered over row groups.
    const parts = ["a-0", "a-1", "b-3", "b-0", "a-2", "b-2", "b-1"].map((id) => dedup.acceptStored(id));
    expect(parts).toEqual(Array(7).fill(true));
    // Raw objects not yet deleted (copies), and a new one.
    expect(["b-0", "b-1", "c-0", "c-1"].map((id) => dedup.accept(id))).toEqual([false, false, true, true]);
    // Parts a compaction added meanwhile: c was already read from its raw object, d is new.
    dedup.startStored();
    expect(["d-1", "c-0", "d-0", "c-1"].map((id) => dedup.acceptStored(id))).toEqual([true, false, true, false]);
  });
});

describe("ChunkPacker", () => {
  it("gives ids that are stable across chunk boundaries: the same records pack into the same ids", () => {
    const records = Array.from({ length: 2000 }, (_, i) => ({
      msg: `record ${i} ${"x".repeat(i % 200)}`,
      ts: "2026-11-26T17:00:00Z",
    }));
    const pack = () => {
      const packer = new ChunkPacker("acme", "base", { maxChunkBytes: 20_000 });
      const ids: string[] = [];
      let chunks = 0;
      for (const input of records) {
        const { record: r, hour } = record(input);
        const pushed = packer.push(r, hour);
        if (!pushed.ok) throw new Error(pushed.error);
        if (pushed.closed) chunks++;
        ids.push(r.id);
      }
      return { ids, chunks };
    };
    const first = pack();
    expect(first.chunks).toBeGreaterThan(10);
    expect(pack().ids).toEqual(first.ids);
    expect(new Set(first.ids).size).toBe(records.length);
    // A record that opened a new chunk is numbered 0 in it.
    expect(first.ids.filter((id) => id.endsWith("-0")).length).toBe(first.chunks + 1);
  });

  it("refuses a record larger than maxRecordBytes, naming its size", () => {
    const packer = new ChunkPacker("acme", "base", { maxRecordBytes: 300 });
    const { record: r, hour } = record({ msg: "y".repeat(400) });
    expect(packer.push(r, hour)).toEqual({
      ok: false,
      error: expect.stringMatching(/^the record is \d+ bytes .* limit is 300$/),
    });
    expect(packer.close()).toBeUndefined();
  });

  it("packs any records into messages under the queue's limit that decode back to the same records in order", () => {
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
            if (pushed.closed) bodies.push(pushed.closed.body);
            sent.push(r);
          }
          const last = packer.close();
          if (last) bodies.push(last.body);
          const received: LogRecord[] = [];
          for (const body of bodies) {
            expect(body.byteLength).toBeLessThan(HARD_MAX_MESSAGE_BYTES);
            for (const group of decodeQueueMessage(body).groups) {
              for (const line of groupLines(group)) {
                const parsed = parseStoredLine(line);
                expect(parsed.timestamp.slice(0, 13)).toBe(group.hour);
                received.push(parsed);
              }
            }
          }
          // Within a chunk records are grouped by hour; by id (chunk, then n) they are in push order.
          const order = (id: string) => id.split("-").slice(1).map(Number) as [number, number];
          received.sort((a, b) => order(a.id)[0] - order(b.id)[0] || order(a.id)[1] - order(b.id)[1]);
          expect(received).toEqual(JSON.parse(JSON.stringify(sent)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

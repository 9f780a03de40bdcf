/**
 * Properties of POST /v1/logs over generated input (fast-check): whatever the bytes, JSON values,
 * nesting, content type and encoding, the answer is one of 202, 400, 413 or 415 — never a 5xx —
 * and every entry of a body that was read is counted once, accepted or rejected.
 */
import { deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LogRecordSchema, normaliseRecord } from "../src/record";
import { serialiseRecord } from "../src/stored-line";
import { post } from "./helpers/ingest";

const RUNS = 150;
const ANSWERS = [202, 400, 413, 415];

const CONTENT_TYPES = [
  "application/x-ndjson",
  "application/jsonl",
  "application/ndjson; charset=utf-8",
  "application/json",
  "text/plain",
  "text/plain; charset=latin1",
  "text/plain; charset=utf-16le",
  "application/x-ndjson; charset=bogus",
  "application/xml",
  "",
];
const ENCODINGS = ["identity", "gzip", "deflate", "deflate-raw", "gzip-corrupt", "br"] as const;

function encode(bytes: Uint8Array, encoding: (typeof ENCODINGS)[number]): { body: Uint8Array; header?: string } {
  switch (encoding) {
    case "identity":
      return { body: bytes };
    case "gzip":
      return { body: gzipSync(bytes), header: "gzip" };
    case "deflate":
      return { body: deflateSync(bytes), header: "deflate" };
    case "deflate-raw":
      return { body: deflateRawSync(bytes), header: "deflate" };
    case "gzip-corrupt":
      return { body: bytes, header: "gzip" };
    case "br":
      return { body: bytes, header: "br" };
  }
}

/** Entries the body holds, counted independently: non-blank lines, or a JSON array's elements. */
function expectedEntries(text: string, json: boolean): number | undefined {
  if (!json) return text.split("\n").filter((l) => l.trim() !== "").length;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.length : 1;
  } catch {
    return undefined;
  }
}

interface Counts {
  accepted?: number;
  rejected?: number;
}

describe("POST /v1/logs over generated input", () => {
  it("answers any bytes, content type and encoding with 202, 400, 413 or 415, counting every line", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...CONTENT_TYPES),
        fc.constantFrom(...ENCODINGS),
        fc.boolean(),
        async (bytes, type, encoding, smallLimit) => {
          const { body, header } = encode(bytes, encoding);
          const { res } = await post({
            body,
            type: type === "" ? null : type,
            headers: header === undefined ? {} : { "Content-Encoding": header },
            env: smallLimit ? { MAX_BODY_BYTES: 512 } : {},
          });
          expect(ANSWERS).toContain(res.status);
          const answer = (await res.json()) as Counts;
          const plainUtf8 = /^application\/(x-ndjson|jsonl|ndjson)(; charset=utf-8)?$|^text\/plain$/.test(type);
          const readable =
            encoding === "identity" || encoding === "gzip" || encoding === "deflate" || encoding === "deflate-raw";
          if (plainUtf8 && readable && answer.accepted !== undefined) {
            const text = new TextDecoder().decode(bytes);
            expect(answer.accepted + (answer.rejected ?? 0)).toBe(expectedEntries(text, false));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("counts every NDJSON line of any JSON values, however nested, and stores only valid records", async () => {
    const line = fc.oneof(
      fc.jsonValue({ maxDepth: 8 }),
      fc.record({
        msg: fc.jsonValue({ maxDepth: 4 }),
        level: fc.jsonValue({ maxDepth: 1 }),
        ts: fc.jsonValue({ maxDepth: 1 }),
      }),
      fc.record({ message: fc.string(), attrs: fc.jsonValue({ maxDepth: 8 }) }, { requiredKeys: ["message"] }),
      fc
        .nat({ max: 300 })
        .map((depth) => ({ msg: "deep", payload: JSON.parse(`${"[".repeat(depth)}1${"]".repeat(depth)}`) })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 40 }), async (values) => {
        const text = values.map((v) => JSON.stringify(v)).join("\n");
        const { res, queue } = await post({ body: text });
        expect([202, 400]).toContain(res.status);
        const answer = (await res.json()) as Counts;
        expect((answer.accepted ?? 0) + (answer.rejected ?? 0)).toBe(expectedEntries(text, false));
        for (const record of queue.records()) LogRecordSchema.parse(record);
        expect(queue.records()).toHaveLength(answer.accepted ?? 0);
      }),
      { numRuns: RUNS },
    );
  });

  it("answers a JSON body of any value with 202 or 400, counting an array's elements", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const text = JSON.stringify(value);
        const { res } = await post({ body: text, type: "application/json" });
        expect([202, 400]).toContain(res.status);
        const answer = (await res.json()) as Counts;
        if (Array.isArray(value)) expect((answer.accepted ?? 0) + (answer.rejected ?? 0)).toBe(value.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("normaliseRecord over generated input", () => {
  it("never throws, and a record it makes serialises to JSON that parses back to the same record", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (a, b) => {
        for (const input of [a, { ...b, msg: a }, { ...b, message: "m", level: a, ts: a }]) {
          const result = normaliseRecord(input, { tenant: "default", receivedAt: Date.now() });
          if (!result.ok) continue;
          result.record.id = "abc-0-0"; // the packer's to give
          const line = serialiseRecord(result.record);
          expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(result.record)));
          expect(line).toBe(JSON.stringify(result.record));
          LogRecordSchema.parse(JSON.parse(line));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

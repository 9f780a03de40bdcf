import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateSegment, GzipJoiner, inflateSegment } from "../src/gzip";
import { gunzipText } from "./helpers/formats";

const encode = (text: string) => new TextEncoder().encode(text);

describe("gzip from segments", () => {
  const texts = [
    "",
    '{"msg":"short, stored as it is"}\n',
    `${"x".repeat(1024)}\n`.slice(0, 1024),
    `${Array.from({ length: 2000 }, (_, i) => `{"i":${i},"msg":"Grüße 日本 ${i % 7}"}`).join("\n")}\n`,
    "last\n",
  ];

  it("joins stored and compressed segments into one gzip member that any reader takes", async () => {
    const joiner = new GzipJoiner();
    for (const text of texts) {
      const segment = deflateSegment(encode(text));
      expect(new TextDecoder().decode(inflateSegment(segment))).toBe(text);
      joiner.add(segment, inflateSegment(segment));
    }
    const gzip = joiner.finish();
    const whole = texts.join("");
    expect(joiner.size).toBe(encode(whole).byteLength);
    // DecompressionStream (workerd) and zlib's gunzip both check the CRC-32 and length.
    expect(await gunzipText(gzip)).toBe(whole);
    expect(gunzipSync(gzip).toString("utf8")).toBe(whole);
  });

  it("compresses long text and keeps short text as a stored block", () => {
    const long = encode(texts[3] ?? "");
    expect(deflateSegment(long).byteLength).toBeLessThan(long.byteLength / 3);
    const short = encode(texts[1] ?? "");
    expect(deflateSegment(short).byteLength).toBe(short.byteLength + 5);
  });

  it("yields a member that fails its CRC check when a segment is not what was counted", async () => {
    const joiner = new GzipJoiner();
    joiner.add(deflateSegment(encode("one\n")), encode("two\n"));
    await expect(gunzipText(joiner.finish())).rejects.toThrow();
  });
});

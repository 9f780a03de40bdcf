import { fromBinary } from "@bufbuild/protobuf";
import { uncompress } from "snappyjs";
import { BodyTooLargeError, decodeText } from "../body";
import { LogsinkError } from "../errors";
import { isJsonObject, type TransportFields } from "../record";
import { BodyFormatError, type Decoder, type Entry } from "./decoder";
import { concatChunks, errorDetail } from "./detail";
import { type PushRequest, PushRequestSchema } from "./gen/logsink/loki/v1/push_pb";

/**
 * Grafana Loki's push API (`POST /loki/api/v1/push`): snappy-compressed protobuf
 * (`logproto.PushRequest`, what Promtail, Alloy and the Loki Docker driver send) and JSON
 * (`{"streams":[{"stream":{labels},"values":[["<ns>","<line>",{metadata}]]}]}`). Decoding is
 * @bufbuild/protobuf's on generated code and snappyjs's (pure JS, so it runs in workerd);
 * this module maps streams and entries:
 * - the entry's nanosecond time → timestamp;
 * - a line that is a JSON object is normalised like an NDJSON line; any other line is the message;
 * - labels fill what the line does not say: `level`, `detected_level` or `severity` → level;
 *   `service_name`, `service`, `app` or `job` → service; `host`, `hostname` or `instance` → host;
 * - the other labels, then the entry's structured metadata → attributes (the line's own fields win).
 */

const LEVEL_LABELS = ["level", "detected_level", "severity"];
const SERVICE_LABELS = ["service_name", "service", "app", "job"];
const HOST_LABELS = ["host", "hostname", "instance"];
const USED_LABELS = new Set([...LEVEL_LABELS, ...SERVICE_LABELS, ...HOST_LABELS]);

/** A stream's labels whose text does not parse. */
class LabelsError extends LogsinkError {
  override name = "LabelsError";
}

/** One Prometheus label pair: `name="value"`, the value with Go string escapes. */
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_.]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(,|\})/y;

/** Parses Loki's label set text, `{job="varlogs", host="web-1"}`, into pairs. */
function parseLabels(text: string): [string, string][] {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) throw new LabelsError("labels must start with {");
  const pairs: [string, string][] = [];
  if (/^\{\s*\}$/.test(trimmed)) return pairs;
  LABEL.lastIndex = 1;
  for (;;) {
    const match = LABEL.exec(trimmed);
    if (match === null) throw new LabelsError(`labels ${trimmed.slice(0, 80)} do not parse`);
    pairs.push([match[1] ?? "", unescapeLabelValue(match[2] ?? "")]);
    if (match[3] === "}") break;
  }
  if (LABEL.lastIndex !== trimmed.length) throw new LabelsError(`labels ${trimmed.slice(0, 80)} do not parse`);
  return pairs;
}

function unescapeLabelValue(value: string): string {
  return value.includes("\\")
    ? value.replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c))
    : value;
}

function firstLabel(labels: ReadonlyMap<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = labels.get(name);
    if (value !== undefined && value !== "") return value;
  }
  return undefined;
}

/** What the stream's labels say, once per stream. */
interface StreamContext {
  transport: Omit<TransportFields, "timeMs">;
  /** The labels that go to attributes. */
  extra: [string, string][];
}

function streamContext(pairs: [string, string][]): StreamContext {
  const labels = new Map(pairs);
  return {
    transport: {
      level: firstLabel(labels, LEVEL_LABELS),
      service: firstLabel(labels, SERVICE_LABELS),
      host: firstLabel(labels, HOST_LABELS),
    },
    extra: pairs.filter(([name]) => !USED_LABELS.has(name)),
  };
}

/** An entry's record: its line (an object if it is a JSON object), with labels and metadata added. */
function entryValue(line: string, extra: readonly [string, string][], metadata: readonly [string, string][]): unknown {
  let value: Record<string, unknown> | undefined;
  if (line.charCodeAt(0) === 123 /* { */) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (isJsonObject(parsed)) value = parsed;
    } catch {
      // Not JSON after all: the line is the message.
    }
  }
  value ??= { message: line };
  for (const pairs of [extra, metadata]) {
    for (const [name, text] of pairs) if (!Object.hasOwn(value, name) && name !== "__proto__") value[name] = text;
  }
  return value;
}

/** Nanoseconds since 1970 as milliseconds, exactly (BigInt), or undefined when not a number. */
function nanosToMs(nanos: bigint): number {
  return Number(nanos / 1_000_000n);
}

function* protobufEntries(request: PushRequest): Generator<Entry> {
  let position = 0;
  for (const stream of request.streams) {
    let context: StreamContext | undefined;
    let labelsError: string | undefined;
    try {
      context = streamContext(parseLabels(stream.labels));
    } catch (error) {
      if (!(error instanceof LabelsError)) throw error;
      labelsError = error.message;
    }
    for (const entry of stream.entries) {
      position++;
      if (context === undefined) {
        yield { position, error: labelsError ?? "labels do not parse" };
        continue;
      }
      const ts = entry.timestamp;
      const timeMs = ts === undefined ? undefined : nanosToMs(ts.seconds * 1_000_000_000n + BigInt(ts.nanos));
      const metadata = entry.structuredMetadata.map((p): [string, string] => [p.name, p.value]);
      yield {
        position,
        value: entryValue(entry.line, context.extra, metadata),
        transport: { ...context.transport, timeMs },
      };
    }
  }
}

/** `application/x-protobuf`: a snappy-compressed (block format) `PushRequest`. */
export const lokiProtobufDecoder: Decoder = {
  name: "loki-protobuf",
  decode({ chunks, maxBytes }) {
    const compressed = concatChunks(chunks);
    let bytes: Uint8Array;
    try {
      // The block's header declares its length: refuse a snappy bomb before inflating it.
      bytes = uncompress(compressed, maxBytes);
    } catch (error) {
      if (error instanceof Error && /too big/.test(error.message)) throw new BodyTooLargeError(maxBytes);
      throw new BodyFormatError(`the body is not snappy-compressed (block format): ${errorDetail(error)}`);
    }
    let request: PushRequest;
    try {
      request = fromBinary(PushRequestSchema, bytes, { readUnknownFields: false });
    } catch (error) {
      throw new BodyFormatError(`the body is not a Loki PushRequest: ${errorDetail(error)}`);
    }
    return protobufEntries(request);
  },
};

interface JsonStream {
  stream?: unknown;
  values?: unknown;
}

/** The string-valued members of a JSON object (labels, structured metadata); none for anything else. */
function stringPairs(value: unknown): [string, string][] {
  return isJsonObject(value)
    ? Object.entries(value).filter((p): p is [string, string] => typeof p[1] === "string")
    : [];
}

function* jsonEntries(streams: readonly JsonStream[]): Generator<Entry> {
  let position = 0;
  for (const stream of streams) {
    const context = streamContext(stringPairs(stream?.stream));
    for (const value of Array.isArray(stream?.values) ? stream.values : []) {
      position++;
      if (!Array.isArray(value) || typeof value[1] !== "string" || !/^\d{1,20}$/.test(String(value[0]))) {
        yield { position, error: 'an entry is ["<unix epoch in nanoseconds>", "<log line>"] with optional metadata' };
        continue;
      }
      yield {
        position,
        value: entryValue(value[1], context.extra, stringPairs(value[2])),
        transport: { ...context.transport, timeMs: nanosToMs(BigInt(String(value[0]))) },
      };
    }
  }
}

/** `application/json`: `{"streams":[{"stream":{…labels},"values":[["<ns>","<line>",{…}],…]}]}`. */
export const lokiJsonDecoder: Decoder = {
  name: "loki-json",
  decode({ chunks, charset }) {
    let body: unknown;
    try {
      body = JSON.parse(decodeText(chunks, charset));
    } catch (error) {
      throw new BodyFormatError(`the body is not JSON: ${errorDetail(error)}`);
    }
    const streams = (body as { streams?: unknown } | null)?.streams;
    if (!Array.isArray(streams)) throw new BodyFormatError('a Loki push body is {"streams":[…]}');
    return jsonEntries(streams as JsonStream[]);
  },
};

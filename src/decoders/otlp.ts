import { Buffer } from "node:buffer";
import { fromBinary, fromJson } from "@bufbuild/protobuf";
import { decodeText } from "../body";
import { LogsinkError } from "../errors";
import { type Level, readLevel } from "../level";
import type { MappedFields } from "../record";
import { isJsonObject, MAX_NESTING_DEPTH } from "../record";
import { BodyFormatError, type Decoder, type Entry } from "./decoder";
import { concatChunks, errorDetail } from "./detail";
import {
  type ExportLogsServiceRequest,
  ExportLogsServiceRequestSchema,
} from "./gen/opentelemetry/proto/collector/logs/v1/logs_service_pb";
import type { AnyValue, KeyValue } from "./gen/opentelemetry/proto/common/v1/common_pb";

/**
 * OpenTelemetry OTLP/HTTP logs (`POST /otlp/v1/logs`), protobuf and JSON. Decoding is
 * @bufbuild/protobuf's, on code generated from the official opentelemetry-proto definitions
 * (`npm run gen:proto`); this module only maps a decoded `ExportLogsServiceRequest` to records:
 * - `timeUnixNano`, else `observedTimeUnixNano`, else arrival → timestamp;
 * - `severityNumber` (1–4 trace … 21–24 fatal), else `severityText`, else info → level;
 * - `body` → message: a string as is, bytes as base64, any other value as its JSON text;
 * - resource `service.name` → service, `host.name` → host;
 * - `traceId`/`spanId` → lowercase hex (absent when empty or all zero);
 * - attributes: the log's, then the resource's others (the log's win a clash), then
 *   `otel.scope.name`/`otel.scope.version`; values as plain JSON (an int beyond 2^53 as a string).
 */

/**
 * Message levels the protobuf reader follows (its default is 100): each level of a nested body
 * takes two (AnyValue, ArrayValue/KeyValueList), so a record nested past MAX_NESTING_DEPTH is still
 * read and rejected alone; only a body nested past ~125 levels fails the whole request (400).
 */
const RECURSION_LIMIT = 256;

/** A value nested deeper than the record's limit: the record is rejected, not the request. */
class TooDeepError extends LogsinkError {
  override name = "TooDeepError";
}

/** An AnyValue as plain JSON. */
function plain(value: AnyValue | undefined, depth: number): unknown {
  if (depth > MAX_NESTING_DEPTH) throw new TooDeepError();
  const v = value?.value;
  switch (v?.case) {
    case "stringValue":
    case "boolValue":
      return v.value;
    case "intValue":
      return v.value >= BigInt(Number.MIN_SAFE_INTEGER) && v.value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v.value)
        : v.value.toString();
    case "doubleValue":
      // JSON has no NaN or infinities: keep them as their names.
      return Number.isFinite(v.value) ? v.value : String(v.value);
    case "bytesValue":
      return toBase64(v.value);
    case "arrayValue":
      return v.value.values.map((item) => plain(item, depth + 1));
    case "kvlistValue":
      return toObject(v.value.values, depth + 1);
    default:
      return null;
  }
}

/**
 * Key-values as an object; the first of a key wins. A plain object (V8 keeps null-prototype objects
 * in its slower dictionary mode); a `__proto__` key is defined as an own property, never a prototype.
 */
function toObject(pairs: readonly KeyValue[], depth: number, into: Record<string, unknown> = {}) {
  for (const { key, value } of pairs) {
    // plain() never gives undefined, so only a defined value can be an earlier own key.
    if (into[key] !== undefined && Object.hasOwn(into, key)) continue;
    if (key === "__proto__") {
      Object.defineProperty(into, key, {
        value: plain(value, depth),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      into[key] = plain(value, depth);
    }
  }
  return into;
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Lowercase hex of a trace or span id; undefined when empty or all zero (OTLP's "not set"). */
function toHexId(bytes: Uint8Array): string | undefined {
  if (bytes.every((b) => b === 0)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

/** In BigInt: a double cannot hold nanoseconds since 1970 exactly, and would be a millisecond off. */
const NANOS_PER_MILLI = 1_000_000n;

/** The levels of the severity texts a request used: a request repeats a few, record after record. */
type TextLevels = Map<string, Level | undefined>;

function levelOf(severityNumber: number, severityText: string, texts: TextLevels): { level: Level; original?: string } {
  const fromNumber = severityNumber > 0 ? readLevel(severityNumber, "opentelemetry") : undefined;
  if (fromNumber !== undefined) return { level: fromNumber };
  if (severityText === "") return { level: "info" };
  let fromText = texts.get(severityText);
  if (fromText === undefined && !texts.has(severityText)) {
    fromText = readLevel(severityText, "name");
    texts.set(severityText, fromText);
  }
  return fromText === undefined ? { level: "info", original: severityText } : { level: fromText };
}

function stringAttribute(pairs: readonly KeyValue[], key: string): string | undefined {
  const value = pairs.find((p) => p.key === key)?.value?.value;
  return value?.case === "stringValue" && value.value !== "" ? value.value : undefined;
}

/** Every log record of a request as an entry, numbered from 1 across the request. */
function* entries(request: ExportLogsServiceRequest): Generator<Entry> {
  let position = 0;
  const texts: TextLevels = new Map();
  for (const resourceLogs of request.resourceLogs) {
    const resource = resourceLogs.resource?.attributes ?? [];
    const service = stringAttribute(resource, "service.name");
    const host = stringAttribute(resource, "host.name");
    const others = resource.filter((p) => p.key !== "service.name" && p.key !== "host.name");
    for (const scopeLogs of resourceLogs.scopeLogs) {
      const scope = scopeLogs.scope;
      for (const log of scopeLogs.logRecords) {
        position++;
        try {
          const nanos = log.timeUnixNano > 0n ? log.timeUnixNano : log.observedTimeUnixNano;
          const { level, original } = levelOf(log.severityNumber, log.severityText, texts);
          const body = log.body?.value;
          const message =
            body === undefined || body.case === undefined
              ? ""
              : body.case === "stringValue"
                ? body.value
                : body.case === "bytesValue"
                  ? toBase64(body.value)
                  : JSON.stringify(plain(log.body, 1));
          const attributes = toObject(log.attributes, 2);
          toObject(others, 2, attributes);
          if (scope?.name && !Object.hasOwn(attributes, "otel.scope.name")) attributes["otel.scope.name"] = scope.name;
          if (scope?.version && !Object.hasOwn(attributes, "otel.scope.version")) {
            attributes["otel.scope.version"] = scope.version;
          }
          if (original !== undefined && !Object.hasOwn(attributes, "level_original")) {
            attributes.level_original = original;
          }
          const fields: MappedFields = {
            timeMs: nanos > 0n ? Number(nanos / NANOS_PER_MILLI) : undefined,
            level,
            message,
            service,
            host,
            traceId: toHexId(log.traceId),
            spanId: toHexId(log.spanId),
            attributes,
          };
          yield { position, fields };
        } catch (error) {
          if (!(error instanceof TooDeepError)) throw error;
          yield { position, error: `a value nests deeper than ${MAX_NESTING_DEPTH} levels (the limit)` };
        }
      }
    }
  }
}

/** `application/x-protobuf`: an `ExportLogsServiceRequest` in the protobuf wire format. */
export const otlpProtobufDecoder: Decoder = {
  name: "otlp-protobuf",
  decode({ chunks }) {
    let request: ExportLogsServiceRequest;
    try {
      request = fromBinary(ExportLogsServiceRequestSchema, concatChunks(chunks), {
        readUnknownFields: false,
        recursionLimit: RECURSION_LIMIT,
      });
    } catch (error) {
      // A malformed message, or one nested beyond the stack (RangeError): the body does not decode.
      throw new BodyFormatError(`the body is not an OTLP ExportLogsServiceRequest: ${errorDetail(error)}`);
    }
    return entries(request);
  },
};

/**
 * OTLP/JSON ids are hex (OTLP's one departure from the proto3 JSON mapping, which reads bytes as
 * base64): rewrite them as base64 for the generic JSON reader.
 */
function hexIdsToBase64(json: unknown): void {
  const records = (json as { resourceLogs?: { scopeLogs?: { logRecords?: unknown[] }[] }[] } | null)?.resourceLogs;
  if (!Array.isArray(records)) return;
  for (const resourceLogs of records) {
    for (const scopeLogs of Array.isArray(resourceLogs?.scopeLogs) ? resourceLogs.scopeLogs : []) {
      for (const log of Array.isArray(scopeLogs?.logRecords) ? scopeLogs.logRecords : []) {
        if (!isJsonObject(log)) continue;
        for (const field of ["traceId", "spanId", "trace_id", "span_id"]) {
          const value = log[field];
          if (typeof value === "string" && /^([0-9a-fA-F]{2})*$/.test(value)) {
            log[field] = Buffer.from(value, "hex").toString("base64");
          }
        }
      }
    }
  }
}

/** `application/json`: an `ExportLogsServiceRequest` in OTLP/JSON (proto3 JSON, hex ids). */
export const otlpJsonDecoder: Decoder = {
  name: "otlp-json",
  decode({ chunks, charset }) {
    let request: ExportLogsServiceRequest;
    try {
      const json: unknown = JSON.parse(decodeText(chunks, charset));
      hexIdsToBase64(json);
      request = fromJson(ExportLogsServiceRequestSchema, json as Parameters<typeof fromJson>[1], {
        ignoreUnknownFields: true,
        recursionLimit: RECURSION_LIMIT,
      });
    } catch (error) {
      throw new BodyFormatError(`the body is not an OTLP/JSON ExportLogsServiceRequest: ${errorDetail(error)}`);
    }
    return entries(request);
  },
};

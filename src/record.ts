import { z } from "zod";
import { LEVELS, type Level, type LevelScheme, readLevel } from "./level";
import { TenantSchema } from "./tenant";
import { isoOfMs, readTimestamp } from "./timestamp";

/**
 * The stored record: one JSON object per line in every R2 object, keys in this order.
 * `normaliseRecord` builds it; this schema is what readers of stored data may rely on.
 */
export const LogRecordSchema = z.object({
  id: z.string().min(1),
  timestamp: z.iso.datetime({ precision: 3 }),
  received_at: z.iso.datetime({ precision: 3 }),
  tenant: TenantSchema,
  level: z.enum(LEVELS),
  service: z.string().optional(),
  host: z.string().optional(),
  message: z.string(),
  trace_id: z.string().optional(),
  span_id: z.string().optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});

/** A stored log record. */
export type LogRecord = z.infer<typeof LogRecordSchema>;

/** Where a record comes from and what fills in what its input leaves out. */
export interface NormaliseOptions {
  tenant: string;
  /** When the request arrived, epoch milliseconds; the timestamp of records that carry none. */
  receivedAt: number;
  /** `receivedAt` as ISO-8601, when the caller already has it (one per request, not per record). */
  receivedAtIso?: string;
  /** `?service=`: the service of records that name none. */
  service?: string;
  /** `?host=`: the host of records that name none. */
  host?: string;
  /** Event times outside this window (epoch ms, both ends included) are rejected. */
  window?: EventWindow;
}

/**
 * How far from its arrival a record's event time may lie (wrangler vars `MAX_EVENT_AGE_DAYS`,
 * `MAX_EVENT_AHEAD_MINUTES`): every hour a record lands in is an object to write and an hour to
 * compact, so a client must not be able to scatter records over centuries.
 */
export interface EventWindow {
  minMs: number;
  maxMs: number;
  /** What the error names: the limits as a user configures them. */
  maxAgeDays: number;
  maxAheadMinutes: number;
}

/**
 * How deeply a record's values may nest (objects and arrays; the record itself is level 1).
 * Real logs stay within a few levels (Elasticsearch refuses mappings deeper than 20 by default);
 * a line nested thousands deep is an attack on the serialiser's stack, rejected alone.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * A record a wire format's decoder has already mapped field by field (OTLP, whose fields say
 * exactly what they are): {@link normaliseFields} fills in the rest as it does for any record.
 */
export interface MappedFields {
  /** Event time in epoch milliseconds; undefined → the request's arrival. */
  timeMs?: number | undefined;
  level: Level;
  message: string;
  service?: string | undefined;
  host?: string | undefined;
  traceId?: string | undefined;
  spanId?: string | undefined;
  /** Attributes in their stored order; empty or undefined → none. */
  attributes?: Record<string, unknown> | undefined;
}

/** A record, or why its line was rejected. */
export type NormaliseResult = { ok: true; record: LogRecord; hour: string } | { ok: false; error: string };

const TIMESTAMP_FIELDS = ["timestamp", "time", "ts", "@timestamp", "date"] as const;
const MESSAGE_FIELDS = ["message", "msg", "log", "text"] as const;
const SERVICE_FIELDS = ["service", "service.name", "app", "source"] as const;
const HOST_FIELDS = ["host", "hostname"] as const;
const TRACE_ID_FIELDS = ["trace_id", "traceId"] as const;
const SPAN_ID_FIELDS = ["span_id", "spanId"] as const;
const LEVEL_FIELDS: ReadonlyArray<readonly [string, LevelScheme]> = [
  ["level", "name"],
  ["severity", "name"],
  ["lvl", "name"],
  ["log.level", "name"],
  ["syslog_severity", "syslog"],
  ["severity_number", "opentelemetry"],
];

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The first of `fields` that `input` carries (not null), or undefined. */
function firstPresent(input: JsonObject, fields: readonly string[]): string | undefined {
  for (const field of fields) if (Object.hasOwn(input, field) && isPresent(input[field])) return field;
  return undefined;
}

/** A string-ish identifier field: strings (non-empty) and numbers are taken, anything else is not. */
function asIdentifier(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Picks the first field of `fields` holding an identifier; returns it and the field consumed. */
function pickIdentifier(input: JsonObject, fields: readonly string[], consumed: Set<string>): string | undefined {
  for (const field of fields) {
    if (!Object.hasOwn(input, field)) continue;
    const value = asIdentifier(input[field]);
    if (value !== undefined) {
      consumed.add(field);
      return value;
    }
  }
  return undefined;
}

/** `service: {name: "checkout", …}` (OpenTelemetry/ECS style nesting) names the service too. */
function nestedServiceName(input: JsonObject): string | undefined {
  const service = input.service;
  return isObject(service) ? asIdentifier(service.name) : undefined;
}

function pickLevel(input: JsonObject, consumed: Set<string>): { level: Level; original?: unknown } {
  let firstUnknown: string | undefined;
  for (const [field, scheme] of LEVEL_FIELDS) {
    if (!Object.hasOwn(input, field) || !isPresent(input[field])) continue;
    const level = readLevel(input[field], scheme);
    if (level !== undefined) {
      consumed.add(field);
      return { level };
    }
    firstUnknown ??= field;
  }
  // ECS nests the level as {"log": {"level": "warn"}}; the `log` object itself stays.
  const log = input.log;
  if (isObject(log) && isPresent(log.level)) {
    const level = readLevel(log.level, "name");
    if (level !== undefined) return { level };
  }
  if (firstUnknown === undefined) return { level: "info" };
  consumed.add(firstUnknown);
  return { level: "info", original: input[firstUnknown] };
}

function messageText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function receivedAtIso(options: NormaliseOptions): string {
  return options.receivedAtIso ?? new Date(options.receivedAt).toISOString();
}

/**
 * Normalises one parsed JSON log object into the stored record (see README, "The stored
 * record"). Never throws: an input that cannot become a record yields `{ok: false, error}`.
 *
 * @example
 * normaliseRecord({ msg: "hi", level: 50, ts: 1764176400 }, { id, tenant: "default", receivedAt })
 * // → { ok: true, record: { id, timestamp: "2025-11-26T17:00:00.000Z", …, level: "error", message: "hi" } }
 */
export function normaliseRecord(input: unknown, options: NormaliseOptions): NormaliseResult {
  if (!isObject(input)) return { ok: false, error: "expected a JSON object" };
  const consumed = new Set<string>();

  const messageField = firstPresent(input, MESSAGE_FIELDS);
  if (messageField === undefined) {
    return { ok: false, error: "the record has no message (message, msg, log or text)" };
  }
  consumed.add(messageField);

  let time = { ms: options.receivedAt, iso: receivedAtIso(options) };
  const timestampField = firstPresent(input, TIMESTAMP_FIELDS);
  if (timestampField !== undefined) {
    const parsed = readTimestamp(input[timestampField]);
    if (parsed === undefined) {
      const shown = JSON.stringify(input[timestampField]).slice(0, 64);
      return {
        ok: false,
        error: `${timestampField} ${shown} is not an ISO-8601 time or an epoch number (s, ms, µs or ns)`,
      };
    }
    time = parsed;
    consumed.add(timestampField);
  }
  if (options.window !== undefined) {
    const outside = outsideWindow(time.ms, time.iso, options.window);
    if (outside !== undefined) return { ok: false, error: outside };
  }

  const { level, original } = pickLevel(input, consumed);
  const service = pickIdentifier(input, SERVICE_FIELDS, consumed) ?? nestedServiceName(input) ?? options.service;
  const host = pickIdentifier(input, HOST_FIELDS, consumed) ?? options.host;
  const traceId = pickIdentifier(input, TRACE_ID_FIELDS, consumed);
  const spanId = pickIdentifier(input, SPAN_ID_FIELDS, consumed);

  // A null-prototype object: a `__proto__` key in the input stays an ordinary attribute.
  const attributes: JsonObject = Object.create(null);
  let attributeCount = 0;
  for (const key of Object.keys(input)) {
    if (consumed.has(key)) continue;
    const value = input[key];
    if (typeof value === "object" && value !== null && nestsDeeperThan(value, MAX_NESTING_DEPTH - 1)) {
      return { ok: false, error: `${key} nests deeper than ${MAX_NESTING_DEPTH} levels (the limit)` };
    }
    attributes[key] = value;
    attributeCount++;
  }
  const message = input[messageField];
  if (typeof message === "object" && message !== null && nestsDeeperThan(message, MAX_NESTING_DEPTH - 1)) {
    return { ok: false, error: `${messageField} nests deeper than ${MAX_NESTING_DEPTH} levels (the limit)` };
  }
  if (original !== undefined) {
    attributes.level_original = original;
    attributeCount++;
  }

  return {
    ok: true,
    hour: time.iso.slice(0, 13),
    record: buildRecord(options, time.iso, level, messageText(input[messageField]), {
      service,
      host,
      traceId,
      spanId,
      attributes: attributeCount > 0 ? attributes : undefined,
    }),
  };
}

/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants with a four-digit year. */
const MIN_TIME_MS = -62_167_219_200_000;
const MAX_TIME_MS = 253_402_300_799_999;

/**
 * Finishes a record a decoder mapped field by field: the arrival time when it has none, the
 * event-time window, the nesting limit, the request's service and host defaults.
 */
export function normaliseFields(fields: MappedFields, options: NormaliseOptions): NormaliseResult {
  let time = { ms: options.receivedAt, iso: receivedAtIso(options) };
  if (fields.timeMs !== undefined) {
    const ms = Math.floor(fields.timeMs);
    // A four-digit year, as every stored timestamp has (0000–9999); NaN fails both tests.
    if (!(ms >= MIN_TIME_MS && ms <= MAX_TIME_MS))
      return { ok: false, error: `the time ${fields.timeMs} ms is out of range` };
    time = { ms, iso: isoOfMs(ms) };
  }
  if (options.window !== undefined) {
    const outside = outsideWindow(time.ms, time.iso, options.window);
    if (outside !== undefined) return { ok: false, error: outside };
  }
  let attributes = fields.attributes;
  if (attributes !== undefined) {
    let count = 0;
    for (const key in attributes) {
      count++;
      const value = attributes[key];
      if (typeof value === "object" && value !== null && nestsDeeperThan(value, MAX_NESTING_DEPTH - 1)) {
        return { ok: false, error: `${key} nests deeper than ${MAX_NESTING_DEPTH} levels (the limit)` };
      }
    }
    if (count === 0) attributes = undefined;
  }
  return {
    ok: true,
    hour: time.iso.slice(0, 13),
    record: buildRecord(options, time.iso, fields.level, fields.message, {
      service: fields.service ?? options.service,
      host: fields.host ?? options.host,
      traceId: fields.traceId,
      spanId: fields.spanId,
      attributes,
    }),
  };
}

/** Whether `value` (an object or array) nests more than `levels` deep; iterative, so any depth is safe. */
function nestsDeeperThan(value: object, levels: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > levels) return true;
    const children = Array.isArray(node) ? node : Object.values(node as JsonObject);
    for (const child of children) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** Why an event time lies outside the window, or undefined when it is inside. */
function outsideWindow(ms: number, iso: string, window: EventWindow): string | undefined {
  if (ms < window.minMs) {
    return `timestamp ${iso} is more than ${window.maxAgeDays} days before the request arrived (MAX_EVENT_AGE_DAYS)`;
  }
  if (ms > window.maxMs) {
    return `timestamp ${iso} is more than ${window.maxAheadMinutes} minutes after the request arrived (MAX_EVENT_AHEAD_MINUTES)`;
  }
  return undefined;
}

interface OptionalFields {
  service?: string | undefined;
  host?: string | undefined;
  traceId?: string | undefined;
  spanId?: string | undefined;
  attributes?: JsonObject | undefined;
}

/** Builds the record with its keys in the stored order, absent optional fields omitted, id still empty. */
function buildRecord(
  options: NormaliseOptions,
  timestamp: string,
  level: Level,
  message: string,
  fields: OptionalFields,
): LogRecord {
  // The id is the packer's to give (see chunk-packer.ts); the key comes first all the same.
  const record: LogRecord = {
    id: "",
    timestamp,
    received_at: receivedAtIso(options),
    tenant: options.tenant,
    level,
  } as LogRecord;
  if (fields.service !== undefined) record.service = fields.service;
  if (fields.host !== undefined) record.host = fields.host;
  record.message = message;
  if (fields.traceId !== undefined) record.trace_id = fields.traceId;
  if (fields.spanId !== undefined) record.span_id = fields.spanId;
  if (fields.attributes !== undefined) record.attributes = fields.attributes;
  return record;
}

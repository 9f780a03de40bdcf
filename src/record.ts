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

/**
 * What a transport says about a record besides the record itself (Loki's entry time and stream
 * labels): the time is the record's; level, service and host fill in what the record does not say.
 */
export interface TransportFields {
  timeMs?: number | undefined;
  /** The message of a record that has none (Elasticsearch indexes a document without one); else it is rejected. */
  message?: string | undefined;
  level?: string | undefined;
  service?: string | undefined;
  host?: string | undefined;
}

const NO_TRANSPORT_FIELDS: TransportFields = {};

/** A record, or why its line was rejected. */
export type NormaliseResult = { ok: true; record: LogRecord; hour: string } | { ok: false; error: string };

/** A field name of the contract, with a dotted name's parts split once, at module load. */
interface FieldName {
  name: string;
  /** `log.level` → `log` and `level`: the same field nested one level. */
  parent?: string;
  child?: string;
}

function fieldNames(...names: string[]): readonly FieldName[] {
  return names.map((name) => {
    const dot = name.indexOf(".");
    return dot > 0 ? { name, parent: name.slice(0, dot), child: name.slice(dot + 1) } : { name };
  });
}

const TIMESTAMP_FIELDS = fieldNames("timestamp", "time", "ts", "@timestamp", "date");
const MESSAGE_FIELDS = fieldNames("message", "msg", "log", "text");
/** `program` (syslog) names the service only when nothing else does. */
const SERVICE_FIELDS = fieldNames("service", "service.name", "app", "source", "program");
const HOST_FIELDS = fieldNames("host", "hostname", "host.name", "host.hostname");
const TRACE_ID_FIELDS = fieldNames("trace_id", "traceId", "trace.id");
const SPAN_ID_FIELDS = fieldNames("span_id", "spanId", "span.id");
const LEVEL_SCHEMES: readonly LevelScheme[] = ["name", "name", "name", "name", "syslog", "opentelemetry"];
const LEVEL_FIELDS = fieldNames("level", "severity", "lvl", "log.level", "syslog_severity", "severity_number");
/**
 * syslog's `PRIORITY` (a severity name: `err`, `warning`…, as syslog-ng's `format-json` writes it)
 * names the level only when no level field does, and only when it reads as one: an application's
 * own `priority` ("high") stays in `attributes` untouched.
 */
const SOFT_LEVEL_FIELDS = fieldNames("priority");

type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Whether a name has an upper-case ASCII letter (JSON keys in logs are ASCII in practice). */
function hasUpperCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** An object's own key for a lower-case `name`: the exact key first, else one that differs only in case. */
function ownKey(object: JsonObject, name: string, folded?: Map<string, string>): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  if (folded !== undefined) return folded.get(name);
  for (const key in object)
    if (hasUpperCase(key) && key.toLowerCase() === name && Object.hasOwn(object, key)) return key;
  return undefined;
}

/** A value found for a field name: its value, and the top-level key it came from (undefined when nested). */
interface Found {
  name: string;
  value: unknown;
  key: string | undefined;
}

/**
 * The fields of an input object by their names in the contract: without regard to case
 * (`MESSAGE`, `Level`, as syslog agents send them), and a dotted name also inside a nested object
 * (`{"log":{"level":…}}` is `log.level`, as ECS documents nest them).
 */
class InputFields {
  readonly #input: JsonObject;
  /** The input's own keys, in order. */
  readonly keys: string[];
  /** Lower-cased key → the input's key, built on the first miss, and only if a key has upper case. */
  #folded: Map<string, string> | null | undefined;

  constructor(input: JsonObject) {
    this.#input = input;
    this.keys = Object.keys(input);
  }

  #key(name: string): string | undefined {
    if (this.#input[name] !== undefined && Object.hasOwn(this.#input, name)) return name;
    if (this.#folded === undefined) {
      this.#folded = null;
      for (const key of this.keys) {
        const lower = key.toLowerCase();
        if (lower === key) continue;
        this.#folded ??= new Map();
        if (!this.#folded.has(lower)) this.#folded.set(lower, key);
      }
    }
    return this.#folded === null ? undefined : this.#folded.get(name);
  }

  /** The value of a field when present (not null): a top-level key, or a dotted name nested one level. */
  get({ name, parent, child }: FieldName): Found | undefined {
    const key = this.#key(name);
    if (key !== undefined && isPresent(this.#input[key])) return { name, value: this.#input[key], key };
    if (parent === undefined || child === undefined) return undefined;
    const parentKey = this.#key(parent);
    const object = parentKey === undefined ? undefined : this.#input[parentKey];
    if (!isJsonObject(object)) return undefined;
    const childKey = ownKey(object, child);
    return childKey !== undefined && isPresent(object[childKey])
      ? { name, value: object[childKey], key: undefined }
      : undefined;
  }

  /** The first of `names` present. */
  first(names: readonly FieldName[]): Found | undefined {
    for (const name of names) {
      const found = this.get(name);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}

/** A string-ish identifier field: strings (non-empty) and numbers are taken, anything else is not. */
function asIdentifier(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The first of `names` holding an identifier; a top-level field it came from is consumed. */
function pickIdentifier(fields: InputFields, names: readonly FieldName[], consumed: Set<string>): string | undefined {
  for (const name of names) {
    const found = fields.get(name);
    const value = asIdentifier(found?.value);
    if (value === undefined) continue;
    if (found?.key !== undefined) consumed.add(found.key);
    return value;
  }
  return undefined;
}

function pickLevel(
  fields: InputFields,
  consumed: Set<string>,
  fallback: string | undefined,
): { level: Level; original?: unknown } {
  let firstUnknown: Found | undefined;
  for (let i = 0; i < LEVEL_FIELDS.length; i++) {
    const found = fields.get(LEVEL_FIELDS[i] as FieldName);
    if (found === undefined) continue;
    const level = readLevel(found.value, LEVEL_SCHEMES[i] ?? "name");
    if (level !== undefined) {
      if (found.key !== undefined) consumed.add(found.key);
      return { level };
    }
    firstUnknown ??= found;
  }
  if (firstUnknown === undefined) {
    for (const name of SOFT_LEVEL_FIELDS) {
      const found = fields.get(name);
      const level = found === undefined ? undefined : readLevel(found.value, "name");
      if (found !== undefined && level !== undefined) {
        if (found.key !== undefined) consumed.add(found.key);
        return { level };
      }
    }
    if (fallback === undefined) return { level: "info" };
    const level = readLevel(fallback, "name");
    return level === undefined ? { level: "info", original: fallback } : { level };
  }
  if (firstUnknown.key !== undefined) consumed.add(firstUnknown.key);
  return { level: "info", original: firstUnknown.value };
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
export function normaliseRecord(
  input: unknown,
  options: NormaliseOptions,
  transport: TransportFields = NO_TRANSPORT_FIELDS,
): NormaliseResult {
  if (!isJsonObject(input)) return { ok: false, error: "expected a JSON object" };
  const consumed = new Set<string>();
  const fields = new InputFields(input);

  const messageField =
    fields.first(MESSAGE_FIELDS) ??
    (transport.message === undefined ? undefined : { name: "message", value: transport.message, key: undefined });
  if (messageField === undefined) {
    return { ok: false, error: "the record has no message (message, msg, log or text)" };
  }
  if (messageField.key !== undefined) consumed.add(messageField.key);

  let time = { ms: options.receivedAt, iso: receivedAtIso(options) };
  const timestampField = transport.timeMs === undefined ? fields.first(TIMESTAMP_FIELDS) : undefined;
  if (transport.timeMs !== undefined) {
    const ms = Math.floor(transport.timeMs);
    if (!(ms >= MIN_TIME_MS && ms <= MAX_TIME_MS))
      return { ok: false, error: `the time ${transport.timeMs} ms is out of range` };
    time = { ms, iso: isoOfMs(ms) };
  } else if (timestampField !== undefined) {
    const parsed = readTimestamp(timestampField.value);
    if (parsed === undefined) {
      const shown = JSON.stringify(timestampField.value).slice(0, 64);
      return {
        ok: false,
        error: `${timestampField.key ?? timestampField.name} ${shown} is not an ISO-8601 time or an epoch number (s, ms, µs or ns)`,
      };
    }
    time = parsed;
    if (timestampField.key !== undefined) consumed.add(timestampField.key);
  }
  if (options.window !== undefined) {
    const outside = outsideWindow(time.ms, time.iso, options.window);
    if (outside !== undefined) return { ok: false, error: outside };
  }

  const { level, original } = pickLevel(fields, consumed, transport.level);
  const service = pickIdentifier(fields, SERVICE_FIELDS, consumed) ?? transport.service ?? options.service;
  const host = pickIdentifier(fields, HOST_FIELDS, consumed) ?? transport.host ?? options.host;
  const traceId = pickIdentifier(fields, TRACE_ID_FIELDS, consumed);
  const spanId = pickIdentifier(fields, SPAN_ID_FIELDS, consumed);

  // A plain object (V8 keeps null-prototype ones in a slower mode); a `__proto__` key of the input
  // is defined as an own property, an ordinary attribute, never a prototype.
  const attributes: JsonObject = {};
  let attributeCount = 0;
  for (const key of fields.keys) {
    if (consumed.has(key)) continue;
    const value = input[key];
    if (typeof value === "object" && value !== null && nestsDeeperThan(value, MAX_NESTING_DEPTH - 1)) {
      return { ok: false, error: `${key} nests deeper than ${MAX_NESTING_DEPTH} levels (the limit)` };
    }
    if (key === "__proto__")
      Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
    else attributes[key] = value;
    attributeCount++;
  }
  const message = messageField.value;
  if (typeof message === "object" && message !== null && nestsDeeperThan(message, MAX_NESTING_DEPTH - 1)) {
    return { ok: false, error: `${messageField.name} nests deeper than ${MAX_NESTING_DEPTH} levels (the limit)` };
  }
  if (original !== undefined) {
    attributes.level_original = original;
    attributeCount++;
  }

  return {
    ok: true,
    hour: time.iso.slice(0, 13),
    record: buildRecord(options, time.iso, level, messageText(message), {
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

import { decodeText, lines } from "../body";
import { isJsonObject, type TransportFields } from "../record";
import type { Decoder, Entry } from "./decoder";
import { errorDetail } from "./detail";

/**
 * Splunk's HTTP Event Collector: event bodies (`/services/collector`, `/event`, `/event/1.0`) are
 * JSON objects concatenated with or without whitespace — clients set every kind of Content-Type,
 * the Node library sends `}{` as form data — split into objects by {@link concatenatedObjects} and
 * each parsed by `JSON.parse`; raw bodies (`/raw`) are lines. Each event becomes a stored record:
 * - `time` (epoch seconds, number or string, with decimals) → timestamp;
 * - `event` a string → message; an object → normalised like an NDJSON line;
 * - `host` → host, `source` → service when nothing else names one;
 * - `sourcetype`, `index` and `fields` → attributes.
 * As HEC does, the first event that cannot be read ends the request: the ones before it are
 * stored, and the answer names its number.
 */

/** HEC's reasons, which the route turns into its codes. */
export const HEC_EVENT_REQUIRED = "Event field is required";
export const HEC_INVALID_FORMAT = "Invalid data format";

/** Query parameters and event fields HEC takes as metadata. */
export interface HecMetadata {
  host?: string | undefined;
  source?: string | undefined;
  sourcetype?: string | undefined;
  index?: string | undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;
}

/** HEC's `time`: epoch seconds, a number or a numeric string, with decimals. */
function timeMs(value: unknown): number | undefined {
  const seconds =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\d+(\.\d+)?$/.test(value)
        ? Number(value)
        : Number.NaN;
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) : undefined;
}

function eventEntry(position: number, value: unknown, defaults: HecMetadata): Entry {
  if (!isJsonObject(value)) return { position, error: HEC_INVALID_FORMAT };
  const hec = value;
  const event = hec.event;
  if (event === undefined || event === null || event === "") return { position, error: HEC_EVENT_REQUIRED };
  // The event object is this request's own (JSON.parse made it): it is completed in place. A copy
  // (`{ ...event }`) made every later field lookup in normaliseRecord ~5× slower in V8.
  const record: Record<string, unknown> = isJsonObject(event)
    ? event
    : { message: typeof event === "string" ? event : JSON.stringify(event) };
  const sourcetype = asString(hec.sourcetype) ?? defaults.sourcetype;
  const index = asString(hec.index) ?? defaults.index;
  if (sourcetype !== undefined && !Object.hasOwn(record, "sourcetype")) record.sourcetype = sourcetype;
  if (index !== undefined && !Object.hasOwn(record, "index")) record.index = index;
  if (hec.fields !== undefined && !Object.hasOwn(record, "fields")) record.fields = hec.fields;
  const transport: TransportFields = {
    timeMs: timeMs(hec.time),
    host: asString(hec.host) ?? defaults.host,
    service: asString(hec.source) ?? defaults.source,
  };
  return { position, value: record, transport };
}

/**
 * Splits JSON objects that follow each other (`{…}{…}`, whitespace allowed between them) and parses
 * each with `JSON.parse`: the scan only finds where an object ends — its braces and brackets
 * outside strings, each string skipped with `indexOf` — and the native parser does the rest. (A streaming JSON parser,
 * @streamparser/json with `separator: ""`, read them too, at half of `/v1/logs`' throughput in
 * the bench: its tokenizer runs in JavaScript, character by character.) Stops at the first thing
 * that is not an object, with why.
 */
/** The index of the quote that closes the string opened at `open`, or -1 when none does. */
function closingQuote(text: string, open: number): number {
  let quote = open;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}

export function* concatenatedObjects(text: string): Generator<{ value: unknown } | { error: string }> {
  const length = text.length;
  let at = 0;
  for (;;) {
    while (at < length && (text.charCodeAt(at) <= 32 || text.charCodeAt(at) === 0xfeff)) at++;
    if (at >= length) return;
    if (text.charCodeAt(at) !== 123 /* { */) {
      yield { error: `expected a JSON object at character ${at}` };
      return;
    }
    const start = at;
    let depth = 0;
    for (; at < length; at++) {
      const c = text.charCodeAt(at);
      if (c === 34 /* " */) {
        // A string is skipped whole: its closing quote is the next one not escaped (an even run
        // of backslashes before it), found by indexOf rather than character by character.
        at = closingQuote(text, at);
        if (at === -1) {
          at = length;
          break;
        }
      } else if (c === 123 || c === 91) depth++;
      else if ((c === 125 || c === 93) && --depth === 0) {
        at++;
        break;
      }
    }
    if (depth !== 0) {
      yield { error: "the body ends inside an object" };
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.slice(start, at));
    } catch (error) {
      yield { error: errorDetail(error) };
      return;
    }
    yield { value };
  }
}

/** The decoder of an event body, with the metadata the URL's query gives. */
export function hecEventDecoder(defaults: HecMetadata): Decoder {
  return {
    name: "splunk-hec-event",
    parameters: JSON.stringify(defaults),
    *decode({ chunks, charset }) {
      let position = 0;
      for (const object of concatenatedObjects(decodeText(chunks, charset))) {
        position++;
        if ("error" in object) {
          yield { position, error: `${HEC_INVALID_FORMAT}: ${object.error}` };
          return;
        }
        const entry = eventEntry(position, object.value, defaults);
        yield entry;
        // As HEC does, the first event that cannot be read ends the request.
        if ("error" in entry) return;
      }
    },
  };
}

/** The decoder of a raw body: every non-empty line is an event's message. */
export function hecRawDecoder(defaults: HecMetadata): Decoder {
  return {
    name: "splunk-hec-raw",
    parameters: JSON.stringify(defaults),
    *decode({ chunks, charset }) {
      const transport: TransportFields = { host: defaults.host, service: defaults.source };
      const extra: Record<string, string> = {};
      if (defaults.sourcetype !== undefined) extra.sourcetype = defaults.sourcetype;
      if (defaults.index !== undefined) extra.index = defaults.index;
      let position = 0;
      for (const [, text] of lines(chunks, charset)) {
        if (text.trim() === "") continue;
        position++;
        yield { position, value: { message: text, ...extra }, transport };
      }
    },
  };
}

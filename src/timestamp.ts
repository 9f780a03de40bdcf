import { DAY_MS, HOUR_MS, MINUTE_MS } from "./hours";

/**
 * Reading event times from log input: ISO-8601 strings and epoch numbers of any common unit.
 */

// Epoch numbers are told apart by magnitude: seconds reach 1e11 only in the year 5138,
// milliseconds 1e14 in 5138, microseconds 1e17 likewise; anything larger is nanoseconds.
const SECONDS_BELOW = 1e11;
const MILLISECONDS_BELOW = 1e14;
const MICROSECONDS_BELOW = 1e17;

/** ISO-8601 / RFC 3339 date-time: date, optional time (T or space), fraction, zone. */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/** The form logsink writes, and most loggers send: parsed natively, then checked by round trip. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The latest instant whose ISO-8601 form still has a four-digit year. */
const MAX_EPOCH_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** 0000-01-01T00:00:00.000Z, the earliest instant with a four-digit ISO-8601 year. */
const MIN_EPOCH_MS = -62_167_219_200_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Converts an epoch number to milliseconds, telling seconds, milliseconds, microseconds and
 * nanoseconds apart by magnitude.
 *
 * @example epochToMilliseconds(1764176400) === 1764176400000
 */
function epochToMilliseconds(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < SECONDS_BELOW) return value * 1000;
  if (magnitude < MILLISECONDS_BELOW) return value;
  if (magnitude < MICROSECONDS_BELOW) return value / 1000;
  return value / 1e6;
}

function parseIso(text: string): number | undefined {
  const m = ISO_8601.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone = "Z"] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));
  let ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC maps years 0–99 to 1900–1999; an ISO year is taken literally.
  if (year < 100) ms = new Date(ms).setUTCFullYear(year);
  // Reject 2026-02-31 and friends instead of letting Date roll them into March.
  if (new Date(ms).getUTCDate() !== day && second !== 60) return undefined;
  if (zone !== "Z" && zone !== "z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
    if (offsetMinutes > 18 * 60) return undefined;
    ms -= sign * offsetMinutes * MINUTE_MS;
  }
  return ms;
}

/** An event time as epoch milliseconds and as the stored ISO-8601 UTC text. */
export interface EventTime {
  ms: number;
  iso: string;
}

const ZERO = 48;

function digitAt(text: string, index: number): number {
  return text.charCodeAt(index) - ZERO;
}

/**
 * The common case, `YYYY-MM-DDTHH:MM:SS.sssZ` (already matched by CANONICAL), read from its
 * digits: a valid value is its own ISO form. 2026-02-31, 24:00 and :60 are rejected, as
 * Date.parse would reject or roll them.
 */
function readCanonical(value: string): EventTime | undefined {
  // digitAt, not a closure: wrangler bundles with keepNames, which names every new closure.
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  const hour = digitAt(value, 11) * 10 + digitAt(value, 12);
  const minute = digitAt(value, 14) * 10 + digitAt(value, 15);
  const second = digitAt(value, 17) * 10 + digitAt(value, 18);
  const valid =
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60;
  if (!valid) return undefined;
  const millis = digitAt(value, 20) * 100 + digitAt(value, 21) * 10 + digitAt(value, 22);
  // Date.UTC maps years 0–99 to 1900–1999; Date.parse reads an ISO year literally.
  const ms = year >= 100 ? Date.UTC(year, month - 1, day, hour, minute, second, millis) : Date.parse(value);
  return { ms, iso: value };
}

/**
 * Reads an event time: an ISO-8601 string, or a number (or numeric string) of epoch seconds,
 * milliseconds, microseconds or nanoseconds. Returns it in ms and as ISO-8601 UTC with
 * milliseconds, or undefined when the value is not a readable time or lies outside years
 * 0000–9999.
 */
export function readTimestamp(value: unknown): EventTime | undefined {
  let ms: number | undefined;
  if (typeof value === "number") {
    ms = Number.isFinite(value) ? epochToMilliseconds(value) : undefined;
  } else if (typeof value === "string") {
    if (CANONICAL.test(value)) return readCanonical(value);
    const text = value.trim();
    ms = NUMERIC.test(text) ? epochToMilliseconds(Number(text)) : parseIso(text);
  }
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  ms = Math.floor(ms);
  return ms >= MIN_EPOCH_MS && ms <= MAX_EPOCH_MS ? { ms, iso: isoOfMs(ms) } : undefined;
}

/** {@link readTimestamp}, in epoch milliseconds only. */
export function parseTimestamp(value: unknown): number | undefined {
  return readTimestamp(value)?.ms;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

/**
 * `new Date(ms).toISOString()` for whole milliseconds of a four-digit year (0000–9999), about four
 * times faster (it is on every record's path): the civil date from the day count by Howard
 * Hinnant's `civil_from_days` (chrono-Compatible Low-Level Date Algorithms).
 *
 * @example isoOfMs(1764176400123) === "2025-11-26T17:00:00.123Z"
 */
export function isoOfMs(ms: number): string {
  // Most calls fall in the hour of the call before (a request's records, a row group's rows): the
  // date and hour are kept, minutes to milliseconds worked out.
  let rest = ms - lastHour.start;
  if (rest >= 0 && rest < HOUR_MS) {
    const minutes = Math.floor(rest / MINUTE_MS);
    rest -= minutes * MINUTE_MS;
    const seconds = Math.floor(rest / 1000);
    const millis = rest - seconds * 1000;
    return `${lastHour.prefix}${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${millis < 100 ? (millis < 10 ? "00" : "0") : ""}${millis}Z`;
  }
  const iso = civilIsoOfMs(ms);
  lastHour = { start: Math.floor(ms / HOUR_MS) * HOUR_MS, prefix: iso.slice(0, 14) };
  return iso;
}

/** The hour of the last {@link isoOfMs} outside the hour before: its epoch ms and `YYYY-MM-DDTHH:`. */
let lastHour = { start: Number.NaN, prefix: "" };

/** The same for {@link writeIsoOfMs}, kept apart: a line's two times are often hours apart. */
let lastBytesHour: { start: number; prefix: Uint8Array } = { start: Number.NaN, prefix: new Uint8Array(0) };

/** The length of every stored time, `YYYY-MM-DDTHH:MM:SS.mmmZ`. */
export const ISO_BYTES = 24;

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/**
 * {@link isoOfMs} written as ASCII into `out` at `at` ({@link ISO_BYTES} bytes), without making the
 * string: for answers written as bytes (a query's Parquet rows), two times a line.
 */
export function writeIsoOfMs(ms: number, out: Uint8Array, at: number): void {
  let rest = ms - lastBytesHour.start;
  if (!(rest >= 0 && rest < HOUR_MS)) {
    const start = Math.floor(ms / HOUR_MS) * HOUR_MS;
    lastBytesHour = { start, prefix: asciiBytes(civilIsoOfMs(ms).slice(0, 14)) };
    rest = ms - start;
  }
  const prefix = lastBytesHour.prefix;
  for (let i = 0; i < prefix.length; i++) out[at + i] = prefix[i] as number;
  const minutes = Math.floor(rest / MINUTE_MS);
  rest -= minutes * MINUTE_MS;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  out[at + 14] = ZERO + Math.floor(minutes / 10);
  out[at + 15] = ZERO + (minutes % 10);
  out[at + 16] = 0x3a; // :
  out[at + 17] = ZERO + Math.floor(seconds / 10);
  out[at + 18] = ZERO + (seconds % 10);
  out[at + 19] = 0x2e; // .
  out[at + 20] = ZERO + Math.floor(millis / 100);
  out[at + 21] = ZERO + (Math.floor(millis / 10) % 10);
  out[at + 22] = ZERO + (millis % 10);
  out[at + 23] = 0x5a; // Z
}

function civilIsoOfMs(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const z = days + 719_468; // days from 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // from March
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / HOUR_MS);
  rest -= hours * HOUR_MS;
  const minutes = Math.floor(rest / MINUTE_MS);
  rest -= minutes * MINUTE_MS;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${millis < 100 ? (millis < 10 ? "00" : "0") : ""}${millis}Z`;
}

/** The digits of `text` from `start` to `end` as a number; NaN if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Hours msOfIso has read (`YYYY-MM-DDTHH` → epoch ms): a compaction reads one hour's event times
 * and the few hours they were received in. Emptied when it grows past a thousand.
 */
const hoursRead = new Map<string, number>();

/**
 * The inverse of {@link isoOfMs}: epoch ms of a stored time (`YYYY-MM-DDTHH:MM:SS.mmmZ`, exactly
 * as logsink writes them), NaN for anything else. Many times faster than `Date.parse`, which must
 * first find out which of its many formats it was given (compaction to Parquet reads two per
 * record): the hour is worked out once (and checked by a round trip), minutes to milliseconds by
 * arithmetic.
 */
export function msOfIso(iso: string): number {
  if (iso.length !== 24 || iso[13] !== ":" || iso[16] !== ":" || iso[19] !== "." || iso[23] !== "Z") return Number.NaN;
  const minutes = digitsAt(iso, 14, 16);
  const seconds = digitsAt(iso, 17, 19);
  const millis = digitsAt(iso, 20, 23);
  if (!(minutes < 60 && seconds < 60 && millis >= 0)) return Number.NaN;
  const hour = iso.slice(0, 13);
  let start = hoursRead.get(hour);
  if (start === undefined) {
    start = hourMs(hour);
    if (Number.isNaN(start)) return Number.NaN;
    if (hoursRead.size >= 1000) hoursRead.clear();
    hoursRead.set(hour, start);
  }
  return start + minutes * MINUTE_MS + seconds * 1000 + millis;
}

/** Epoch ms of `YYYY-MM-DDTHH`, NaN unless exactly that (checked by a round trip through isoOfMs). */
function hourMs(hour: string): number {
  if (hour[4] !== "-" || hour[7] !== "-" || hour[10] !== "T") return Number.NaN;
  // Date.UTC reads years 0–99 as 1900–1999: those go 400 years (146,097 days) up and back.
  const year = digitsAt(hour, 0, 4);
  const shift = year < 100 ? 400 : 0;
  const ms =
    Date.UTC(year + shift, digitsAt(hour, 5, 7) - 1, digitsAt(hour, 8, 10), digitsAt(hour, 11, 13)) -
    (shift === 0 ? 0 : 146_097 * DAY_MS);
  return isoOfMs(ms).startsWith(hour) ? ms : Number.NaN;
}

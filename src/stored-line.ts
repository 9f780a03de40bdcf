import type { LogRecord } from "./record";

/**
 * The stored line: how a record is written into every R2 object (one JSON object per line, keys
 * in the stored order) and read back — whole for the read side, or just its head (id and
 * timestamp) where compaction and queries copy lines as bytes without parsing them. Every line
 * starts `{"id":"<id>","timestamp":"<ISO-8601, 24 chars>",` (ids are [0-9a-f-]), so both sit at
 * known places.
 */

const ID_PREFIX = '{"id":"';
const TIMESTAMP_MARK = '","timestamp":"';
const ISO_LENGTH = 24;
/** Enough of a line's start to hold its `id` and `timestamp` (ids are ~40 ASCII characters). */
const HEAD_BYTES = 128;
const headDecoder = new TextDecoder();

/**
 * The record's JSON line: the same text as `JSON.stringify(record)`, built directly. `id`,
 * the two times, `tenant` and `level` are logsink's own values (hex and digits, ISO-8601, a
 * checked tenant name, a level name) and need no escaping; everything from the input is escaped
 * by JSON.stringify. Throws RangeError where JSON.stringify does (a value too large to stringify).
 */
export function serialiseRecord(record: LogRecord): string {
  return serialiseStored(record, record.attributes === undefined ? undefined : JSON.stringify(record.attributes));
}

/**
 * {@link serialiseRecord} of a record whose attributes are already JSON text (as a Parquet part
 * stores them): the same line, without parsing and stringifying them again.
 */
export function serialiseStored(record: Omit<LogRecord, "attributes">, attributesJson: string | undefined): string {
  let json = `{"id":"${record.id}","timestamp":"${record.timestamp}","received_at":"${record.received_at}","tenant":"${record.tenant}","level":"${record.level}"`;
  if (record.service !== undefined) json += `,"service":${JSON.stringify(record.service)}`;
  if (record.host !== undefined) json += `,"host":${JSON.stringify(record.host)}`;
  json += `,"message":${JSON.stringify(record.message)}`;
  if (record.trace_id !== undefined) json += `,"trace_id":${JSON.stringify(record.trace_id)}`;
  if (record.span_id !== undefined) json += `,"span_id":${JSON.stringify(record.span_id)}`;
  if (attributesJson !== undefined) json += `,"attributes":${attributesJson}`;
  return `${json}}`;
}

/** What every stored line starts with. */
export interface LineHead {
  id: string;
  timestamp: string;
}

/** The id and timestamp at the start of a stored line (text), or undefined if it is not one. */
function readHead(text: string): LineHead | undefined {
  if (!text.startsWith(ID_PREFIX)) return undefined;
  const idEnd = text.indexOf('"', ID_PREFIX.length);
  if (idEnd === -1) return undefined;
  const start = idEnd + TIMESTAMP_MARK.length;
  if (text.slice(idEnd, start) !== TIMESTAMP_MARK) return undefined;
  const timestamp = text.slice(start, start + ISO_LENGTH);
  if (timestamp.length !== ISO_LENGTH || text[start + ISO_LENGTH] !== '"') return undefined;
  return { id: text.slice(ID_PREFIX.length, idEnd), timestamp };
}

/** {@link readHead} of a line given as bytes: only its first bytes are decoded. */
export function readLineHead(line: Uint8Array): LineHead | undefined {
  return readHead(headDecoder.decode(line.subarray(0, HEAD_BYTES)));
}

/**
 * Parses a stored line for the read side. The line was written by {@link serialiseRecord}, so it
 * is trusted to have the stored record's shape; a line that is not JSON throws SyntaxError.
 */
export function parseStoredLine(text: string): LogRecord {
  return JSON.parse(text) as LogRecord;
}

/**
 * Cheap reads of stored NDJSON records without parsing them: the stored record always starts
 * `{"id":"<id>","timestamp":"<ISO-8601, 24 chars>",` (ids are [0-9a-f-]), so both fields sit at
 * known places.
 */

const ID_PREFIX = '{"id":"';
const TIMESTAMP_MARK = '","timestamp":"';
const ISO_LENGTH = 24;

/** The `id` of a stored record line, or undefined if the line is not one. */
export function idOfLine(line: string): string | undefined {
  if (!line.startsWith(ID_PREFIX)) return undefined;
  const end = line.indexOf('"', ID_PREFIX.length);
  return end === -1 ? undefined : line.slice(ID_PREFIX.length, end);
}

/** The `timestamp` of a stored record line, or undefined if the line is not one. */
export function timestampOfLine(line: string): string | undefined {
  const id = idOfLine(line);
  if (id === undefined) return undefined;
  const start = ID_PREFIX.length + id.length + TIMESTAMP_MARK.length;
  if (line.slice(ID_PREFIX.length + id.length, start) !== TIMESTAMP_MARK) return undefined;
  return line.slice(start, start + ISO_LENGTH);
}

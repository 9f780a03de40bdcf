import { isJsonObject } from "../record";
import type { Decoder, Entry } from "./decoder";
import { jsonDecoder } from "./logsink";

/**
 * Datadog's logs intake (`POST /api/v2/logs`): a JSON array of log objects, or one. Each is
 * normalised like an NDJSON line, except that `status` is its level (consumed), a log without a
 * message is stored with an empty one (Datadog indexes it), and `ddsource`, `ddtags` (as sent) and
 * every other field go to attributes. `hostname` names the host, `service` the service, and
 * `timestamp` or `date` the time, as for any record.
 */
export const datadogDecoder: Decoder = {
  name: "datadog",
  *decode(body) {
    // The same body as logsink's own JSON: an object, or an array of them (positions from 1).
    for (const entry of jsonDecoder.decode(body)) yield "value" in entry ? entryOf(entry.position, entry.value) : entry;
  },
};

function entryOf(position: number, log: unknown): Entry {
  if (!isJsonObject(log)) return { position, error: "a log is a JSON object" };
  const { status, ...rest } = log;
  const level = typeof status === "string" || typeof status === "number" ? String(status) : undefined;
  // `status` is Datadog's level: it fills in a record that names none, like a transport field.
  return { position, value: rest, transport: { level, message: "" } };
}

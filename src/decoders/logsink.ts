import { decodeText, lines } from "../body";
import { BodyFormatError, type Decoder, type Entry, parseMediaType, UnsupportedMediaTypeError } from "./decoder";
import { errorDetail } from "./detail";

/**
 * The decoders of logsink's own `POST /v1/logs`, chosen by `Content-Type`: NDJSON (one object per
 * line), JSON (an object or an array of them) and text (every non-empty line is a message).
 */

/** One JSON object per line (LF or CRLF); blank lines are skipped but counted. */
export const ndjsonDecoder: Decoder = {
  name: "ndjson",
  *decode({ chunks, charset }) {
    for (const [position, text] of lines(chunks, charset)) {
      if (text.trim() === "") continue;
      let entry: Entry;
      try {
        entry = { position, value: JSON.parse(text) };
      } catch (error) {
        entry = { position, error: `not valid JSON: ${errorDetail(error)}` };
      }
      yield entry;
    }
  },
};

/** One JSON object, or an array of them (positions are array index + 1). */
export const jsonDecoder: Decoder = {
  name: "json",
  *decode({ chunks, charset }) {
    let value: unknown;
    try {
      value = JSON.parse(decodeText(chunks, charset));
    } catch (error) {
      throw new BodyFormatError(`the body is not valid JSON: ${errorDetail(error)}`);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield { position: i + 1, value: value[i] };
    } else if (typeof value === "object" && value !== null) {
      yield { position: 1, value };
    } else {
      throw new BodyFormatError("a JSON body must be an object or an array of objects");
    }
  },
};

/** Every non-empty line is one record whose message is the line (time: arrival; level: info). */
export const textDecoder: Decoder = {
  name: "text",
  *decode({ chunks, charset }) {
    for (const [position, text] of lines(chunks, charset)) {
      if (text.trim() !== "") yield { position, value: { message: text } };
    }
  },
};

const DECODERS: Readonly<Record<string, Decoder>> = {
  "application/x-ndjson": ndjsonDecoder,
  "application/ndjson": ndjsonDecoder,
  "application/jsonl": ndjsonDecoder,
  "application/json": jsonDecoder,
  "text/plain": textDecoder,
};

/** The media types `POST /v1/logs` takes. */
const LOGSINK_CONTENT_TYPES = Object.keys(DECODERS);

/** The decoder for a `POST /v1/logs` `Content-Type`; throws UnsupportedMediaTypeError for others. */
export function logsinkDecoder(contentType: string | null | undefined): Decoder {
  const type = parseMediaType(contentType);
  const decoder = Object.hasOwn(DECODERS, type) ? DECODERS[type] : undefined;
  if (decoder === undefined) {
    throw new UnsupportedMediaTypeError(contentType ?? "none", LOGSINK_CONTENT_TYPES);
  }
  return decoder;
}

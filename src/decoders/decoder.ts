import { LogsinkError } from "../errors";
import type { MappedFields, TransportFields } from "../record";

/**
 * The first stage of ingest, `decode → normalise → pack → send`: a wire format's decoder turns a
 * request body (already size-checked and decompressed by the pipeline) into entries, one per log
 * record it holds, each with its 1-based position in the body (a line number, an array index + 1,
 * an event number) so that an answer can name it.
 */
export type Entry =
  /**
   * A log record as a plain object, to be normalised into the stored record like an NDJSON line;
   * `transport` is what the wire format says of it besides (Loki's entry time and labels).
   */
  | { position: number; value: unknown; transport?: TransportFields }
  /** A log record the decoder mapped field by field (its wire format says what each field is). */
  | { position: number; fields: MappedFields }
  /** An entry that cannot become a record, and why. */
  | { position: number; error: string };

/** A request body as the pipeline hands it to a decoder. */
export interface DecodedBody {
  /** The bytes, decompressed, in the order they arrived. */
  chunks: readonly Uint8Array[];
  /** The `charset` of the `Content-Type` (a TextDecoder label; utf-8 by default). */
  charset: string;
  /** MAX_BODY_BYTES: a decoder that decompresses further (Loki's snappy) holds its output to it. */
  maxBytes: number;
}

/** A wire format: how a body becomes entries. */
export interface Decoder {
  /** The wire format, for logs, answers and metrics: `ndjson`, `json`, `text`, `otlp-protobuf`, … */
  readonly name: string;
  /**
   * What besides the body decides the records (a URL's index, HEC's query defaults), so that it is
   * part of what an `Idempotency-Key` covers: the same body with other parameters gets other ids.
   */
  readonly parameters?: string;
  /**
   * The body's entries, in order. Throws BodyFormatError, before its first entry, when the body
   * as a whole cannot be read (a JSON document that does not parse); a bad entry is an `error`
   * entry, never a throw.
   */
  decode(body: DecodedBody): Iterable<Entry>;
}

/** The body as a whole is not in its wire format (an entry-level problem is an `error` entry). */
export class BodyFormatError extends LogsinkError {
  override name = "BodyFormatError";
}

/** The media type of a `Content-Type` header, lower-case, without parameters ("" when absent). */
export function parseMediaType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** No decoder reads this `Content-Type`. */
export class UnsupportedMediaTypeError extends LogsinkError {
  override name = "UnsupportedMediaTypeError";
  constructor(
    readonly contentType: string,
    readonly accepted: readonly string[],
  ) {
    super(`Content-Type ${contentType} is not supported; use one of ${accepted.join(", ")}`);
  }
}

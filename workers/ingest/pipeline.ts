import type { Context } from "hono";
import { z } from "zod";
import { BodyTooLargeError, parseCharset, parseContentEncoding, readBody } from "../../src/body";
import { ChunkPacker } from "../../src/chunk-packer";
import type { Decoder } from "../../src/decoders/decoder";
import { LogsinkError } from "../../src/errors";
import { DAY_MS, MINUTE_MS } from "../../src/hours";
import { requestBaseId } from "../../src/ids";
import { MAX_HOURS_PER_REQUEST, MAX_IDEMPOTENCY_KEY_CHARS, MAX_LISTED_ERRORS } from "../../src/limits";
import { writeMetric } from "../../src/metrics";
import { type NormaliseOptions, normaliseFields, normaliseRecord } from "../../src/record";
import { resolveTenant } from "./auth";
import { readLimits } from "./config";
import { QueueSendError, QueueSender } from "./queue-sender";
import { queueForTenant } from "./queue-shards";
import { countRequest, RateLimitedError } from "./rate-limit";
import type { AppEnv } from "./types";
import { validate } from "./validate";

/**
 * The ingest pipeline every wire format shares: `decode → normalise → pack → send`.
 *
 * A route names its decoder and maps the outcome (or the error) to its protocol's answer;
 * everything else is here: the tenant (the token's, or the one an admin token names), the
 * `Idempotency-Key` and the ids it implies, the body's charset, decompression and size limit,
 * normalisation with the event-time window and the per-request hour limit, packing into queue
 * messages, sending, and counting what was accepted and rejected.
 *
 * ```ts
 * app.post("/v1/logs", requireScope("ingest"), async (c) => {
 *   const summary = await ingestRequest(c, { decoder: logsinkDecoder(c.req.header("Content-Type")) });
 *   return c.json(summary, summary.accepted > 0 ? 202 : 400);
 * });
 * ```
 * Errors are LogsinkErrors a route maps (see errors.ts, `describeError`): 413 BodyTooLargeError,
 * 415 UnsupportedEncodingError / UnsupportedCharsetError, 400 BodyDecodeError / BodyFormatError,
 * 503 QueueSendError (with `accepted`), 500 IngestFailedError (a bug; with `accepted`).
 */

/** The per-entry outcome of an ingest request. */
export interface IngestSummary {
  accepted: number;
  rejected: number;
  /** The first rejections (at most MAX_LISTED_ERRORS), by position. */
  errors: { line: number; error: string }[];
}

export interface IngestRequestOptions {
  decoder: Decoder;
  /** The tenant the request names (`?tenant=` unless the protocol says otherwise). */
  tenant?: string | undefined;
  /** The service and host of records that name none. */
  service?: string | undefined;
  host?: string | undefined;
  /**
   * Called for each entry in order, once it is packed (with its record's id) or rejected (with
   * why): for protocols that answer per item (Elasticsearch bulk). Packed records reach the queue
   * in this order, so when sending fails, the first `accepted` packed ones are stored.
   */
  onEntry?: ((position: number, outcome: { id: string } | { error: string }) => void) | undefined;
  /** A protocol's own body limit where it is stricter than MAX_BODY_BYTES (Datadog: 5 MB). */
  maxBodyBytes?: number | undefined;
}

/** Something unexpected failed after `accepted` records were queued: a bug, logged with its stack. */
export class IngestFailedError extends LogsinkError {
  override name = "IngestFailedError";
  constructor(
    readonly accepted: number,
    options?: ErrorOptions,
  ) {
    super("internal error; retry the request with the same Idempotency-Key", options);
  }
}

export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(MAX_IDEMPOTENCY_KEY_CHARS, `at most ${MAX_IDEMPOTENCY_KEY_CHARS} characters`)
  .regex(/^[\x20-\x7e]+$/, "printable ASCII only")
  .optional();

/** Reads the request's body, with its limits, decompression and charset. */
async function readRequestBody(c: Context<AppEnv>, maxBytes: number): Promise<Uint8Array[]> {
  const encoding = parseContentEncoding(c.req.header("Content-Encoding"));
  const declared = Number(c.req.header("Content-Length") ?? Number.NaN);
  if (encoding === "identity" && declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  // A plain body of declared length (checked above) is read at once; anything else streams, so
  // that a chunked or compressed body is cut off as soon as it passes the limit.
  if (encoding === "identity" && Number.isSafeInteger(declared)) return [new Uint8Array(await c.req.arrayBuffer())];
  return readBody(c.req.raw.body, encoding, maxBytes);
}

/** A decoder with its parameters, as record ids derive from it (`elasticsearch-bulk:<index>`). */
function decoderIdentity(decoder: Decoder): string {
  return decoder.parameters === undefined ? decoder.name : `${decoder.name}:${decoder.parameters}`;
}

/** The ingest metric's outcome of a request that ended in `error`. */
function failureOutcome(error: unknown): string {
  if (error instanceof RateLimitedError) return "rate_limited";
  if (error instanceof QueueSendError) return "queue_unavailable";
  return error instanceof LogsinkError && !(error instanceof IngestFailedError) ? "rejected" : "failed";
}

/**
 * Runs a request through the pipeline and answers how many of its entries were accepted; counts
 * it against the tenant's rate limit and writes its metric, whatever the outcome.
 */
export async function ingestRequest(c: Context<AppEnv>, options: IngestRequestOptions): Promise<IngestSummary> {
  const tenant = resolveTenant(c.get("principal"), options.tenant ?? c.req.query("tenant"));
  const bodyBytes = { count: 0 };
  const metric = () => ({ kind: "ingest", tenant, subject: options.decoder.name, bytes: bodyBytes.count }) as const;
  try {
    const summary = await runPipeline(c, options, tenant, bodyBytes);
    const outcome = summary.accepted === 0 ? "rejected" : summary.rejected > 0 ? "partial" : "accepted";
    writeMetric(c.env.METRICS, { ...metric(), outcome, records: summary.accepted, other: summary.rejected });
    return summary;
  } catch (error) {
    const accepted = error instanceof QueueSendError || error instanceof IngestFailedError ? error.accepted : 0;
    writeMetric(c.env.METRICS, { ...metric(), outcome: failureOutcome(error), records: accepted });
    throw error;
  }
}

async function runPipeline(
  c: Context<AppEnv>,
  options: IngestRequestOptions,
  tenant: string,
  bodyBytes: { count: number },
): Promise<IngestSummary> {
  // Without a `[[ratelimits]]` block in the config there is no binding, and no limit.
  const checkRateLimit = countRequest(c.env.RATE_LIMITER as RateLimit | undefined, tenant);
  const configured = readLimits(c.env);
  const limits = {
    ...configured,
    maxBodyBytes: Math.min(configured.maxBodyBytes, options.maxBodyBytes ?? Number.POSITIVE_INFINITY),
  };
  const idempotencyKey = validate(IdempotencyKeySchema, c.req.header("Idempotency-Key"), "Idempotency-Key");
  const charset = parseCharset(c.req.header("Content-Type"));
  const chunks = await readRequestBody(c, limits.maxBodyBytes);
  bodyBytes.count = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  await checkRateLimit();

  const receivedAt = Date.now();
  // What decides the records, so that only a retry of the same request reuses its ids.
  const content =
    idempotencyKey === undefined
      ? []
      : [
          `${decoderIdentity(options.decoder)}\0${charset}\0${options.service ?? ""}\0${options.host ?? ""}\0`,
          ...chunks,
        ];
  const packer = new ChunkPacker(tenant, requestBaseId(tenant, idempotencyKey, content), {
    maxRecordBytes: limits.maxRecordBytes,
  });
  const sender = new QueueSender(queueForTenant(c.env, tenant));
  const normaliseOptions: NormaliseOptions = {
    tenant,
    receivedAt,
    receivedAtIso: new Date(receivedAt).toISOString(),
    service: options.service,
    host: options.host,
    window: {
      minMs: receivedAt - limits.maxEventAgeDays * DAY_MS,
      maxMs: receivedAt + limits.maxEventAheadMinutes * MINUTE_MS,
      maxAgeDays: limits.maxEventAgeDays,
      maxAheadMinutes: limits.maxEventAheadMinutes,
    },
  };
  const summary: IngestSummary = { accepted: 0, rejected: 0, errors: [] };
  const reject = (line: number, error: string) => {
    summary.rejected++;
    if (summary.errors.length < MAX_LISTED_ERRORS) summary.errors.push({ line, error });
    options.onEntry?.(line, { error });
  };
  const hours = new Set<string>();

  try {
    for (const entry of options.decoder.decode({ chunks, charset, maxBytes: limits.maxBodyBytes })) {
      if ("error" in entry) {
        reject(entry.position, entry.error);
        continue;
      }
      const result =
        "fields" in entry
          ? normaliseFields(entry.fields, normaliseOptions)
          : normaliseRecord(entry.value, normaliseOptions, entry.transport);
      if (!result.ok) {
        reject(entry.position, result.error);
        continue;
      }
      if (!hours.has(result.hour)) {
        if (hours.size === MAX_HOURS_PER_REQUEST) {
          reject(
            entry.position,
            `the request already holds records of ${MAX_HOURS_PER_REQUEST} distinct hours (the limit); send ${result.hour} in another request`,
          );
          continue;
        }
        hours.add(result.hour);
      }
      const pushed = packer.push(result.record, result.hour);
      if (!pushed.ok) {
        reject(entry.position, pushed.error);
        continue;
      }
      options.onEntry?.(entry.position, { id: result.record.id });
      for (const message of pushed.closed) await sender.push(message);
    }
    for (const message of packer.close()) await sender.push(message);
    await sender.flush();
  } catch (error) {
    // The client's fault (a body that does not decode) or the queue's (503): theirs to answer.
    if (error instanceof LogsinkError && !(error instanceof QueueSendError)) throw error;
    if (error instanceof QueueSendError) {
      console.error(
        JSON.stringify({ event: "queue_send_failed", tenant, accepted: error.accepted, cause: String(error.cause) }),
      );
      throw error;
    }
    // A bug: still say how many records are queued, so a client knows to retry with its key.
    console.error(
      JSON.stringify({
        event: "ingest_failed",
        tenant,
        accepted: sender.accepted,
        error: String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
    );
    throw new IngestFailedError(sender.accepted, { cause: error });
  }
  summary.accepted = sender.accepted;
  return summary;
}

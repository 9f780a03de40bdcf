import { Hono } from "hono";
import { z } from "zod";
import {
  BodyTooLargeError,
  bodyCharset,
  parseContentEncoding,
  readBody,
  UnsupportedCharsetError,
} from "../../../src/body";
import { ACCEPTED_CONTENT_TYPES, bodyEntries, bodyFormat, JsonBodyError } from "../../../src/body-format";
import { requestBaseId } from "../../../src/ids";
import { MAX_DEFAULT_FIELD_CHARS, MAX_IDEMPOTENCY_KEY_CHARS } from "../../../src/limits";
import { requireScope, resolveTenant } from "../auth";
import { readLimits } from "../config";
import { BatchSender, QueueSendError } from "../enqueue";
import { ApiError } from "../errors";
import { ingestEntries } from "../ingest";
import type { AppEnv } from "../types";
import { validate } from "../validate";

/** Seconds a client is told to wait before retrying after the queue failed. */
const QUEUE_RETRY_AFTER_SECONDS = 5;

const IngestQuerySchema = z.object({
  service: z.string().min(1).max(MAX_DEFAULT_FIELD_CHARS).optional(),
  host: z.string().min(1).max(MAX_DEFAULT_FIELD_CHARS).optional(),
  tenant: z.string().optional(),
});

const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(MAX_IDEMPOTENCY_KEY_CHARS, `at most ${MAX_IDEMPOTENCY_KEY_CHARS} characters`)
  .regex(/^[\x20-\x7e]+$/, "printable ASCII only")
  .optional();

/** `POST /v1/logs`: validate, normalise and durably enqueue log lines (CONTRACT.md). */
export const logs = new Hono<AppEnv>().post("/", requireScope("ingest"), async (c) => {
  const limits = readLimits(c.env);
  const query = validate(IngestQuerySchema, c.req.query(), "query");
  const tenant = resolveTenant(c.get("principal"), query.tenant);
  const idempotencyKey = validate(IdempotencyKeySchema, c.req.header("Idempotency-Key"), "Idempotency-Key");

  const format = bodyFormat(c.req.header("Content-Type"));
  if (format === undefined) {
    const given = c.req.header("Content-Type") ?? "none";
    throw new ApiError(415, `Content-Type ${given} is not supported; use one of ${ACCEPTED_CONTENT_TYPES.join(", ")}`);
  }
  let charset: string;
  try {
    charset = bodyCharset(c.req.header("Content-Type"));
  } catch (error) {
    if (error instanceof UnsupportedCharsetError) throw new ApiError(415, error.message);
    throw error;
  }
  let encoding: ReturnType<typeof parseContentEncoding>;
  try {
    encoding = parseContentEncoding(c.req.header("Content-Encoding"));
  } catch (error) {
    throw new ApiError(415, error instanceof Error ? error.message : "unsupported Content-Encoding");
  }
  const tooLarge = () =>
    new ApiError(413, `the body is larger than MAX_BODY_BYTES (${limits.maxBodyBytes} bytes) once decompressed`);
  const declared = c.req.header("Content-Length");
  const declaredLength = declared === undefined ? Number.NaN : Number(declared);
  if (encoding === "identity" && declaredLength > limits.maxBodyBytes) throw tooLarge();

  let chunks: Uint8Array[];
  try {
    // A plain body of declared length (checked above) is read at once; anything else streams,
    // so that a chunked or compressed body is cut off as soon as it passes the limit.
    chunks =
      encoding === "identity" && Number.isSafeInteger(declaredLength)
        ? [new Uint8Array(await c.req.arrayBuffer())]
        : await readBody(c.req.raw.body, encoding, limits.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge();
    throw new ApiError(400, `the body could not be read as ${encoding}: it is corrupt or truncated`, { cause: error });
  }

  const receivedAt = Date.now();
  const sender = new BatchSender(c.env.LOG_QUEUE);
  // What decides the records, so that only a retry of the same request reuses its ids.
  const content =
    idempotencyKey === undefined
      ? []
      : [`${format}\0${charset}\0${query.service ?? ""}\0${query.host ?? ""}\0`, ...chunks];
  let summary: Awaited<ReturnType<typeof ingestEntries>>;
  try {
    summary = await ingestEntries(bodyEntries(format, chunks, charset), sender, {
      tenant,
      baseId: requestBaseId(tenant, idempotencyKey, content),
      receivedAt,
      maxRecordBytes: limits.maxRecordBytes,
      window: {
        minMs: receivedAt - limits.maxEventAgeDays * 86_400_000,
        maxMs: receivedAt + limits.maxEventAheadMinutes * 60_000,
        maxAgeDays: limits.maxEventAgeDays,
        maxAheadMinutes: limits.maxEventAheadMinutes,
      },
      service: query.service,
      host: query.host,
    });
  } catch (error) {
    if (error instanceof JsonBodyError) throw new ApiError(400, error.message);
    if (error instanceof QueueSendError) {
      console.error(
        JSON.stringify({ event: "queue_send_failed", tenant, accepted: error.accepted, cause: String(error.cause) }),
      );
      throw new ApiError(503, "the queue is unavailable; retry the request (with the same Idempotency-Key)", {
        headers: { "Retry-After": String(QUEUE_RETRY_AFTER_SECONDS) },
        details: { accepted: error.accepted },
        cause: error,
      });
    }
    // A bug, not the client's fault: still say how many records are already queued, so that a
    // client knows a retry (with the same Idempotency-Key) is what it needs.
    console.error(
      JSON.stringify({
        event: "ingest_failed",
        tenant,
        accepted: sender.accepted,
        error: String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
    );
    throw new ApiError(500, "internal error; retry the request with the same Idempotency-Key", {
      details: { accepted: sender.accepted },
      cause: error,
    });
  }

  if (summary.accepted === 0) {
    const error = summary.rejected === 0 ? "the body holds no log lines" : "every line was rejected";
    return c.json({ error, ...summary }, 400);
  }
  return c.json(summary, 202);
});

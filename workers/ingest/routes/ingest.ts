import { Hono } from "hono";
import { z } from "zod";
import { logsinkDecoder } from "../../../src/decoders/logsink";
import { MAX_DEFAULT_FIELD_CHARS } from "../../../src/limits";
import { requireScope } from "../auth";
import { ingestRequest } from "../pipeline";
import type { AppEnv } from "../types";
import { validate } from "../validate";

export const IngestQuerySchema = z.object({
  service: z.string().min(1).max(MAX_DEFAULT_FIELD_CHARS).optional(),
  host: z.string().min(1).max(MAX_DEFAULT_FIELD_CHARS).optional(),
  tenant: z.string().optional(),
});

/** `POST /v1/logs`: NDJSON, JSON or text log lines through the ingest pipeline (README, "HTTP API"). */
export const ingest = new Hono<AppEnv>().post("/", requireScope("ingest"), async (c) => {
  const query = validate(IngestQuerySchema, c.req.query(), "query");
  const decoder = logsinkDecoder(c.req.header("Content-Type"));
  const summary = await ingestRequest(c, { decoder, ...query });
  if (summary.accepted === 0) {
    const error = summary.rejected === 0 ? "the body holds no log lines" : "every line was rejected";
    return c.json({ error, ...summary }, 400);
  }
  return c.json(summary, 202);
});

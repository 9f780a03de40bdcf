import { Hono } from "hono";
import { z } from "zod";
import { DAY_MS } from "../../../src/hours";
import { readLevel } from "../../../src/level";
import { newParquetScanStats } from "../../../src/parquet-part";
import { requireScope, resolveTenant } from "../auth";
import { scanLogs } from "../read/scan-logs";
import { TimeParamSchema } from "../read/time-range";
import type { AppEnv } from "../types";
import { validate } from "../validate";

/** A query may span at most this many days: a bound on the work one request can ask for. */
const MAX_QUERY_DAYS = 31;

export const LogQuerySchema = z
  .object({
    from: TimeParamSchema,
    to: TimeParamSchema,
    level: z
      .string()
      .transform((value, ctx) => {
        const level = readLevel(value, "name");
        if (level === undefined) {
          ctx.addIssue({ code: "custom", message: "a level is one of trace, debug, info, warn, error, fatal" });
          return z.NEVER;
        }
        return level;
      })
      .optional(),
    service: z.string().min(1).max(256).optional(),
    q: z.string().min(1).max(1024).optional(),
    limit: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
    tenant: z.string().optional(),
  })
  .refine((q) => q.from < q.to, { message: "from must be before to", path: ["from"] })
  .refine((q) => q.to - q.from <= MAX_QUERY_DAYS * DAY_MS, {
    message: `a query spans at most ${MAX_QUERY_DAYS} days`,
    path: ["to"],
  });

/** `GET /v1/logs`: the caller's matching records as a stream of NDJSON (README, "Read side"). */
export const query = new Hono<AppEnv>().get("/", requireScope("read"), (c) => {
  const params = validate(LogQuerySchema, c.req.query(), "query");
  const tenant = resolveTenant(c.get("principal"), params.tenant);
  const parquet = newParquetScanStats();
  const started = Date.now();
  let sent = 0;
  const records = scanLogs(c.env.LOG_BUCKET, { ...params, tenant }, undefined, parquet);
  // One line per finished query: what it cost, and how much of the Parquet parts it skipped.
  const logDone = () =>
    console.log(JSON.stringify({ event: "query", tenant, records: sent, ms: Date.now() - started, ...parquet }));
  const body = new ReadableStream<Uint8Array>({
    // Each pull sends one chunk of lines (~64 KB, or what was ready after 50 ms: see scanLogs), so
    // the first records leave before the last object is read, without one write per record.
    async pull(controller) {
      try {
        const next = await records.next();
        if (next.done) {
          controller.close();
          logDone();
          return;
        }
        sent += next.value.records;
        controller.enqueue(next.value.bytes);
      } catch (error) {
        console.error(JSON.stringify({ event: "query_failed", tenant, error: String(error) }));
        controller.error(error);
      }
    },
    async cancel() {
      await records.return(undefined);
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson" } });
});

import { Hono } from "hono";
import { z } from "zod";
import { ALL_TENANTS } from "../../../src/auth";
import { DAY_MS, hourOfMs } from "../../../src/hours";
import { requireScope, resolveTenant } from "../auth";
import { listHours, listTenants } from "../read/list-hours";
import { TimeParamSchema } from "../read/time-range";
import type { AppEnv } from "../types";
import { validate } from "../validate";

/** The hours API looks at most this many days at once: every day costs list calls. */
const MAX_HOURS_DAYS = 31;

export const HoursQuerySchema = z
  .object({
    from: TimeParamSchema.optional().describe("start (ISO-8601 or epoch ms); default: 24 hours before `to`"),
    to: TimeParamSchema.optional().describe("end (ISO-8601 or epoch ms); default: now"),
    tenant: z.string().optional().describe("admin tokens: one tenant; default: every tenant"),
    limit: z.coerce.number().int().min(1).max(1000).default(500).describe("tenant-hours per page"),
    cursor: z.string().max(1024).optional().describe("the previous page's cursor"),
  })
  .transform((q) => {
    const to = q.to ?? Date.now();
    return { ...q, to, from: q.from ?? to - DAY_MS };
  })
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => q.to - q.from <= MAX_HOURS_DAYS * DAY_MS, {
    message: `the hours API spans at most ${MAX_HOURS_DAYS} days`,
    path: ["to"],
  });

/**
 * `GET /v1/hours`: per tenant-hour in the range, what is waiting and what is compacted — for the
 * caller's tenant, or for an admin token every tenant (or the one it names).
 */
export const hours = new Hono<AppEnv>().get("/", requireScope("read"), async (c) => {
  const query = validate(HoursQuerySchema, c.req.query(), "query");
  const principal = c.get("principal");
  const tenants =
    principal.tenant === ALL_TENANTS && query.tenant === undefined
      ? await listTenants(c.env.LOG_BUCKET)
      : [resolveTenant(principal, query.tenant)];
  // A bad cursor is a BadCursorError: 400 (errors.ts).
  return c.json(
    await listHours(c.env.LOG_BUCKET, {
      tenants,
      first: hourOfMs(query.from),
      last: hourOfMs(query.to),
      limit: query.limit,
      cursor: query.cursor,
    }),
  );
});

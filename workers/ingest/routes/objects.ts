import { Hono } from "hono";
import { z } from "zod";
import { ALL_TENANTS } from "../../../src/auth";
import { DAY_MS, hourOfMs } from "../../../src/hours";
import { parseKey } from "../../../src/keys";
import { evaluatePreconditions } from "../../../src/preconditions";
import { requireScope, resolveTenant } from "../auth";
import { ApiError } from "../errors";
import { listObjects } from "../read/list-objects";
import { TimeParamSchema } from "../read/time-range";
import type { AppEnv } from "../types";
import { validate } from "../validate";

/** A listing may span at most this many days: every day costs list calls. */
const MAX_LIST_DAYS = 31;

export const ListQuerySchema = z
  .object({
    from: TimeParamSchema,
    to: TimeParamSchema,
    kind: z.enum(["raw", "compacted"]).optional(),
    cursor: z.string().max(2048).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(1000),
    tenant: z.string().optional(),
  })
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => q.to - q.from <= MAX_LIST_DAYS * DAY_MS, {
    message: `a listing spans at most ${MAX_LIST_DAYS} days`,
    path: ["to"],
  });

const notFound = () => new ApiError(404, "no such object");

/** `GET /v1/objects` and `GET /v1/objects/<key>` (README, "Read side"). */
export const objects = new Hono<AppEnv>()
  .get("/", requireScope("read"), async (c) => {
    const query = validate(ListQuerySchema, c.req.query(), "query");
    const tenant = resolveTenant(c.get("principal"), query.tenant);
    // A bad cursor is a BadCursorError: 400 (errors.ts).
    return c.json(
      await listObjects(c.env.LOG_BUCKET, {
        tenant,
        from: hourOfMs(query.from),
        to: hourOfMs(query.to),
        kinds: query.kind === undefined ? ["compacted", "raw"] : [query.kind],
        limit: query.limit,
        cursor: query.cursor,
      }),
    );
  })
  .get("/*", requireScope("read"), async (c) => {
    // The key is the rest of the path, percent-decoded once. Whatever it decodes to must parse as
    // a data key of the caller's tenant; anything else — another tenant, `..`, a double-encoded
    // slash, a key outside raw/ and logs/ — answers exactly like a missing key.
    const path = new URL(c.req.url).pathname;
    const encoded = path.slice(path.indexOf("/v1/objects/") + "/v1/objects/".length);
    let key: string;
    try {
      key = decodeURIComponent(encoded);
    } catch {
      throw notFound();
    }
    const parsed = parseKey(key);
    const principal = c.get("principal");
    // Only raw/ and logs/ are served: an id index is the compactor's own (contract: any other key
    // answers exactly as a missing one).
    if (
      parsed === undefined ||
      parsed.kind === "ids" ||
      (principal.tenant !== ALL_TENANTS && parsed.tenant !== principal.tenant)
    ) {
      throw notFound();
    }
    // A Parquet part is read by column readers (DuckDB, hyparquet, pyarrow) in byte ranges.
    const range = parsed.kind === "part" && parsed.format === "parquet" ? byteRange(c.req.header("Range")) : undefined;
    let object: R2ObjectBody | null;
    try {
      object = await c.env.LOG_BUCKET.get(key, range === undefined ? {} : { range });
    } catch (error) {
      // A range R2 cannot serve because it starts past the end is the client's 416; anything else
      // stays the failure it is.
      const start = range !== undefined && "offset" in range ? (range.offset ?? 0) : undefined;
      const head = start === undefined ? null : await c.env.LOG_BUCKET.head(key);
      if (head === null || (start ?? 0) < head.size) throw error;
      return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${head.size}` } });
    }
    if (object === null) throw notFound();
    const headers = new Headers({
      ETag: object.httpEtag,
      "Last-Modified": object.uploaded.toUTCString(),
      "Cache-Control": "private, no-cache",
    });
    const outcome = evaluatePreconditions(c.req.raw.headers, object.etag, object.uploaded);
    if (outcome !== "ok") {
      await object.body.cancel();
      if (outcome === "not-modified") return new Response(null, { status: 304, headers });
      throw new ApiError(412, "a precondition (If-Match or If-Unmodified-Since) failed: the object has changed");
    }
    if (parsed.kind === "manifest") {
      headers.set("Content-Type", "application/json");
      return new Response(object.body, { headers });
    }
    headers.set("Content-Length", String(object.size));
    if (parsed.kind === "part" && parsed.format === "parquet") {
      headers.set("Content-Type", "application/vnd.apache.parquet");
      headers.set("Accept-Ranges", "bytes");
      if (range === undefined) return new Response(object.body, { headers });
      // What R2 served, in absolute bytes (a suffix counts from the end, and no longer than the object).
      const served = (object.range ?? range) as { offset?: number; length?: number; suffix?: number };
      const offset = served.suffix !== undefined ? Math.max(0, object.size - served.suffix) : (served.offset ?? 0);
      const length = Math.min(served.length ?? object.size - offset, object.size - offset);
      if (length <= 0 || offset >= object.size) {
        await object.body.cancel();
        return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${object.size}` } });
      }
      headers.set("Content-Length", String(length));
      headers.set("Content-Range", `bytes ${offset}-${offset + length - 1}/${object.size}`);
      return new Response(object.body, { status: 206, headers });
    }
    headers.set("Content-Type", "application/x-ndjson");
    headers.set("Content-Encoding", "gzip");
    // The body is already gzip: "manual" stops the runtime from encoding it a second time.
    return new Response(object.body, { headers, encodeBody: "manual" });
  });

/**
 * One byte range of a `Range` header (RFC 9110 §14.1.2: `bytes=a-b`, `bytes=a-`, `bytes=-n`) as an
 * R2 range; undefined for anything else (no header, several ranges, another unit), which is served
 * whole, as the RFC allows.
 */
function byteRange(header: string | undefined): R2Range | undefined {
  const m = header === undefined ? null : /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  if (m === null) return undefined;
  const [, first = "", last = ""] = m;
  if (first === "" && last === "") return undefined;
  if (first === "") return Number(last) > 0 ? { suffix: Number(last) } : undefined;
  const offset = Number(first);
  if (last === "") return { offset };
  return Number(last) >= offset ? { offset, length: Number(last) - offset + 1 } : undefined;
}

import { z } from "zod";
import { LogRecordSchema } from "../../src/record";
import { IdempotencyKeySchema } from "./pipeline";
import { HourSummarySchema } from "./read/list-hours";
import {
  CompactQuerySchema,
  CronQuerySchema,
  DeadLetterEntrySchema,
  DeadLetterListQuerySchema,
  ReplayQuerySchema,
} from "./routes/admin";
import { HoursQuerySchema } from "./routes/hours";
import { IngestQuerySchema } from "./routes/ingest";
import { ListQuerySchema } from "./routes/objects";
import { LogQuerySchema } from "./routes/query";
import { HecMetadataSchema } from "./routes/splunk";

/**
 * `GET /openapi.json`: the OpenAPI 3.1 document of every route, built from the zod schemas the
 * routes validate their input with (converted by zod's own `z.toJSONSchema`, whose JSON Schema
 * 2020-12 is OpenAPI 3.1's dialect), plus schemas of what they answer. A test checks that every
 * route of the app is here and that the document is valid OpenAPI 3.1.
 */

// ---- What routes answer (their input schemas live with the routes) ----

const ErrorSchema = z.object({ error: z.string() }).catchall(z.unknown());

const IngestSummarySchema = z.object({
  accepted: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), error: z.string() })).describe("the first rejections"),
});

const ListedObjectSchema = z.object({
  key: z.string(),
  kind: z.enum(["raw", "compacted"]),
  size: z.number().int(),
  lines: z.number().int(),
  min_ts: z.string(),
  max_ts: z.string(),
});

const CompactionSummarySchema = z.object({
  tenant: z.string(),
  hour: z.string(),
  parts: z.number().int(),
  lines: z.number().int(),
  bytes: z.number().int(),
  sources: z.number().int(),
  duplicates_dropped: z.number().int(),
  skipped: z.literal("busy").optional(),
  retry_after_seconds: z.number().int().optional(),
  /** The hour held more than one slice: the rest is compacted through the compaction queue. */
  continues: z.literal(true).optional(),
});

const RetentionOutcomeSchema = z.object({
  removed: z.array(z.object({ prefix: z.string(), objects: z.number().int() })),
  objects_deleted: z.number().int(),
  deferred: z.boolean(),
});

const ReplayOutcomeSchema = z.object({
  date: z.string(),
  replayed: z.number().int(),
  skipped: z.array(z.object({ key: z.string(), reason: z.string() })),
  cursor: z.string().nullable(),
});

const OtlpStatusSchema = z
  .object({ code: z.number().int(), message: z.string() })
  .describe("google.rpc.Status, in the request's encoding");
const LokiErrorSchema = ErrorSchema;
const EsBulkSchema = z.object({
  took: z.number(),
  errors: z.boolean(),
  items: z.array(
    z.record(z.string(), z.object({ _index: z.string(), _id: z.string().optional(), status: z.number() })),
  ),
});
const EsErrorSchema = z.object({
  error: z.object({ type: z.string(), reason: z.string() }).catchall(z.unknown()),
  status: z.number().int(),
});
const HecAnswerSchema = z.object({
  text: z.string(),
  code: z.number().int(),
  "invalid-event-number": z.number().optional(),
});
const DatadogErrorSchema = z.object({
  errors: z.array(z.object({ status: z.string(), title: z.string(), detail: z.string() })),
});

// ---- Building blocks ----

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" });
  return rest;
}

/** A route's query schema as OpenAPI query parameters. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const object = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: object.required?.includes(name) ?? false,
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

const SECURITY_SCHEMES = {
  bearer: { type: "http", scheme: "bearer", description: "`Authorization: Bearer <token>`" },
  basic: { type: "http", scheme: "basic", description: "any user name, the token as password" },
  esApiKey: {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "`ApiKey <base64 of id:token>` or `ApiKey <token>`",
  },
  splunk: { type: "apiKey", in: "header", name: "Authorization", description: "`Splunk <token>`" },
  ddApiKey: { type: "apiKey", in: "header", name: "DD-API-KEY", description: "the token" },
} as const;

type Auth = keyof typeof SECURITY_SCHEMES;

interface Answer {
  description: string;
  schema?: z.ZodType;
  type?: string;
  /** Further content types of the same answer (no schema). */
  alsoTypes?: string[];
  headers?: string[];
}

interface Operation {
  summary: string;
  tag: string;
  scope?: "ingest" | "read" | "admin";
  auth?: Auth[];
  query?: z.ZodType;
  idempotent?: boolean;
  body?: { types: string[]; description: string };
  answers: Record<string, Answer>;
}

const HEADERS: Record<string, JsonSchema> = {
  "Retry-After": { description: "seconds to wait before retrying", schema: { type: "integer" } },
  "x-ratelimit-reset": { description: "seconds to wait before retrying (Datadog)", schema: { type: "integer" } },
  ETag: { schema: { type: "string" } },
  "x-elastic-product": { schema: { const: "Elasticsearch" } },
};

const json = (schema: z.ZodType, description: string, headers?: string[]): Answer => ({
  description,
  schema,
  type: "application/json",
  ...(headers ? { headers } : {}),
});

/** The answers every token-checked route may give. */
const AUTH_ANSWERS: Record<string, Answer> = {
  "401": json(ErrorSchema, "missing or unknown token"),
  "403": json(ErrorSchema, "the token lacks the scope, or names another tenant"),
};

/** The answers every ingest route may give, in logsink's own dialect. */
const INGEST_ANSWERS: Record<string, Answer> = {
  "400": json(ErrorSchema, "nothing accepted, or the body does not decode"),
  "413": json(ErrorSchema, "the body is larger than MAX_BODY_BYTES once decompressed"),
  "415": json(ErrorSchema, "an unsupported Content-Type, Content-Encoding or charset"),
  "429": json(ErrorSchema, "the tenant is over its rate limit", ["Retry-After"]),
  "503": json(ErrorSchema, "the queue is unavailable; retry with the same Idempotency-Key", ["Retry-After"]),
};

function operation(op: Operation): JsonSchema {
  const parameters = [
    ...(op.query ? queryParameters(op.query) : []),
    ...(op.idempotent
      ? [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            description: "a retry with the same key and body stores nothing twice",
            schema: jsonSchema(IdempotencyKeySchema, "input"),
          },
        ]
      : []),
  ];
  const answers = op.scope === undefined ? op.answers : { ...AUTH_ANSWERS, ...op.answers };
  return {
    summary: op.summary,
    tags: [op.tag],
    ...(op.scope === undefined
      ? { security: [] }
      : {
          description: `Needs a token with the \`${op.scope}\` scope.`,
          security: ["bearer", ...(op.auth ?? [])].map((name) => ({ [name]: [] })),
        }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            description: op.body.description,
            content: Object.fromEntries(op.body.types.map((type) => [type, {}])),
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(answers).map(([status, answer]) => [
        status,
        {
          description: answer.description,
          ...(answer.headers
            ? { headers: Object.fromEntries(answer.headers.map((name) => [name, HEADERS[name] ?? {}])) }
            : {}),
          ...(answer.type
            ? {
                content: {
                  [answer.type]: answer.schema ? { schema: jsonSchema(answer.schema, "output") } : {},
                  ...Object.fromEntries((answer.alsoTypes ?? []).map((type) => [type, {}])),
                },
              }
            : {}),
        },
      ]),
    ),
  };
}

// ---- The routes ----

const ES_SETUP = [
  "_index_template",
  "_template",
  "_component_template",
  "_ilm/policy",
  "_ingest/pipeline",
  "_data_stream",
];

const ndjsonIngest = (summary: string, path: string): Operation => ({
  summary,
  tag: path,
  scope: "ingest",
  query: IngestQuerySchema,
  idempotent: true,
  body: {
    types: ["application/x-ndjson", "application/json", "text/plain"],
    description: "NDJSON, a JSON array or object, or lines of text; gzip or deflate with Content-Encoding",
  },
  answers: { "202": json(IngestSummarySchema, "the accepted lines are queued"), ...INGEST_ANSWERS },
});

function paths(): Record<string, Record<string, JsonSchema>> {
  const esAuth: Auth[] = ["basic", "esApiKey"];
  const esOk = (description: string, schema: z.ZodType = z.object({}).catchall(z.unknown())) =>
    json(schema, description, ["x-elastic-product"]);
  const esSetup = Object.fromEntries(
    ES_SETUP.map((prefix) => [
      `/es/${prefix}/{name}`,
      Object.fromEntries(
        (["get", "head", "put", "post"] as const).map((method) => [
          method,
          operation({
            summary: `${prefix} setup an agent does before it bulks: answered as done, nothing stored`,
            tag: "Elasticsearch",
            scope: "ingest",
            auth: esAuth,
            answers: { "200": esOk("exists / acknowledged") },
          }),
        ]),
      ),
    ]),
  );
  const bulk = (withIndex: boolean) =>
    operation({
      summary: withIndex ? "Bulk into a named index (kept as attributes._index)" : "Bulk: index/create action pairs",
      tag: "Elasticsearch",
      scope: "ingest",
      auth: esAuth,
      idempotent: true,
      body: {
        types: ["application/x-ndjson", "application/vnd.elasticsearch+x-ndjson", "application/json"],
        description: "NDJSON action and source lines",
      },
      answers: {
        "200": esOk("per-item results; `errors` is true when any item failed", EsBulkSchema),
        "400": json(EsErrorSchema, "the body does not decode"),
        "429": json(EsErrorSchema, "over the rate limit", ["Retry-After"]),
        "503": json(EsErrorSchema, "the queue is unavailable", ["Retry-After"]),
      },
    });
  const hec = (raw: boolean): JsonSchema =>
    operation({
      summary: raw ? "Splunk HEC raw: lines of text" : "Splunk HEC events: concatenated JSON event objects",
      tag: "Splunk HEC",
      scope: "ingest",
      auth: ["splunk", "basic"],
      query: HecMetadataSchema,
      idempotent: true,
      body: { types: raw ? ["text/plain"] : ["application/json"], description: "HEC events or raw lines" },
      answers: {
        "200": json(HecAnswerSchema, '{"text":"Success","code":0}'),
        "400": json(HecAnswerSchema, "code 5 (no data), 6 (invalid data format) or 12 (event field is required)"),
        "503": json(HecAnswerSchema, "code 9: busy (rate limit or queue); retry", ["Retry-After"]),
      },
    });
  const hecHealth = operation({
    summary: "HEC health",
    tag: "Splunk HEC",
    answers: { "200": json(HecAnswerSchema, '{"text":"HEC is healthy","code":17}') },
  });
  const esInfo = operation({
    summary: "Cluster info (version 8.x), as Elasticsearch clients check at start-up",
    tag: "Elasticsearch",
    scope: "ingest",
    auth: esAuth,
    answers: { "200": esOk("cluster info") },
  });

  return {
    "/healthz": {
      get: operation({
        summary: "Liveness",
        tag: "Operating",
        answers: { "200": json(z.object({ ok: z.literal(true) }), "the Worker runs") },
      }),
    },
    "/openapi.json": {
      get: operation({
        summary: "This document",
        tag: "Operating",
        answers: { "200": { description: "OpenAPI 3.1", type: "application/json" } },
      }),
    },
    "/": {
      get: operation({
        summary: "The console (a web page)",
        tag: "Operating",
        answers: { "200": { description: "HTML", type: "text/html" }, "304": { description: "not modified" } },
      }),
    },
    "/console.js": {
      get: operation({
        summary: "The console's script",
        tag: "Operating",
        answers: {
          "200": { description: "JavaScript", type: "text/javascript" },
          "304": { description: "not modified" },
        },
      }),
    },
    "/console.css": {
      get: operation({
        summary: "The console's stylesheet",
        tag: "Operating",
        answers: { "200": { description: "CSS", type: "text/css" }, "304": { description: "not modified" } },
      }),
    },
    "/v1/logs": {
      post: operation(ndjsonIngest("Ship log lines", "Ingest")),
      get: operation({
        summary: "Query records: event time in [from, to), level at least, service, substring",
        tag: "Read",
        scope: "read",
        query: LogQuerySchema,
        answers: {
          "200": {
            description: "matching records, one JSON object a line",
            type: "application/x-ndjson",
            schema: LogRecordSchema,
          },
          "400": json(ErrorSchema, "a bad parameter"),
        },
      }),
    },
    "/v1/objects": {
      get: operation({
        summary: "List stored objects, raw and compacted",
        tag: "Read",
        scope: "read",
        query: ListQuerySchema,
        answers: {
          "200": json(z.object({ objects: z.array(ListedObjectSchema), cursor: z.string().nullable() }), "a page"),
          "400": json(ErrorSchema, "a bad parameter or cursor"),
        },
      }),
    },
    "/v1/objects/{key}": {
      get: {
        ...operation({
          summary: "Download one object (gzip NDJSON, a Parquet part, or a manifest as JSON)",
          tag: "Read",
          scope: "read",
          answers: {
            "200": {
              description: "the object as stored",
              type: "application/x-ndjson",
              alsoTypes: ["application/vnd.apache.parquet", "application/json"],
              headers: ["ETag"],
            },
            "206": {
              description: "one byte range of a Parquet part (Range: bytes=a-b, a-, -n)",
              type: "application/vnd.apache.parquet",
              headers: ["ETag"],
            },
            "304": { description: "not modified (If-None-Match)" },
            "404": json(ErrorSchema, "no such object (or not the caller's)"),
            "416": { description: "the range starts past the end of the part" },
            "412": json(ErrorSchema, "If-Match or If-Unmodified-Since failed"),
          },
        }),
        parameters: [
          { name: "key", in: "path", required: true, description: "the key as listed", schema: { type: "string" } },
        ],
      },
    },
    "/v1/hours": {
      get: operation({
        summary: "Per tenant-hour: raw objects waiting, parts, records, duplicates dropped, compaction time",
        tag: "Read",
        scope: "read",
        query: HoursQuerySchema,
        answers: {
          "200": json(z.object({ hours: z.array(HourSummarySchema), cursor: z.string().nullable() }), "a page"),
          "400": json(ErrorSchema, "a bad parameter or cursor"),
        },
      }),
    },
    "/v1/admin/compact": {
      post: operation({
        summary: "Compact one hour now",
        tag: "Admin",
        scope: "admin",
        query: CompactQuerySchema,
        answers: {
          "200": json(z.union([CompactionSummarySchema, z.array(CompactionSummarySchema)]), "what was compacted"),
          "409": json(ErrorSchema, "another run compacts this hour", ["Retry-After"]),
        },
      }),
    },
    "/v1/admin/cron": {
      post: operation({
        summary:
          "Run the compaction cron now: every finished hour past the delay goes on the compaction queue (needs a token of every tenant)",
        tag: "Admin",
        scope: "admin",
        query: CronQuerySchema,
        answers: {
          "200": json(
            z.object({ planned: z.array(z.object({ tenant: z.string(), hour: z.string() })) }),
            "the tenant-hours queued for compaction",
          ),
        },
      }),
    },
    "/v1/admin/retention": {
      post: operation({
        summary: "Run the cron's retention pass now",
        tag: "Admin",
        scope: "admin",
        query: CronQuerySchema,
        answers: { "200": json(RetentionOutcomeSchema, "what was removed") },
      }),
    },
    "/v1/admin/dead-letters": {
      get: operation({
        summary: "List dead letters with their reasons",
        tag: "Admin",
        scope: "admin",
        query: DeadLetterListQuerySchema,
        answers: {
          "200": json(z.object({ letters: z.array(DeadLetterEntrySchema), cursor: z.string().nullable() }), "a page"),
        },
      }),
    },
    "/v1/admin/dead-letters/replay": {
      post: operation({
        summary: "Put one day's dead letters back on the queue",
        tag: "Admin",
        scope: "admin",
        query: ReplayQuerySchema,
        answers: { "200": json(ReplayOutcomeSchema, "what was replayed and what was skipped") },
      }),
    },
    "/otlp/v1/logs": {
      post: operation({
        summary: "OpenTelemetry OTLP/HTTP logs",
        tag: "OpenTelemetry",
        scope: "ingest",
        idempotent: true,
        body: { types: ["application/x-protobuf", "application/json"], description: "ExportLogsServiceRequest" },
        answers: {
          "200": json(
            z.object({
              partialSuccess: z.object({ rejectedLogRecords: z.string(), errorMessage: z.string() }).optional(),
            }),
            "ExportLogsServiceResponse, in the request's encoding",
          ),
          "400": json(OtlpStatusSchema, "the body does not decode"),
          "429": json(OtlpStatusSchema, "over the rate limit", ["Retry-After"]),
          "503": json(OtlpStatusSchema, "the queue is unavailable", ["Retry-After"]),
        },
      }),
    },
    "/loki/api/v1/push": {
      post: operation({
        summary: "Grafana Loki push (tenant: X-Scope-OrgID for admin tokens)",
        tag: "Loki",
        scope: "ingest",
        auth: ["basic"],
        idempotent: true,
        body: { types: ["application/x-protobuf", "application/json"], description: "PushRequest (snappy protobuf)" },
        answers: {
          "204": { description: "every entry stored" },
          "400": json(LokiErrorSchema, "the rejected entries (the others are stored)"),
          "429": json(LokiErrorSchema, "over the rate limit", ["Retry-After"]),
          "503": json(LokiErrorSchema, "the queue is unavailable", ["Retry-After"]),
        },
      }),
    },
    "/es": { get: esInfo, head: esInfo },
    "/es/": { get: esInfo, head: esInfo },
    "/es/_bulk": { post: bulk(false), put: bulk(false) },
    "/es/{index}/_bulk": {
      post: { ...bulk(true), parameters: [{ name: "index", in: "path", required: true, schema: { type: "string" } }] },
      put: { ...bulk(true), parameters: [{ name: "index", in: "path", required: true, schema: { type: "string" } }] },
    },
    "/es/_license": { get: esInfo },
    "/es/_xpack": { get: esInfo },
    "/es/_cluster/health": { get: esInfo },
    "/es/_cat/health": { get: esInfo, head: esInfo },
    "/es/_nodes/{path}": {
      get: { ...esInfo, parameters: [{ name: "path", in: "path", required: true, schema: { type: "string" } }] },
    },
    ...Object.fromEntries(
      Object.entries(esSetup).map(([path, methods]) => [
        path,
        Object.fromEntries(
          Object.entries(methods).map(([method, op]) => [
            method,
            { ...op, parameters: [{ name: "name", in: "path", required: true, schema: { type: "string" } }] },
          ]),
        ),
      ]),
    ),
    "/api/v2/logs": {
      post: operation({
        summary: "Datadog logs intake",
        tag: "Datadog",
        scope: "ingest",
        auth: ["ddApiKey"],
        idempotent: true,
        body: { types: ["application/json"], description: "a JSON array of log objects, or one" },
        answers: {
          "202": json(z.object({}), "{}"),
          "400": json(DatadogErrorSchema, "rejected logs (the others are stored)"),
          "429": json(DatadogErrorSchema, "over the rate limit", ["x-ratelimit-reset"]),
          "503": json(DatadogErrorSchema, "the queue is unavailable", ["x-ratelimit-reset"]),
        },
      }),
    },
    "/services/collector": { post: hec(false) },
    "/services/collector/event": { post: hec(false) },
    "/services/collector/event/1.0": { post: hec(false) },
    "/services/collector/raw": { post: hec(true) },
    "/services/collector/raw/1.0": { post: hec(true) },
    "/services/collector/health": { get: hecHealth },
    "/services/collector/health/1.0": { get: hecHealth },
  };
}

let cached: JsonSchema | undefined;

/** The document (built once per isolate). */
export function openApiDocument(): JsonSchema {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "logsink",
      version: "1",
      description:
        "Edge log aggregation on Cloudflare: ingest (logsink's own API and the OpenTelemetry, Loki, Elasticsearch, Splunk HEC and Datadog wire formats), read and admin routes.",
    },
    components: { securitySchemes: SECURITY_SCHEMES },
    security: [{ bearer: [] }],
    paths: paths(),
  };
  return cached;
}

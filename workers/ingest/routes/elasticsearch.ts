import type { Context } from "hono";
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { bulkDecoder } from "../../../src/decoders/elasticsearch";
import { requireScope } from "../auth";
import { ApiError, describeError } from "../errors";
import { ingestRequest } from "../pipeline";
import { QueueSendError } from "../queue-sender";
import type { AppEnv } from "../types";

/**
 * Elasticsearch under `/es` (README, "Sending from agents"): enough of a cluster for the agents
 * and clients that bulk-index logs — cluster info, the license, and `_bulk` — on the shared
 * pipeline. Every 2xx answer carries `x-elastic-product: Elasticsearch` (the official clients
 * refuse a server without it); errors come in Elasticsearch's shape.
 */

/** The version logsink answers as: an 8.x cluster, which 8.x and 9.x clients and agents accept. */
const VERSION = "8.17.0";

const CLUSTER_INFO = {
  name: "logsink",
  cluster_name: "logsink",
  cluster_uuid: "logsink-0000000000000000",
  version: {
    number: VERSION,
    build_flavor: "default",
    build_type: "docker",
    build_hash: "logsink",
    build_date: "2026-11-01T00:00:00.000Z",
    build_snapshot: false,
    lucene_version: "9.12.0",
    minimum_wire_compatibility_version: "7.17.0",
    minimum_index_compatibility_version: "7.0.0",
  },
  tagline: "You Know, for Search",
};

/** Elasticsearch's error types for the statuses logsink answers. */
const ERROR_TYPES: Readonly<Record<number, string>> = {
  400: "illegal_argument_exception",
  401: "security_exception",
  403: "security_exception",
  404: "resource_not_found_exception",
  413: "content_too_long_exception",
  415: "media_type_header_exception",
  429: "es_rejected_execution_exception",
  500: "internal_server_error",
  503: "es_rejected_execution_exception",
};

const product = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.res.status < 300) c.res.headers.set("x-elastic-product", "Elasticsearch");
});

async function bulk(c: Context<AppEnv>, index: string | undefined): Promise<Response> {
  const started = Date.now();
  const decoder = bulkDecoder(index);
  const outcomes = new Map<number, { id: string } | { error: string }>();
  const packed: number[] = [];
  let accepted = Number.POSITIVE_INFINITY;
  try {
    await ingestRequest(c, {
      decoder,
      onEntry: (position, outcome) => {
        outcomes.set(position, outcome);
        if ("id" in outcome) packed.push(position);
      },
    });
  } catch (error) {
    // The queue failed part-way: the records packed first are stored; the others get 429, which
    // the clients resend (Elasticsearch answers a full write queue the same way).
    if (!(error instanceof QueueSendError) || decoder.items.length === 0) throw error;
    accepted = error.accepted;
  }
  const busy = new Set(packed.slice(Number.isFinite(accepted) ? accepted : packed.length));
  const items = decoder.items.map(({ operation, index: itemIndex }, i) => {
    const position = i + 1;
    const outcome = outcomes.get(position);
    if (outcome === undefined || busy.has(position)) {
      return {
        [operation]: {
          _index: itemIndex,
          status: 429,
          error: {
            type: "es_rejected_execution_exception",
            reason: "logsink's queue is busy; send this document again",
          },
        },
      };
    }
    if ("error" in outcome) {
      const type =
        operation === "delete" || operation === "update" ? "illegal_argument_exception" : "document_parsing_exception";
      return { [operation]: { _index: itemIndex, status: 400, error: { type, reason: outcome.error } } };
    }
    return {
      [operation]: {
        _index: itemIndex,
        _id: outcome.id,
        _version: 1,
        result: "created",
        _shards: { total: 1, successful: 1, failed: 0 },
        _seq_no: 0,
        _primary_term: 1,
        status: 201,
      },
    };
  });
  const errors = items.some((item) => Object.values(item)[0]?.status !== 201);
  return c.json({ took: Date.now() - started, errors, items });
}

/** Setup an agent may do before it bulks (templates, lifecycle policies, pipelines): nothing to do. */
const acknowledged = (c: Context<AppEnv>) => c.json({ acknowledged: true });
/** An agent asking whether its setup exists is told it does, so that it does not try to make it. */
const exists = (c: Context<AppEnv>) => c.json({});

const AUTH = requireScope("ingest", ["basic", "apikey"]);
const SETUP_PATHS = [
  "/_index_template/:name",
  "/_template/:name",
  "/_component_template/:name",
  "/_ilm/policy/:name",
  "/_ingest/pipeline/:name",
  "/_data_stream/:name",
];

export const elasticsearch = new Hono<AppEnv>()
  .use(product)
  .get("/_cluster/health", AUTH, (c) =>
    c.json({ cluster_name: "logsink", status: "green", timed_out: false, number_of_nodes: 1, number_of_data_nodes: 1 }),
  )
  // rsyslog's omelasticsearch checks `HEAD /_cat/health` before every batch (its healthchecktimeout);
  // _cat answers plain text, one line per cluster.
  .on(["GET", "HEAD"], "/_cat/health", AUTH, (c) =>
    c.text(
      `${Math.floor(Date.now() / 1000)} ${new Date().toISOString().slice(11, 19)} logsink green 1 1 0 0 0 0 0 0 - 100.0%\n`,
    ),
  )
  .get("/_xpack", AUTH, (c) =>
    c.json({ build: {}, license: { status: "active", type: "basic", mode: "basic", uid: "logsink" }, features: {} }),
  )
  .get("/_nodes/*", AUTH, (c) =>
    c.json({ _nodes: { total: 1, successful: 1, failed: 0 }, cluster_name: "logsink", nodes: {} }),
  )
  .on(["GET", "HEAD"], SETUP_PATHS, AUTH, exists)
  .on(["PUT", "POST"], SETUP_PATHS, AUTH, acknowledged)
  .on(["GET", "HEAD"], "/", AUTH, (c) => c.json(CLUSTER_INFO))
  .get("/_license", AUTH, (c) =>
    c.json({ license: { status: "active", uid: "logsink", type: "basic", issue_date: "2026-11-01T00:00:00.000Z" } }),
  )
  .on(["POST", "PUT"], "/_bulk", AUTH, (c) => bulk(c, undefined))
  .on(["POST", "PUT"], "/:index/_bulk", AUTH, (c) => {
    const index = c.req.param("index");
    // Elasticsearch's own limit on index names.
    if (new TextEncoder().encode(index).byteLength > 255) throw new ApiError(400, "an index name is at most 255 bytes");
    return bulk(c, index);
  })
  .onError((error, c) => {
    const { status, message, headers } = describeError(error);
    const type = ERROR_TYPES[status] ?? "exception";
    return c.json(
      { error: { root_cause: [{ type, reason: message }], type, reason: message }, status },
      status,
      headers,
    );
  });

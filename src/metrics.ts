/**
 * One Workers Analytics Engine data point per ingest request, consumer batch (per tenant) and
 * compaction (README, "Metrics"), written to the optional `METRICS` binding. The layout is the
 * dataset's schema, which the README's SQL queries read:
 *
 * | column  | ingest                                   | batch                 | compaction                     |
 * |---------|------------------------------------------|-----------------------|--------------------------------|
 * | index1  | tenant (the sampling key)                | tenant                | tenant                         |
 * | blob1   | `ingest`                                 | `batch`               | `compaction`                   |
 * | blob2   | tenant                                   | tenant                | tenant                         |
 * | blob3   | wire format (`ndjson`, `otlp-protobuf`…) | `queue`               | the hour (`YYYY-MM-DDTHH`)     |
 * | blob4   | outcome (below)                          | `stored` / `retried`  | `compacted` / `busy` / `failed`|
 * | double1 | records accepted                         | records written       | records in new parts           |
 * | double2 | body bytes (decompressed)                | bytes written to R2   | bytes written to R2            |
 * | double3 | records rejected                         | raw objects written   | duplicates dropped             |
 * | double4 | —                                        | —                     | lag: seconds from hour end     |
 *
 * Ingest outcomes: `accepted`, `partial` (some rejected), `rejected` (none accepted),
 * `rate_limited`, `queue_unavailable`, `failed`.
 */

export type MetricKind = "ingest" | "batch" | "compaction";

export interface MetricPoint {
  kind: MetricKind;
  tenant: string;
  /** Wire format (ingest), `queue` (batch) or the hour (compaction). */
  subject: string;
  outcome: string;
  records: number;
  bytes: number;
  /** Rejected records (ingest), raw objects written (batch), duplicates dropped (compaction). */
  other?: number;
  /** Compaction lag in seconds. */
  lagSeconds?: number;
}

/**
 * Writes one data point; without the binding, does nothing. Metrics never take a request down:
 * a write that throws (a malformed point, a runtime without Analytics Engine) is logged once.
 */
export function writeMetric(dataset: AnalyticsEngineDataset | undefined, point: MetricPoint): void {
  if (dataset === undefined) return;
  try {
    dataset.writeDataPoint({
      indexes: [point.tenant],
      blobs: [point.kind, point.tenant, point.subject, point.outcome],
      doubles: [point.records, point.bytes, point.other ?? 0, point.lagSeconds ?? 0],
    });
  } catch (error) {
    if (!warned) console.error(JSON.stringify({ event: "metrics_write_failed", error: String(error) }));
    warned = true;
  }
}

let warned = false;

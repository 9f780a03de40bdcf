/** What a {@link recordingDataset} saw: each data point, by column name. */
export interface RecordedPoint {
  index: string;
  kind: string;
  tenant: string;
  subject: string;
  outcome: string;
  records: number;
  bytes: number;
  other: number;
  lag: number;
}

/** Wraps the real local Analytics Engine binding: every data point is forwarded and recorded. */
export function recordingDataset(real: AnalyticsEngineDataset): {
  dataset: AnalyticsEngineDataset;
  points: RecordedPoint[];
} {
  const points: RecordedPoint[] = [];
  const dataset: AnalyticsEngineDataset = {
    writeDataPoint(event) {
      real.writeDataPoint(event);
      const [kind, tenant, subject, outcome] = (event?.blobs ?? []).map(String);
      const [records, bytes, other, lag] = event?.doubles ?? [];
      points.push({
        index: String(event?.indexes?.[0] ?? ""),
        kind: kind ?? "",
        tenant: tenant ?? "",
        subject: subject ?? "",
        outcome: outcome ?? "",
        records: records ?? Number.NaN,
        bytes: bytes ?? Number.NaN,
        other: other ?? Number.NaN,
        lag: lag ?? Number.NaN,
      });
    },
  };
  return { dataset, points };
}

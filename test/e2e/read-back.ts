import { vi } from "vitest";
import type { DevServer } from "./dev-server";

/** Which records to read back through `GET /v1/logs`, over the hour around now. */
export interface ReadBack {
  token: string;
  tenant?: string;
  /** A substring of the message (the query's `q`). */
  q?: string;
}

/** Polls `GET /v1/logs` until at least `count` matching records are there, and returns them. */
export function waitForRecords(server: DevServer, query: ReadBack, count: number): Promise<Record<string, unknown>[]> {
  const params = new URLSearchParams({
    from: new Date(Date.now() - 3_600_000).toISOString(),
    to: new Date(Date.now() + 3_600_000).toISOString(),
    limit: "100000",
    ...(query.tenant === undefined ? {} : { tenant: query.tenant }),
    ...(query.q === undefined ? {} : { q: query.q }),
  });
  return vi.waitUntil(
    async () => {
      const res = await fetch(`${server.url}/v1/logs?${params}`, {
        headers: { Authorization: `Bearer ${query.token}` },
      });
      const text = await res.text();
      const records =
        text === ""
          ? []
          : text
              .trimEnd()
              .split("\n")
              .map((l) => JSON.parse(l) as Record<string, unknown>);
      return records.length >= count ? records : undefined;
    },
    { timeout: 30_000, interval: 250 },
  );
}

/**
 * What every logsink command-line tool shares: where the server is, which token to send, and
 * how a failed answer is shown. Node-side only; never imported by a Worker.
 */

/** The server and token, from LOGSINK_URL and LOGSINK_TOKEN (local `npm start` defaults). */
export interface ClientConfig {
  url: string;
  token: string;
}

export const ENVIRONMENT_HELP = `Environment:
  LOGSINK_URL     the ingest Worker (default http://127.0.0.1:8787)
  LOGSINK_TOKEN   a bearer token (default dev-token, the local development token)`;

export function clientConfig(env: NodeJS.ProcessEnv = process.env): ClientConfig {
  return {
    url: (env.LOGSINK_URL ?? "http://127.0.0.1:8787").replace(/\/+$/, ""),
    token: env.LOGSINK_TOKEN ?? "dev-token",
  };
}

/** Calls the API with the bearer token; returns the response whatever its status. */
export function request(config: ClientConfig, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${config.token}`);
  return fetch(`${config.url}${path}`, { ...init, headers });
}

/** The `error` of a JSON error answer, or the status line. */
export async function describeFailure(res: Response): Promise<string> {
  const text = await res.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === "string") return `${res.status}: ${body.error}`;
  } catch {
    // not JSON
  }
  return `${res.status} ${res.statusText}${text ? `: ${text.slice(0, 200)}` : ""}`;
}

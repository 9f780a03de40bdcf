import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A running `wrangler dev` (for logsink: scripts/dev.sh, all three Workers in one process). */
export interface DevServer {
  url: string;
  /** The `--persist-to` directory: local R2 state (see local-r2.ts). */
  persistTo: string;
  /** Everything wrangler printed so far, for failure messages. */
  output(): string;
  /** The process group's leader (kill -pid ends wrangler and its workerd). */
  pid: number;
  /** Stops the server; its state directory is removed unless it was given, or `keep` is true. */
  stop(keep?: boolean): Promise<void>;
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** How to start a server: `npm start`'s script by default, or another wrangler config. */
export interface DevServerOptions {
  /** Extra `wrangler dev` arguments; with `config`, the config to run instead of logsink's three. */
  config?: string;
  /** With logsink's three: the ingest Worker's config instead of wrangler.toml. */
  ingestConfig?: string;
  /** A state directory to reuse (to restart a server on the same local R2); a new one otherwise. */
  persistTo?: string;
  /** The path that answers 200 once the server is up. */
  healthPath?: string;
  /** More `wrangler dev` arguments. */
  args?: string[];
}

/**
 * Starts the same `wrangler dev` as `npm start` (or one for `options.config`) on a free port with
 * its own state directory, and waits until it answers.
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const port = await freePort();
  const state = options.persistTo ?? mkdtempSync(join(tmpdir(), "logsink-dev-"));
  let log = "";
  const command =
    options.config === undefined
      ? ["scripts/dev.sh", ...(options.args ?? [])]
      : [
          "-c",
          `exec wrangler dev -c ${options.config} --ip 127.0.0.1 --port ${port} --persist-to ${state} --show-interactive-dev-session=false`,
        ];
  const child: ChildProcess = spawn("bash", command, {
    env: {
      ...process.env,
      PORT: String(port),
      PERSIST_TO: state,
      ...(options.ingestConfig === undefined ? {} : { LOGSINK_INGEST_CONFIG: options.ingestConfig }),
      CI: "true",
      WRANGLER_SEND_METRICS: "false",
      PATH: `${join(process.cwd(), "node_modules/.bin")}:${process.env.PATH ?? ""}`,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    log += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  let keepState = false;
  const stop = async (keep = false) => {
    keepState = keep;
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    if (options.persistTo === undefined && !keepState) rmSync(state, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}${options.healthPath ?? "/healthz"}`)).ok) {
        return { url, persistTo: state, pid: child.pid ?? 0, output: () => log, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not become healthy on ${url}:\n${log}`);
}

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, freePort, startDevServer } from "./dev-server";
import { waitForRecords } from "./read-back";

/**
 * A real agent: syslog-ng (Debian's syslog-ng-core, -mod-http and -scl) with its
 * `elasticsearch-http()` destination configured as the README's snippet says, fed syslog lines
 * over TCP, against the real `wrangler dev`. Skipped, saying so, when syslog-ng is not installed.
 */
const SYSLOG_NG = ["/usr/sbin/syslog-ng", "/usr/bin/syslog-ng"].find((p) => existsSync(p));
const HAS_ES_HTTP = existsSync("/usr/share/syslog-ng/include/scl/elasticsearch/elastic-http.conf");
if (SYSLOG_NG === undefined || !HAS_ES_HTTP) {
  console.warn(
    "syslog-ng-e2e: SKIPPED — no syslog-ng with elasticsearch-http() (apt-get install syslog-ng-core syslog-ng-mod-http syslog-ng-scl)",
  );
}

let server: DevServer;
let agent: ChildProcess | undefined;
let agentLog = "";
let port = 0;
const work = mkdtempSync(join(tmpdir(), "logsink-syslog-ng-"));

describe.skipIf(SYSLOG_NG === undefined || !HAS_ES_HTTP)("syslog-ng elasticsearch-http() → /es", () => {
  beforeAll(async () => {
    server = await startDevServer();
    port = await freePort();
    // The README's destination, pointed at this server; the source is a local TCP port.
    writeFileSync(
      join(work, "syslog-ng.conf"),
      `@version: 3.38
@include "scl.conf"
options { stats-freq(0); keep-hostname(yes); };
source s_test { network(ip("127.0.0.1") port(${port}) transport("tcp")); };
destination d_logsink { elasticsearch-http(url("${server.url}/es/_bulk") index("syslog") type("")
                                           user("syslog-ng") password("dev-token")); };
log { source(s_test); destination(d_logsink); };
`,
    );
    agent = spawn(
      SYSLOG_NG ?? "syslog-ng",
      [
        "--foreground",
        "--stderr",
        `--cfgfile=${join(work, "syslog-ng.conf")}`,
        `--persist-file=${join(work, "persist")}`,
        `--pidfile=${join(work, "pid")}`,
        `--control=${join(work, "ctl")}`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    agent.stdout?.on("data", (d: Buffer) => {
      agentLog += d.toString();
    });
    agent.stderr?.on("data", (d: Buffer) => {
      agentLog += d.toString();
    });
    // Wait until it listens.
    for (let i = 0; i < 100; i++) {
      const ok = await new Promise<boolean>((resolve) => {
        const socket = connect(port, "127.0.0.1", () => {
          socket.end();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      });
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`syslog-ng did not start:\n${agentLog}`);
  });

  afterAll(async () => {
    agent?.kill("SIGTERM");
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("delivers syslog lines as records: message, host, program as service, level from the priority", async () => {
    const now = new Date();
    const stamp =
      now.toUTCString().slice(8, 11) +
      " " +
      String(now.getUTCDate()).padStart(2, " ") +
      " " +
      now.toISOString().slice(11, 19);
    const lines = Array.from(
      { length: 50 },
      (_, i) => `<${i % 5 === 0 ? 131 : 134}>${stamp} web-1 checkout[4242]: syslog-ng e2e ${i}\n`,
    );
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.end(lines.join(""), () => resolve()));
      socket.on("error", reject);
    });
    const records = await waitForRecords(server, { token: "dev-token", q: "syslog-ng e2e" }, 50).catch((error) => {
      throw new Error(`${error}\nsyslog-ng said:\n${agentLog}\nwrangler said:\n${server.output().slice(-3000)}`);
    });
    expect(records).toHaveLength(50);
    const first = records.find((r) => r.message === "syslog-ng e2e 1");
    expect(first, JSON.stringify(records[0])).toMatchObject({
      tenant: "default",
      level: "info",
      host: "web-1",
      service: "checkout",
      attributes: expect.objectContaining({ _index: "syslog" }),
    });
    const error = records.find((r) => r.message === "syslog-ng e2e 0");
    expect(error?.level, JSON.stringify(error)).toBe("error");
  });
});

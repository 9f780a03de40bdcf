import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "./dev-server";
import { withLocalBucket } from "./local-r2";
import { waitForRecords } from "./read-back";

/**
 * The console in a real browser: Debian's `chromium` (apt), driven by playwright-core, against
 * the real `wrangler dev`. Skipped, saying so, when no Chromium is installed. With
 * CONSOLE_SCREENSHOTS=<dir>, saves the screenshots the README shows.
 */
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  .filter((p): p is string => p !== undefined && p !== "")
  .find((p) => existsSync(p));
if (CHROMIUM === undefined) {
  console.warn("console-e2e: SKIPPED — no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)");
}
const SHOTS = process.env.CONSOLE_SCREENSHOTS;

let server: DevServer;
let browser: Browser;
// Records 30 s apart at most, in one hour, all within the hour before now (where the read-back
// helper looks): from the start of the hour 10 minutes ago, or 50 minutes ago if that is later.
const HOUR = new Date(Date.now() - 10 * 60_000).toISOString().slice(0, 13);
const BASE = Math.max(Date.parse(`${HOUR}:00:00Z`), Date.now() - 50 * 60_000);
const LEVELS = ["info", "warn", "error"];

function lines(from: number, count: number): string {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return JSON.stringify({
      ts: new Date(BASE + i * 1000).toISOString(),
      level: LEVELS[i % 3],
      service: i % 2 === 0 ? "checkout" : "search",
      msg: `console record ${i}${i % 10 === 0 ? " needle" : ""}`,
      order: { id: i },
    });
  }).join("\n");
}

async function send(body: string) {
  const res = await fetch(`${server.url}/v1/logs`, {
    method: "POST",
    headers: { Authorization: "Bearer dev-token", "Content-Type": "application/x-ndjson" },
    body,
  });
  expect(res.status, await res.clone().text()).toBe(202);
}

async function shot(page: Page, name: string) {
  if (SHOTS === undefined) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

async function signIn(page: Page, token: string) {
  await page.goto(server.url);
  await page.getByLabel("API token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("#app").waitFor({ state: "visible" });
}

describe.skipIf(CHROMIUM === undefined)("the console in a real browser", () => {
  beforeAll(async () => {
    server = await startDevServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    // 20 records, compacted; then 10 more that wait in raw/.
    await send(lines(0, 20));
    await waitForRecords(server, { token: "dev-token", q: "console record" }, 20);
    const compact = await fetch(`${server.url}/v1/admin/compact?hour=${HOUR}&tenant=default`, {
      method: "POST",
      headers: { Authorization: "Bearer dev-admin-token" },
    });
    expect(compact.status, await compact.clone().text()).toBe(200);
    await send(lines(20, 10));
    await waitForRecords(server, { token: "dev-token", q: "console record" }, 30);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in, shows the hours with their counts, explores, expands a record, signs out", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("console", (message) => {
      // A 403 from probing the admin routes with a tenant token is the browser's note, not an error.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        problems.push(message.text());
      }
    });

    await page.goto(server.url);
    await expect(page.title()).resolves.toBe("logsink console");
    await page.getByLabel("API token").fill("not-a-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/Unknown token/);

    await signIn(page, "dev-token");
    expect(await page.evaluate(() => sessionStorage.getItem("logsink.token"))).toBe("dev-token");
    // A tenant token cannot name another tenant: the console does not offer it.
    expect(await page.getByLabel("Tenant").isVisible()).toBe(false);
    const row = page.locator("#hours-table tbody tr", { hasText: `${HOUR.replace("T", " ")}:00Z` });
    await row.waitFor();
    const cells = await row.locator("td").allTextContents();
    // tenant, hour, local, records, raw waiting, parts, compacted, duplicates
    expect(cells[0]).toBe("default");
    expect(cells[3]).toBe("30");
    expect(cells[4]).toMatch(/^1 \(10 records\)$/);
    expect(cells[5]).toBe("1");
    expect(cells[6]).toMatch(/^\d{4}-\d{2}-\d{2} /);
    expect(cells[7]).toBe("0");
    await expect(page.locator("#dead-status").textContent()).resolves.toMatch(/admin/);
    await shot(page, "console-hours.png");

    // Explore the hour from its row, then narrow it to the needle.
    await row.getByRole("button", { name: /Explore/ }).click();
    await expect.poll(() => page.locator("#q-status").textContent(), { timeout: 20_000 }).toMatch(/^30 records in/);
    expect(await page.locator("#records tr.record").count()).toBe(30);
    await page.getByLabel("Message contains").fill("needle");
    await page.getByLabel("Level at least").selectOption("info");
    await page.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => page.locator("#q-status").textContent()).toMatch(/^3 records in/);
    const messages = await page.locator("#records tr.record td.message").allTextContents();
    expect(messages).toEqual(["console record 0 needle", "console record 10 needle", "console record 20 needle"]);
    const levels = await page.locator("#records tr.record .level").allTextContents();
    expect(levels).toEqual(["info", "warn", "error"]);
    const color = (level: string) =>
      page.evaluate(`getComputedStyle(document.querySelector("#records .level-${level}")).color`);
    expect(await color("error")).not.toBe(await color("info"));

    // Expand a record with the keyboard: its JSON, as stored.
    const toggle = page.locator("#records tr.record").nth(1).getByRole("button");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    const json = JSON.parse((await page.locator("#records tr:not([hidden]) pre.json").textContent()) ?? "{}");
    expect(json).toMatchObject({
      tenant: "default",
      level: "warn",
      message: "console record 10 needle",
      attributes: { order: { id: 10 } },
    });
    expect(json.id).toEqual(expect.any(String));
    await shot(page, "console-explore.png");

    // The hour's objects, each downloadable.
    await page.getByRole("button", { name: "Objects" }).click();
    await expect.poll(() => page.locator("#objects tbody tr").count()).toBe(2);
    const download = page.waitForEvent("download");
    await page.locator("#objects tbody tr", { hasText: "compacted" }).getByRole("button").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("part-00000.ndjson");
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString().trimEnd().split("\n")).toHaveLength(20);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("API token").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("logsink.token"))).toBeNull();
    expect(await page.locator("#app").isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows a tenant without logs what to do, and an admin the dead letters, on a narrow screen", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, "dev-token-acme");
    await page.locator("#hours-empty").waitFor({ state: "visible" });
    await expect(page.locator("#empty-curl").textContent()).resolves.toContain(`${server.url}/v1/logs`);
    // Nothing wider than the screen but the tables' own scrolling boxes.
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await shot(page, "console-empty-narrow.png");
    await page.getByRole("button", { name: "Sign out" }).click();

    await signIn(page, "dev-admin-token");
    await expect
      .poll(() => page.locator("#dead-status").textContent())
      .toBe("No dead letters: no message has failed every retry.");
    await expect(page.locator("#who").textContent()).resolves.toMatch(/admin/);
    expect(await page.getByLabel("Tenant").isVisible()).toBe(true);
    await context.close();
  });

  it("stops a long stream, and replays a day of dead letters as admin", async () => {
    // 20,000 records three hours ago: a stream long enough to stop half-way.
    const hour = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 13);
    const base = Date.parse(`${hour}:00:00Z`);
    for (let batch = 0; batch < 20; batch++) {
      await send(
        Array.from({ length: 1000 }, (_, k) =>
          JSON.stringify({ ts: new Date(base + batch * 1000 + k).toISOString(), msg: `long stream ${batch}-${k}` }),
        ).join("\n"),
      );
    }
    // A stored dead letter that is not a logsink message: replay keeps it and says so.
    const day = new Date().toISOString().slice(0, 10);
    // (Nothing is returned from the callback: the local bucket is closed when it ends.)
    await withLocalBucket(server.persistTo, async (bucket) => {
      await bucket.put(
        `dead-letter/${day}/not-a-chunk.json`,
        JSON.stringify({
          queue: "logsink",
          id: "not-a-chunk",
          timestamp: new Date().toISOString(),
          attempts: 6,
          reason: "retries exhausted",
          body: "junk",
        }),
        {
          customMetadata: { reason: "retries exhausted", attempts: "6", queue: "logsink" },
        },
      );
    });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, "dev-admin-token");
    await waitForRecords(server, { token: "dev-token", q: "long stream" }, 20_000).catch(() => undefined);
    await page.getByLabel("From (UTC)").fill(`${hour}:00:00`);
    await page.getByLabel("To (UTC)").fill(`${hour}:59:59`);
    await page.getByLabel("At most").fill("100000");
    // Press Stop the moment the first records are in the table (from inside the page, so that the
    // local server, which streams the whole answer in well under a second, cannot finish first).
    await page.evaluate(`new MutationObserver((changes, observer) => {
      observer.disconnect();
      document.querySelector("#q-stop").click();
    }).observe(document.querySelector("#records tbody"), { childList: true })`);
    await page.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => page.locator("#q-status").textContent()).toMatch(/^Stopped after [\d,]+ records\.$/);
    const shown = await page.locator("#records tr.record").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20_000);
    expect(await page.getByRole("button", { name: "Run" }).isEnabled()).toBe(true);

    const letter = page.locator("#dead-table tbody tr", { hasText: "not-a-chunk" });
    await page.locator("#dead-refresh").click();
    await letter.waitFor();
    expect(await letter.locator("td").nth(2).textContent()).toBe("retries exhausted");
    await letter.getByRole("button", { name: `Replay ${day}` }).click();
    await expect
      .poll(() => page.locator("#dead-status").textContent())
      .toBe(`Replayed 0 of ${day}; 1 skipped (not logsink messages).`);
    expect(await letter.count()).toBe(1); // kept, as replay keeps what is not a logsink message
    await context.close();
  });
});

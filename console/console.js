// @ts-check
/**
 * The logsink console (README, "Console"): plain JavaScript served as a static asset, no build
 * step and nothing fetched from elsewhere. Every call is an ordinary API call with the token the
 * user signed in with, kept in sessionStorage (this tab only). Everything shown is set with
 * textContent: no record field is ever parsed as HTML.
 */

const TOKEN_KEY = "logsink.token";
const HOURS_REFRESH_MS = 10_000;
const HOUR_MS = 3_600_000;

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`#${id} is missing`);
  return element;
}

const ui = {
  signIn: byId("sign-in", HTMLElement),
  signInForm: byId("sign-in-form", HTMLFormElement),
  token: byId("token", HTMLInputElement),
  signInError: byId("sign-in-error", HTMLElement),
  signOut: byId("sign-out", HTMLButtonElement),
  who: byId("who", HTMLElement),
  app: byId("app", HTMLElement),
  hoursDays: byId("hours-days", HTMLSelectElement),
  hoursAuto: byId("hours-auto", HTMLInputElement),
  hoursRefresh: byId("hours-refresh", HTMLButtonElement),
  hoursStatus: byId("hours-status", HTMLElement),
  hoursEmpty: byId("hours-empty", HTMLElement),
  hoursTable: byId("hours-table", HTMLTableElement),
  emptyCurl: byId("empty-curl", HTMLElement),
  queryForm: byId("query-form", HTMLFormElement),
  from: byId("q-from", HTMLInputElement),
  to: byId("q-to", HTMLInputElement),
  level: byId("q-level", HTMLSelectElement),
  service: byId("q-service", HTMLInputElement),
  text: byId("q-text", HTMLInputElement),
  tenantField: byId("q-tenant-field", HTMLElement),
  tenant: byId("q-tenant", HTMLInputElement),
  limit: byId("q-limit", HTMLInputElement),
  run: byId("q-run", HTMLButtonElement),
  stop: byId("q-stop", HTMLButtonElement),
  objectsButton: byId("q-objects", HTMLButtonElement),
  queryStatus: byId("q-status", HTMLElement),
  records: byId("records", HTMLTableElement),
  objects: byId("objects", HTMLTableElement),
  deadRefresh: byId("dead-refresh", HTMLButtonElement),
  deadStatus: byId("dead-status", HTMLElement),
  deadTable: byId("dead-table", HTMLTableElement),
};

/** @type {{ admin: boolean, hoursTimer: number | undefined, query: AbortController | undefined }} */
const state = { admin: false, hoursTimer: undefined, query: undefined };

// ---- helpers ----

/**
 * A new element with text and attributes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [text]
 * @param {Record<string, string>} [attributes]
 * @returns {HTMLElementTagNameMap[K]}
 */
function make(tag, text, attributes = {}) {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** @param {HTMLTableElement} table */
function body(table) {
  const tbody = table.tBodies[0];
  if (tbody === undefined) throw new Error("a table without a body");
  return tbody;
}

/**
 * Calls the API with the signed-in token.
 * @param {string} path
 * @param {RequestInit} [init]
 */
function api(path, init = {}) {
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ""}`);
  return fetch(path, { ...init, headers });
}

/**
 * The error message of a failed answer.
 * @param {Response} res
 */
async function failure(res) {
  const text = await res.text();
  try {
    const parsed = JSON.parse(text);
    return `${res.status}: ${parsed.error ?? text}`;
  } catch {
    return `${res.status}: ${text || res.statusText}`;
  }
}

/** @param {string | number} iso */
function utc(iso) {
  return new Date(iso).toISOString().replace("T", " ").replace(".000Z", "Z");
}

/** @param {string | number} iso */
function local(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "short", timeStyle: "medium" });
}

/** A time field's value for an instant: UTC, `YYYY-MM-DD HH:MM:SS`. @param {number} ms */
function toInput(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * The ISO-8601 instant a time field (UTC, `YYYY-MM-DD HH:MM[:SS]`, space or `T`) names; anything
 * else is passed on as typed, and the API's 400 says what is wrong with it.
 * @param {string} value
 */
function fromInput(value) {
  const iso = value.trim().replace(" ", "T");
  return `${iso.length === 16 ? `${iso}:00` : iso}Z`;
}

/** @param {string} hour `YYYY-MM-DDTHH` */
function hourStart(hour) {
  return Date.parse(`${hour}:00:00Z`);
}

// ---- sign in and out ----

/** @param {string} token */
async function signIn(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
  const probe = await api(`/v1/hours?limit=1`);
  if (!probe.ok) {
    sessionStorage.removeItem(TOKEN_KEY);
    const reason =
      probe.status === 401
        ? "Unknown token."
        : probe.status === 403
          ? 'This token cannot read logs (it needs the "read" scope).'
          : await failure(probe);
    throw new Error(reason);
  }
  const dead = await api("/v1/admin/dead-letters?limit=1");
  state.admin = dead.ok;
  await dead.body?.cancel();
  await probe.body?.cancel();
  ui.who.textContent = state.admin ? "Signed in: admin (every tenant)" : "Signed in: one tenant";
  ui.tenantField.hidden = !state.admin;
  ui.signIn.hidden = true;
  ui.app.hidden = false;
  ui.signOut.hidden = false;
  ui.emptyCurl.textContent = `curl -X POST ${location.origin}/v1/logs -H "Authorization: Bearer <token>" -H "Content-Type: application/x-ndjson" --data-binary '{"msg":"hello","level":"info"}'`;
  const now = Date.now();
  ui.from.value = toInput(now - HOUR_MS);
  ui.to.value = toInput(now + 60_000);
  await Promise.all([refreshHours(), refreshDeadLetters()]);
  scheduleHours();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  state.query?.abort();
  window.clearInterval(state.hoursTimer);
  state.hoursTimer = undefined;
  for (const table of [ui.hoursTable, ui.records, ui.objects, ui.deadTable]) {
    body(table).replaceChildren();
    table.hidden = true;
  }
  ui.queryStatus.textContent = "";
  ui.who.textContent = "Signed out.";
  ui.app.hidden = true;
  ui.signOut.hidden = true;
  ui.signIn.hidden = false;
  ui.token.value = "";
  ui.token.focus();
}

// ---- hours ----

function scheduleHours() {
  window.clearInterval(state.hoursTimer);
  state.hoursTimer = ui.hoursAuto.checked ? window.setInterval(() => void refreshHours(), HOURS_REFRESH_MS) : undefined;
}

async function refreshHours() {
  const to = Date.now();
  const from = to - Number(ui.hoursDays.value) * 24 * HOUR_MS;
  /** @type {{tenant: string, hour: string, raw_objects: number, raw_lines: number, parts: number, lines: number, duplicates_dropped: number, compacted_at: string | null}[]} */
  const hours = [];
  let cursor = null;
  for (let page = 0; page < 20; page++) {
    const params = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
    if (cursor !== null) params.set("cursor", cursor);
    const res = await api(`/v1/hours?${params}`);
    if (!res.ok) {
      ui.hoursStatus.textContent = `Could not load hours: ${await failure(res)}`;
      return;
    }
    const answer = await res.json();
    hours.push(...answer.hours);
    cursor = answer.cursor;
    if (cursor === null) break;
  }
  hours.sort((a, b) => (a.hour === b.hour ? a.tenant.localeCompare(b.tenant) : a.hour < b.hour ? 1 : -1));
  const rows = hours.map((h) => {
    const row = make("tr");
    const waiting = h.raw_objects > 0 ? `${h.raw_objects} (${h.raw_lines.toLocaleString()} records)` : "0";
    const compacted = h.compacted_at === null ? "not yet" : `${utc(h.compacted_at)}`;
    row.append(
      make("td", h.tenant),
      make("td", `${h.hour.replace("T", " ")}:00Z`, { class: "time" }),
      make("td", local(hourStart(h.hour)), { class: "time" }),
      make("td", (h.lines + h.raw_lines).toLocaleString(), { class: "num" }),
      make("td", waiting, { class: "num" }),
      make("td", String(h.parts), { class: "num" }),
      make("td", compacted, { class: "time" }),
      make("td", h.duplicates_dropped.toLocaleString(), { class: "num" }),
    );
    const explore = make("button", "Explore", {
      type: "button",
      class: "link",
      "aria-label": `Explore ${h.tenant} ${h.hour}`,
    });
    explore.addEventListener("click", () => {
      ui.from.value = toInput(hourStart(h.hour));
      ui.to.value = toInput(hourStart(h.hour) + HOUR_MS);
      if (state.admin) ui.tenant.value = h.tenant;
      void runQuery();
    });
    const cell = make("td");
    cell.append(explore);
    row.append(cell);
    return row;
  });
  body(ui.hoursTable).replaceChildren(...rows);
  ui.hoursTable.hidden = rows.length === 0;
  ui.hoursEmpty.hidden = rows.length > 0;
  ui.hoursStatus.textContent = `${rows.length} tenant-hours · updated ${new Date().toLocaleTimeString()}`;
}

// ---- explore ----

function queryParams() {
  const params = new URLSearchParams({ from: fromInput(ui.from.value), to: fromInput(ui.to.value) });
  if (ui.level.value !== "") params.set("level", ui.level.value);
  if (ui.service.value.trim() !== "") params.set("service", ui.service.value.trim());
  if (ui.text.value !== "") params.set("q", ui.text.value);
  if (state.admin && ui.tenant.value.trim() !== "") params.set("tenant", ui.tenant.value.trim());
  return params;
}

/**
 * A record's row and its (hidden) JSON row; the first cell's button expands it.
 * @param {Record<string, unknown>} record
 */
function recordRows(record) {
  const row = make("tr", undefined, { class: "record" });
  const timestamp = String(record.timestamp ?? "");
  const level = String(record.level ?? "");
  const detail = make("tr", undefined, { hidden: "" });
  const detailCell = make("td", undefined, { colspan: "6" });
  detailCell.append(make("pre", JSON.stringify(record, null, 2), { class: "json" }));
  detail.append(detailCell);
  const toggle = make("button", `▸ ${utc(timestamp)}`, { type: "button", class: "link", "aria-expanded": "false" });
  toggle.addEventListener("click", (event) => {
    event.stopPropagation();
    const open = detail.hidden;
    detail.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = `${open ? "▾" : "▸"} ${utc(timestamp)}`;
  });
  row.addEventListener("click", () => toggle.click());
  const time = make("td", undefined, { class: "time" });
  time.append(toggle);
  const levelCell = make("td");
  levelCell.append(make("span", level, { class: `level level-${level}` }));
  row.append(
    time,
    make("td", local(timestamp), { class: "time" }),
    levelCell,
    make("td", String(record.service ?? "")),
    make("td", String(record.host ?? "")),
    make("td", String(record.message ?? ""), { class: "message" }),
  );
  return [row, detail];
}

async function runQuery() {
  state.query?.abort();
  const controller = new AbortController();
  state.query = controller;
  const limit = Math.max(1, Math.min(1_000_000, Number(ui.limit.value) || 1000));
  const params = queryParams();
  params.set("limit", String(limit));
  const tbody = body(ui.records);
  tbody.replaceChildren();
  ui.objects.hidden = true;
  ui.records.hidden = false;
  ui.run.disabled = true;
  ui.stop.disabled = false;
  ui.queryStatus.textContent = "Running…";
  const started = performance.now();
  let count = 0;
  try {
    const res = await api(`/v1/logs?${params}`, { signal: controller.signal });
    if (!res.ok || res.body === null) {
      ui.queryStatus.textContent = `Query failed: ${await failure(res)}`;
      return;
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let pending = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending += value;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      const fragment = document.createDocumentFragment();
      for (const line of lines) {
        if (line === "") continue;
        fragment.append(...recordRows(JSON.parse(line)));
        count++;
      }
      tbody.append(fragment);
      ui.queryStatus.textContent = `${count.toLocaleString()} records… (streaming)`;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    ui.queryStatus.textContent =
      count === 0
        ? "No records match. Widen the time range or clear a filter."
        : `${count.toLocaleString()} records in ${seconds} s${count === limit ? ` (the limit: raise "At most" for more)` : ""}.`;
  } catch (error) {
    ui.queryStatus.textContent = controller.signal.aborted
      ? `Stopped after ${count.toLocaleString()} records.`
      : `Query failed: ${String(error)}`;
  } finally {
    if (state.query === controller) state.query = undefined;
    ui.run.disabled = false;
    ui.stop.disabled = true;
  }
}

async function listObjects() {
  const params = new URLSearchParams({ from: fromInput(ui.from.value), to: fromInput(ui.to.value) });
  if (state.admin && ui.tenant.value.trim() !== "") params.set("tenant", ui.tenant.value.trim());
  const res = await api(`/v1/objects?${params}`);
  if (!res.ok) {
    ui.queryStatus.textContent = `Listing failed: ${await failure(res)}`;
    return;
  }
  /** @type {{ objects: {key: string, kind: string, size: number, lines: number}[], cursor: string | null }} */
  const answer = await res.json();
  const rows = answer.objects.map((o) => {
    const row = make("tr");
    const download = make("button", "Download", { type: "button", class: "link", "aria-label": `Download ${o.key}` });
    download.addEventListener("click", () => void downloadObject(o.key));
    const cell = make("td");
    cell.append(download);
    row.append(
      make("td", o.key),
      make("td", o.kind),
      make("td", o.lines.toLocaleString(), { class: "num" }),
      make("td", o.size.toLocaleString(), { class: "num" }),
      cell,
    );
    return row;
  });
  body(ui.objects).replaceChildren(...rows);
  ui.records.hidden = true;
  ui.objects.hidden = false;
  ui.queryStatus.textContent = `${rows.length} objects${answer.cursor === null ? "" : " (more: narrow the range)"}.`;
}

/** Fetches an object with the token and saves it (the browser has already un-gzipped it). @param {string} key */
async function downloadObject(key) {
  const res = await api(`/v1/objects/${key.split("/").map(encodeURIComponent).join("/")}`);
  if (!res.ok) {
    ui.queryStatus.textContent = `Download failed: ${await failure(res)}`;
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const link = make("a", undefined, { href: url, download: (key.split("/").pop() ?? "object").replace(/\.gz$/, "") });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---- dead letters ----

async function refreshDeadLetters() {
  const res = await api("/v1/admin/dead-letters?limit=1000");
  if (res.status === 403) {
    await res.body?.cancel();
    ui.deadStatus.textContent = "Dead letters are shown to admin tokens (every tenant).";
    ui.deadTable.hidden = true;
    ui.deadRefresh.hidden = true;
    return;
  }
  if (!res.ok) {
    ui.deadStatus.textContent = `Could not load dead letters: ${await failure(res)}`;
    return;
  }
  ui.deadRefresh.hidden = false;
  /** @type {{ letters: {key: string, date: string, reason: string | null, attempts: number | null, stored_at: string}[] }} */
  const answer = await res.json();
  const days = new Set();
  const rows = answer.letters.map((letter) => {
    const row = make("tr");
    const cell = make("td");
    if (!days.has(letter.date)) {
      days.add(letter.date);
      const replay = make("button", `Replay ${letter.date}`, { type: "button" });
      replay.addEventListener("click", () => void replayDay(letter.date, replay));
      cell.append(replay);
    }
    row.append(
      make("td", letter.date),
      make("td", letter.key),
      make("td", letter.reason ?? ""),
      make("td", letter.attempts === null ? "" : String(letter.attempts), { class: "num" }),
      make("td", local(letter.stored_at), { class: "time" }),
      cell,
    );
    return row;
  });
  body(ui.deadTable).replaceChildren(...rows);
  ui.deadTable.hidden = rows.length === 0;
  ui.deadStatus.textContent =
    rows.length === 0 ? "No dead letters: no message has failed every retry." : `${rows.length} dead letters.`;
}

/** @param {string} date @param {HTMLButtonElement} button */
async function replayDay(date, button) {
  button.disabled = true;
  const res = await api(`/v1/admin/dead-letters/replay?date=${date}&limit=1000`, { method: "POST" });
  if (!res.ok) {
    ui.deadStatus.textContent = `Replay failed: ${await failure(res)}`;
    button.disabled = false;
    return;
  }
  const answer = await res.json();
  await refreshDeadLetters();
  ui.deadStatus.textContent = `Replayed ${answer.replayed} of ${date}; ${answer.skipped.length} skipped (not logsink messages).`;
}

// ---- wiring ----

ui.signInForm.addEventListener("submit", (event) => {
  event.preventDefault();
  ui.signInError.textContent = "";
  signIn(ui.token.value.trim()).catch((error) => {
    ui.signInError.textContent = error instanceof Error ? error.message : String(error);
  });
});
ui.signOut.addEventListener("click", signOut);
ui.hoursRefresh.addEventListener("click", () => void refreshHours());
ui.hoursDays.addEventListener("change", () => void refreshHours());
ui.hoursAuto.addEventListener("change", scheduleHours);
ui.queryForm.addEventListener("submit", (event) => {
  event.preventDefault();
  void runQuery();
});
ui.stop.addEventListener("click", () => state.query?.abort());
ui.objectsButton.addEventListener("click", () => void listObjects());
ui.deadRefresh.addEventListener("click", () => void refreshDeadLetters());

const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved !== null) {
  signIn(saved).catch(() => signOut());
} else {
  ui.token.focus();
}

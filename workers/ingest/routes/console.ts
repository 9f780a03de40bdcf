import { Hono } from "hono";
import styles from "../../../console/console.css";
import script from "../../../console/console.js";
import page from "../../../console/index.html";
import type { AppEnv } from "../types";

/**
 * The console (README, "Console"): three static files, bundled into the Worker as text by
 * wrangler (`[[rules]]` in wrangler.toml) and served with an ETag, so a browser revalidates them
 * and gets a 304 until the Worker is redeployed.
 */
const FILES = {
  "/": { body: page, type: "text/html; charset=utf-8" },
  "/console.js": { body: script, type: "text/javascript; charset=utf-8" },
  "/console.css": { body: styles, type: "text/css; charset=utf-8" },
} as const;

async function etagOf(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return `"${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("")}"`;
}

const etags = new Map<string, Promise<string>>();

export const consolePages = new Hono<AppEnv>();
for (const [path, file] of Object.entries(FILES)) {
  consolePages.get(path, async (c) => {
    let etag = etags.get(path);
    if (etag === undefined) {
      etag = etagOf(file.body);
      etags.set(path, etag);
    }
    const headers = {
      ETag: await etag,
      "Cache-Control": "no-cache",
      "Content-Type": file.type,
      "X-Content-Type-Options": "nosniff",
      // Everything the console loads comes from this origin; no inline script runs.
      "Content-Security-Policy":
        "default-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    };
    if (c.req.header("If-None-Match") === headers.ETag) return c.body(null, 304, headers);
    return c.body(file.body, 200, headers);
  });
}

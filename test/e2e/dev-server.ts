/** The real `npm start` for end-to-end tests: see scripts/lib/wrangler-dev.ts. */
export { type DevServer, freePort, startDevServer } from "../../scripts/lib/wrangler-dev.ts";

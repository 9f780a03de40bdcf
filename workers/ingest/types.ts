import type { Principal } from "../../src/auth";

/** Hono's environment for the ingest Worker: its bindings and per-request variables. */
export interface AppEnv {
  Bindings: IngestEnv;
  Variables: { principal: Principal };
}

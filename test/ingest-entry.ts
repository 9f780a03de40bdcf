/**
 * The ingest Worker as the ingest tests run it: its own default export, plus the compactor's RPC
 * entrypoint, so that the COMPACTOR service binding (which `wrangler dev` points at the compactor
 * Worker) can point back at this Worker inside the test runtime. Auxiliary Workers of the Vitest
 * integration must be prebuilt JS; this keeps the real compactor code in the same bundle instead.
 */

export { CompactorService } from "../workers/compactor/index";
export { default } from "../workers/ingest/index";

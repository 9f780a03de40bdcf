import { enqueueOnly, storeBatchAsIs } from "./enqueue-only";
import { gzipLimit } from "./gzip-limit";
import { noop } from "./noop";
import { parquetEncodings } from "./parquet-encodings";
import { seedIngest, seedStore } from "./seed";

/** The baselines, one path each, in one Worker so that one `wrangler dev` serves them all. */
export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === "/noop") return noop(request);
    if (pathname === "/enqueue-only") return enqueueOnly(request, env.ENQUEUE_ONLY_QUEUE);
    if (pathname === "/seed") return seedIngest(request, env.SEED_QUEUE);
    if (pathname === "/gzip-limit") return gzipLimit(request);
    if (pathname === "/parquet-encodings") return parquetEncodings(request, env.BUCKET);
    if (pathname === "/stored") {
      // What the baselines' consumers stored: objects and bytes per prefix, for the cost figures.
      const prefix = new URL(request.url).searchParams.get("prefix") ?? "";
      let objects = 0;
      let bytes = 0;
      let cursor: string | undefined;
      do {
        const page = await env.BUCKET.list({ prefix, cursor });
        objects += page.objects.length;
        for (const o of page.objects) bytes += o.size;
        cursor = page.truncated ? page.cursor : undefined;
      } while (cursor !== undefined);
      return Response.json({ objects, bytes });
    }
    return new Response("not found", { status: 404 });
  },
  async queue(batch, env) {
    if (batch.queue === "bench-seed") await seedStore(batch, env.BUCKET);
    else await storeBatchAsIs(batch, env.BUCKET);
  },
} satisfies ExportedHandler<BaselineEnv>;

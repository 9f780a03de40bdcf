import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";

/**
 * Opens the local R2 bucket that a `wrangler dev --persist-to <dir>` keeps, the way
 * `wrangler r2 object get --local` does (a Miniflare instance on the same persistence root),
 * so end-to-end tests can see what the Workers stored.
 */
export type LocalBucket = Awaited<ReturnType<Miniflare["getR2Bucket"]>>;

export async function withLocalBucket<T>(persistTo: string, use: (bucket: LocalBucket) => Promise<T>): Promise<T> {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      modules: true,
      script: "export default { fetch() { return new Response(null, { status: 404 }); } }",
      resourcePersistencePath: join(persistTo, "v3"),
      r2Buckets: { BUCKET: "logsink" },
    }),
  );
  try {
    return await use(await mf.getR2Bucket("BUCKET"));
  } finally {
    await mf.dispose();
  }
}

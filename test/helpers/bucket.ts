/** R2 calls a {@link faultyBucket} can fail, delay or watch: the bucket's own, and a multipart upload's. */
export type R2Method =
  | "put"
  | "get"
  | "head"
  | "list"
  | "delete"
  | "createMultipartUpload"
  | "uploadPart"
  | "complete"
  | "abort";

/** Which R2 calls a {@link faultyBucket} fails, by method: the first `n` calls, or a predicate. */
export type FaultPlan = Partial<Record<R2Method, number | ((args: unknown[]) => boolean)>>;

export interface FaultOptions {
  /**
   * Simulates the run being killed: the first `killAfter` calls go through, every later one
   * fails (so the run cannot clean up after itself either, as a dead isolate cannot).
   */
  killAfter?: number;
  /** Runs before each call goes to the real bucket: a delay, or another writer's step. */
  before?: (method: R2Method, args: unknown[]) => Promise<void> | void;
}

const injected = (method: string) => new Error(`R2 ${method} failed: We encountered an internal error (injected)`);

/**
 * A thin wrapper around the real local R2 binding that makes chosen calls throw, as R2 does
 * when it is unavailable; every other call goes to the real bucket. `calls` counts calls per
 * method (a multipart upload's `uploadPart`, `complete` and `abort` included), `log` lists them.
 */
export function faultyBucket(
  real: R2Bucket,
  plan: FaultPlan,
  options: FaultOptions = {},
): { bucket: R2Bucket; calls: Partial<Record<R2Method, number>>; log: string[] } {
  const calls: Partial<Record<R2Method, number>> = {};
  const log: string[] = [];
  let total = 0;

  const call = async (method: R2Method, args: unknown[], run: () => Promise<unknown>): Promise<unknown> => {
    const count = (calls[method] ?? 0) + 1;
    calls[method] = count;
    total++;
    log.push(`${method} ${typeof args[0] === "string" ? args[0] : ""}`.trim());
    if (options.killAfter !== undefined && total > options.killAfter) throw injected(method);
    const rule = plan[method];
    if (typeof rule === "number" ? count <= rule : rule?.(args) === true) throw injected(method);
    await options.before?.(method, args);
    return run();
  };

  const wrapUpload = (upload: R2MultipartUpload): R2MultipartUpload =>
    new Proxy(upload, {
      get(target, property) {
        const value = Reflect.get(target, property);
        if (property !== "uploadPart" && property !== "complete" && property !== "abort") return value;
        return (...args: unknown[]) => call(property, args, () => value.apply(target, args));
      },
    });

  const bucket = new Proxy(real, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      const method = String(property) as R2Method;
      return (...args: unknown[]) =>
        call(method, args, async () => {
          const result = await value.apply(target, args);
          return method === "createMultipartUpload" ? wrapUpload(result as R2MultipartUpload) : result;
        });
    },
  });
  return { bucket, calls, log };
}

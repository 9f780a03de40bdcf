/** Which R2 calls a {@link faultyBucket} fails, by method: the first `n` calls, or a predicate. */
export type FaultPlan = Partial<
  Record<"put" | "get" | "list" | "delete" | "createMultipartUpload", number | ((args: unknown[]) => boolean)>
>;

/**
 * A thin wrapper around the real local R2 binding that makes chosen calls throw, as R2 does
 * when it is unavailable; every other call goes to the real bucket. `calls` counts calls per method.
 */
export function faultyBucket(real: R2Bucket, plan: FaultPlan): { bucket: R2Bucket; calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const bucket = new Proxy(real, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== "function") return value;
      const name = String(property);
      return (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        const rule = plan[name as keyof FaultPlan];
        const fail = typeof rule === "number" ? (calls[name] ?? 0) <= rule : rule?.(args) === true;
        if (fail) return Promise.reject(new Error(`R2 ${name} failed: We encountered an internal error (injected)`));
        return value.apply(target, args);
      };
    },
  });
  return { bucket, calls };
}

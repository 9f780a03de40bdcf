/**
 * Counting R2 calls at the edge of a unit of work, by billing class (r2/pricing): Class A for
 * put, list and the multipart calls, Class B for get and head; delete and abort are free but
 * still subrequests. The compactor wraps its bucket in this per tenant-hour, for its run budget
 * and its log line (which the benchmark reads for the cost figures).
 */

/** R2 calls made through a {@link countingBucket}. */
export interface R2CallCounts {
  /** Every call: each is a subrequest. */
  calls: number;
  class_a: number;
  class_b: number;
}

const CLASS: Readonly<Record<string, "a" | "b" | "free">> = {
  put: "a",
  list: "a",
  createMultipartUpload: "a",
  uploadPart: "a",
  complete: "a",
  get: "b",
  head: "b",
  delete: "free",
  abort: "free",
};

/** Wraps a bucket (and the multipart uploads it starts) so that every call is counted into `counts`. */
export function countingBucket(bucket: R2Bucket, counts: R2CallCounts): R2Bucket {
  const count = (method: string) => {
    const billing = CLASS[method];
    if (billing === undefined) return;
    counts.calls++;
    if (billing === "a") counts.class_a++;
    if (billing === "b") counts.class_b++;
  };
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property);
        if (typeof value !== "function") return value;
        const method = String(property);
        return (...args: unknown[]) => {
          count(method);
          const result: unknown = value.apply(object, args);
          if (method === "createMultipartUpload" || method === "resumeMultipartUpload") {
            return (result as Promise<R2MultipartUpload>).then((upload) => wrap(upload));
          }
          return result;
        };
      },
    });
  return wrap(bucket);
}

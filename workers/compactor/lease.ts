import { LogsinkError } from "../../src/errors";
/**
 * The lease that keeps two compactions of one tenant-hour from working at once. It is an
 * optimisation, not what makes compaction safe: the manifest's compare-and-swap does that (see
 * compact-hour.ts). Every step that changes the lease is one conditional R2 put, so of two runs
 * racing for it exactly one wins (R2 is strongly consistent):
 * - take a free lease: create-only put;
 * - take over a stale one: put conditional on the stale lease's etag;
 * - renew: put conditional on the etag of our own last write (fails once someone took over).
 * A lease's age is measured with this Worker's clock against R2's `uploaded` time, never against
 * a caller-given time, so `POST /v1/admin/cron?time=<an hour ahead>` cannot steal a live lease.
 */

/** A holder that has not renewed for this long is taken to be dead. */
export const LEASE_TTL_MS = 120_000;

/** A holder renews its lease this often while it works (well inside the TTL). */
const LEASE_RENEW_MS = 30_000;

/** Another run holds the tenant-hour's lease (or won its manifest swap); try again later. */
export class CompactionBusyError extends LogsinkError {
  override name = "CompactionBusyError";
  constructor(
    message: string,
    /** Seconds until the lease can be taken over, if its holder stops renewing it. */
    readonly retryAfterSeconds: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** This run's lease was taken over (it stalled for longer than the TTL): it must stop, committing nothing. */
export class LeaseLostError extends CompactionBusyError {
  override name = "LeaseLostError";
}

export interface LeaseOptions {
  ttlMs?: number;
  renewMs?: number;
  /** Epoch ms now, on this Worker's clock (tests pass another to age leases). */
  clock?: () => number;
}

/** A held lease on one R2 key. */
export class Lease {
  readonly #bucket: R2Bucket;
  readonly #key: string;
  readonly #body: string;
  readonly #renewMs: number;
  readonly #clock: () => number;
  /** How long a holder that stops renewing keeps the lease. */
  readonly ttlMs: number;
  #etag: string;
  #renewedAt: number;

  private constructor(bucket: R2Bucket, key: string, body: string, etag: string, options: Required<LeaseOptions>) {
    this.#bucket = bucket;
    this.#key = key;
    this.#body = body;
    this.#etag = etag;
    this.#renewMs = options.renewMs;
    this.#clock = options.clock;
    this.ttlMs = options.ttlMs;
    this.#renewedAt = options.clock();
  }

  /**
   * Takes the lease at `key`, or throws CompactionBusyError (with how long until a silent holder's
   * lease expires) when a live holder has it.
   */
  static async acquire(bucket: R2Bucket, key: string, options: LeaseOptions = {}): Promise<Lease> {
    const settings: Required<LeaseOptions> = {
      ttlMs: options.ttlMs ?? LEASE_TTL_MS,
      renewMs: options.renewMs ?? LEASE_RENEW_MS,
      clock: options.clock ?? Date.now,
    };
    const holder = crypto.randomUUID();
    const body = JSON.stringify({ holder, acquired_at: new Date(settings.clock()).toISOString() });
    const busy = (ms: number) =>
      new CompactionBusyError(`${key} is held by another compaction`, Math.max(1, Math.ceil(ms / 1000)));
    // Two rounds: a lease released between our create and our head is simply free again.
    for (let round = 0; round < 2; round++) {
      const created = await bucket.put(key, body, { onlyIf: { etagDoesNotMatch: "*" } });
      if (created !== null) return new Lease(bucket, key, body, created.etag, settings);
      const existing = await bucket.head(key);
      if (existing === null) continue;
      const age = settings.clock() - existing.uploaded.getTime();
      if (age < settings.ttlMs) throw busy(settings.ttlMs - age);
      const taken = await bucket.put(key, body, { onlyIf: { etagMatches: existing.etag } });
      if (taken === null) throw busy(settings.ttlMs);
      return new Lease(bucket, key, body, taken.etag, settings);
    }
    throw busy(settings.ttlMs);
  }

  /** Epoch ms now, on the clock the lease is aged by. */
  now(): number {
    return this.#clock();
  }

  /** Renews the lease if the renewal interval has passed; throws LeaseLostError if it was taken over. */
  async renewIfDue(): Promise<void> {
    if (this.#clock() - this.#renewedAt >= this.#renewMs) await this.renew();
  }

  /** Renews the lease now; throws LeaseLostError if it was taken over. Call it right before committing. */
  async renew(): Promise<void> {
    const renewed = await this.#bucket.put(this.#key, this.#body, { onlyIf: { etagMatches: this.#etag } });
    if (renewed === null) throw new LeaseLostError(`${this.#key} was taken over by another compaction`, 1);
    this.#etag = renewed.etag;
    this.#renewedAt = this.#clock();
  }

  /** Gives the lease up, if it is still ours (R2 deletes are unconditional: head, compare, delete). */
  async release(): Promise<void> {
    const current = await this.#bucket.head(this.#key);
    if (current?.etag !== this.#etag) return;
    await this.#bucket.delete(this.#key);
  }
}

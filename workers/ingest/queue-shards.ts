/**
 * The queue a tenant's records go to. One queue takes 5,000 messages/s (queues/platform/limits),
 * and a message never holds two requests' records, so many small tenants reach that ceiling first
 * (docs/capacity.md). A deployment that needs more binds more queues to the ingest Worker —
 * `LOG_QUEUE`, `LOG_QUEUE_1`, `LOG_QUEUE_2` … (each a `[[queues.producers]]`, each queue with a
 * `[[queues.consumers]]` entry in the consumer Worker: README, "Scaling out") — and each tenant
 * always goes to the same one, by a hash of its name, so a consumer batch holds fewer tenants
 * (fewer raw objects).
 */

const SHARD_BINDING = /^LOG_QUEUE(?:_([1-9]\d?))?$/;

/** The queues bound, in shard order (LOG_QUEUE first), per env object. */
const shardsOf = new WeakMap<object, Queue[]>();

function shards(env: object): Queue[] {
  let queues = shardsOf.get(env);
  if (queues === undefined) {
    queues = Object.keys(env)
      .flatMap((name) => {
        const m = SHARD_BINDING.exec(name);
        return m === null ? [] : [{ index: Number(m[1] ?? 0), queue: (env as Record<string, Queue>)[name] as Queue }];
      })
      .sort((a, b) => a.index - b.index)
      .map((s) => s.queue);
    shardsOf.set(env, queues);
  }
  return queues;
}

/** FNV-1a (32 bits) of a string's UTF-16 units: small, stable, and spreads short names well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The queue `tenant`'s records go to: `LOG_QUEUE` when it is the only one. */
export function queueForTenant(env: { LOG_QUEUE: Queue }, tenant: string): Queue {
  const queues = shards(env);
  return queues.length <= 1 ? env.LOG_QUEUE : (queues[fnv1a(tenant) % queues.length] ?? env.LOG_QUEUE);
}

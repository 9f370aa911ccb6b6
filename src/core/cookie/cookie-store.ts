/**
 * The jar's indexed storage: cookie domain → cookie path → (host-only, partition, name) → entry. A request then
 * touches only its host's and parent domains' buckets, and in each only the paths that can
 * path-match it (RFC 6265bis §5.1.4) — no scan of unrelated cookies. Limits follow Chrome
 * (net/cookies/cookie_monster.h): 180 per domain purged to 150, 3300 in all purged to 3000.
 */
import type { StoredCookie } from './types';

const MAX_PER_DOMAIN = 180;
const PURGE_PER_DOMAIN_TO = 150;
const MAX_TOTAL = 3300;
const PURGE_TOTAL_TO = 3000;

export interface Entry {
  c: StoredCookie;
  /** Insertion order, kept across replacement: breaks ties between equal creation times (§5.8.3). */
  seq: number;
}

interface DomainBucket {
  paths: Map<string, Map<string, Entry>>;
  size: number;
}

/**
 * Unique per (host-only, partition, name): a partition key is a schemeful site, which has no "\n",
 * so `H<key>\n<name>` / `D<key>\n<name>` cannot collide with another partition or `h`/`d` (unpartitioned).
 */
function nameKey(name: string, hostOnly: boolean, partitionKey: string | null): string {
  if (partitionKey === null) return hostOnly ? `h${name}` : `d${name}`;
  return `${hostOnly ? 'H' : 'D'}${partitionKey}\n${name}`;
}

/**
 * The cookie paths that can path-match `requestPath` (§5.1.4): the path itself, and for every "/"
 * the prefix before it and the prefix including it. "/a/b" → "/a/b", "/", "/a", "/a/".
 */
export function candidatePaths(requestPath: string): string[] {
  const out = [requestPath];
  for (let i = requestPath.indexOf('/'); i !== -1; i = requestPath.indexOf('/', i + 1)) {
    // "//" would list a prefix twice (and send its cookies twice): keep each once.
    if (i > 0) pushUnique(out, requestPath.slice(0, i));
    if (i + 1 < requestPath.length) pushUnique(out, requestPath.slice(0, i + 1));
  }
  return out;
}

function pushUnique(xs: string[], x: string): void {
  if (!xs.includes(x)) xs.push(x);
}

export class CookieStore {
  readonly #domains = new Map<string, DomainBucket>();
  /** name → number of Secure cookies with that name: most sets skip the §5.7 step 16 scan. */
  readonly #secureNames = new Map<string, number>();
  #size = 0;
  #seq = 0;
  #partitioned = 0;

  get size(): number {
    return this.#size;
  }

  /** Number of partitioned (CHIPS) cookies: retrieval skips the partition check when there are none. */
  get partitionedCount(): number {
    return this.#partitioned;
  }

  get(
    domain: string,
    path: string,
    name: string,
    hostOnly: boolean,
    partitionKey: string | null,
  ): Entry | undefined {
    return this.#domains
      .get(domain)
      ?.paths.get(path)
      ?.get(nameKey(name, hostOnly, partitionKey));
  }

  /** Inserts `c`, or replaces `old` (keeping its insertion order). Evicts when over the limits. */
  put(c: StoredCookie, old: Entry | undefined, now: number): void {
    let bucket = this.#domains.get(c.domain);
    if (bucket === undefined) {
      bucket = { paths: new Map(), size: 0 };
      this.#domains.set(c.domain, bucket);
    }
    let byName = bucket.paths.get(c.path);
    if (byName === undefined) {
      byName = new Map();
      bucket.paths.set(c.path, byName);
    }
    if (old !== undefined) {
      if (old.c.secure) this.#countSecure(old.c.name, -1);
      if (old.c.partitionKey !== null) this.#partitioned--;
    } else {
      bucket.size++;
      this.#size++;
    }
    if (c.secure) this.#countSecure(c.name, 1);
    if (c.partitionKey !== null) this.#partitioned++;
    byName.set(nameKey(c.name, c.hostOnly, c.partitionKey), { c, seq: old?.seq ?? this.#seq++ });
    if (bucket.size > MAX_PER_DOMAIN)
      this.#evict(this.#entries(c.domain), bucket.size - PURGE_PER_DOMAIN_TO, now);
    if (this.#size > MAX_TOTAL) this.#evict(this.#entries(null), this.#size - PURGE_TOTAL_TO, now);
  }

  delete(e: Entry): void {
    const bucket = this.#domains.get(e.c.domain);
    const byName = bucket?.paths.get(e.c.path);
    const key = nameKey(e.c.name, e.c.hostOnly, e.c.partitionKey);
    if (bucket === undefined || byName === undefined || !byName.delete(key)) return;
    bucket.size--;
    this.#size--;
    if (e.c.partitionKey !== null) this.#partitioned--;
    if (e.c.secure) this.#countSecure(e.c.name, -1);
    if (byName.size === 0) bucket.paths.delete(e.c.path);
    if (bucket.size === 0) this.#domains.delete(e.c.domain);
  }

  /** path → (host-only, partition, name) → entry for one cookie domain; read-only for callers. */
  pathsOf(domain: string): ReadonlyMap<string, ReadonlyMap<string, Entry>> | undefined {
    return this.#domains.get(domain)?.paths;
  }

  /** Every entry (of one domain, or all when null). A snapshot: safe to delete while iterating it. */
  #entries(domain: string | null): Entry[] {
    const out: Entry[] = [];
    const buckets = domain === null ? this.#domains.values() : [this.#domains.get(domain)];
    for (const bucket of buckets) {
      if (bucket === undefined) continue;
      for (const byName of bucket.paths.values()) for (const e of byName.values()) out.push(e);
    }
    return out;
  }

  all(): Entry[] {
    return this.#entries(null);
  }

  domains(): string[] {
    return [...this.#domains.keys()];
  }

  entriesOf(domain: string): Entry[] {
    return this.#entries(domain);
  }

  hasSecureNamed(name: string): boolean {
    return (this.#secureNames.get(name) ?? 0) > 0;
  }

  clear(): void {
    this.#domains.clear();
    this.#secureNames.clear();
    this.#size = 0;
    this.#partitioned = 0;
  }

  #countSecure(name: string, delta: number): void {
    const n = (this.#secureNames.get(name) ?? 0) + delta;
    if (n <= 0) this.#secureNames.delete(name);
    else this.#secureNames.set(name, n);
  }

  /** Evicts expired cookies first, then the least recently accessed; `count` in all (amortised). */
  #evict(entries: Entry[], count: number, now: number): void {
    const rank = (x: Entry) => (x.c.expiresAt !== null && x.c.expiresAt <= now ? -1 : x.c.lastAccessTime);
    entries.sort((x, y) => rank(x) - rank(y) || x.seq - y.seq);
    for (let i = 0; i < count && i < entries.length; i++) {
      const e = entries[i];
      if (e !== undefined) this.delete(e);
    }
  }
}

/**
 * A browser-like cookie store: RFC 6265bis §5.7 (storage model) and §5.8 (retrieval). Used to replay a
 * capture and explain what the browser did with each Set-Cookie. Indexed by cookie domain, so a
 * request looks only at the buckets of its host and the host's parent domains. Never throws.
 */
import { cookieLifetime } from './cookie-lifetime';
import { checkPrefixes } from './cookie-prefixes';
import { defaultPath, domainMatch, isIpAddress, pathMatch } from './domain-path-match';
import { createPublicSuffixLookup } from './public-suffix';
import { REJECT_MESSAGES } from './reject-messages';
import { type RequestUrl, RequestUrlCache } from './request-url';
import { parseSetCookie } from './set-cookie-parser';
import type {
  CookieHeaderOptions,
  CookieJarOptions,
  PublicSuffixLookup,
  RejectCode,
  SetCookieOptions,
  SetCookieResult,
  StoredCookie,
} from './types';

/** Chrome's limits (net/cookies/cookie_monster.h): 180 per domain purged to 150, 3300 total to 3000. */
const MAX_PER_DOMAIN = 180;
const PURGE_PER_DOMAIN_TO = 150;
const MAX_TOTAL = 3300;
const PURGE_TOTAL_TO = 3000;

interface Entry {
  c: StoredCookie;
  /** Insertion order, kept across replacement: breaks ties between equal creation times (§5.8.3). */
  seq: number;
}

type Bucket = Map<string, Entry>;

function entryKey(name: string, path: string, hostOnly: boolean): string {
  return `${hostOnly ? 'h' : 'd'}${path}\n${name}`;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export class CookieJar {
  readonly #now: () => number;
  readonly #psl: PublicSuffixLookup;
  readonly #rejectPublicSuffixes: boolean;
  readonly #urls = new RequestUrlCache();
  /** cookie domain → (hostOnly, path, name) → entry. */
  readonly #buckets = new Map<string, Bucket>();
  /** name → number of Secure cookies with that name: skips the "leave secure cookies alone" scan. */
  readonly #secureNames = new Map<string, number>();
  #size = 0;
  #seq = 0;

  constructor(opts: CookieJarOptions = {}) {
    this.#now = opts.now ?? Date.now;
    this.#psl = opts.publicSuffix ?? createPublicSuffixLookup();
    this.#rejectPublicSuffixes = opts.rejectPublicSuffixes !== false;
  }

  /** Number of cookies held (expired ones may still count until the next access). */
  get size(): number {
    return this.#size;
  }

  /** Stores one `Set-Cookie` header received on a response for `url` (RFC 6265bis §5.7). */
  setCookie(header: string, url: string, opts: SetCookieOptions = {}): SetCookieResult {
    const parsed = parseSetCookie(header);
    const reject = (reason: RejectCode): SetCookieResult => ({
      outcome: 'rejected',
      reason,
      message: REJECT_MESSAGES[reason],
      parsed,
    });
    if (!parsed.ok) return reject(parsed.code);
    const req = this.#urls.parse(url);
    if (req === null) return reject('invalid-url');
    const now = opts.now ?? this.#now();
    const http = opts.http !== false;
    const a = parsed.attributes;

    // §5.7 step 8–10: Domain → host-only or domain cookie.
    let domain = req.host;
    let hostOnly = true;
    if (a.domain !== null) {
      let d = a.domain;
      if (!isAscii(d)) return reject('domain-invalid');
      if (this.#rejectPublicSuffixes && !isIpAddress(d) && this.#psl.publicSuffix(d) === d) {
        // A Domain equal to the host that is itself a public suffix becomes host-only (§5.7 step 9).
        if (d !== req.host) return reject('public-suffix');
        d = '';
      }
      if (d !== '') {
        if (!domainMatch(req.host, d)) return reject('domain-mismatch');
        domain = d;
        hostOnly = false;
      }
    }
    // §5.7 step 11: Path, else the default path.
    const path = a.path ?? defaultPath(req.path);
    const name = parsed.name;
    // §5.7 step 13: Secure only from secure origins (loopback counts as secure).
    if (a.secure && !req.secure) return reject('secure-from-insecure');
    // §5.7 step 15: HttpOnly only from HTTP.
    if (a.httpOnly && !http) return reject('httponly-from-script');
    // §5.7 step 16: "leave secure cookies alone".
    if (!a.secure && !req.secure && this.#shadowsSecure(name, domain, path))
      return reject('overwrite-secure');
    // §5.7 step 19: SameSite=None needs Secure.
    if (a.sameSite === 'none' && !a.secure) return reject('samesite-none-insecure');
    // §5.7 step 20–21: cookie name prefixes.
    const prefix = checkPrefixes(name, parsed.value, a.secure, hostOnly, a.path);
    if (prefix !== null) return reject(prefix);

    const key = entryKey(name, path, hostOnly);
    const bucket = this.#buckets.get(domain);
    const old = bucket?.get(key);
    // §5.7 step 22: a non-HTTP API cannot replace an HttpOnly cookie.
    if (old !== undefined && !http && old.c.httpOnly) return reject('overwrite-httponly-from-script');

    const lifetime = cookieLifetime(parsed, now);
    if (lifetime.kind === 'deletion') {
      // §5.7 step 23–24: inserted then removed as expired — the net effect is a deletion.
      if (old === undefined || bucket === undefined) return { outcome: 'ignored', parsed };
      this.#remove(domain, bucket, key, old);
      return { outcome: 'deleted', cookie: { ...old.c }, parsed };
    }
    const persistent = lifetime.kind === 'persistent';
    const cookie: StoredCookie = {
      name,
      value: parsed.value,
      domain,
      path,
      hostOnly,
      secure: a.secure,
      httpOnly: a.httpOnly,
      sameSite: a.sameSite,
      partitioned: a.partitioned,
      expiresAt: persistent ? lifetime.expiresAt : null,
      // §5.7 step 22: replacement keeps the old creation time.
      creationTime: old !== undefined ? old.c.creationTime : now,
      lastAccessTime: now,
      persistent,
    };
    if (old !== undefined && bucket !== undefined) {
      if (old.c.secure) this.#countSecure(old.c.name, -1);
      if (cookie.secure) this.#countSecure(name, 1);
      bucket.set(key, { c: cookie, seq: old.seq });
      return { outcome: 'replaced', cookie: { ...cookie }, parsed };
    }
    let target = bucket;
    if (target === undefined) {
      target = new Map();
      this.#buckets.set(domain, target);
    }
    target.set(key, { c: cookie, seq: this.#seq++ });
    this.#size++;
    if (cookie.secure) this.#countSecure(name, 1);
    if (target.size > MAX_PER_DOMAIN) this.#evict([target], target.size - PURGE_PER_DOMAIN_TO, now);
    if (this.#size > MAX_TOTAL) this.#evict([...this.#buckets.values()], this.#size - PURGE_TOTAL_TO, now);
    return { outcome: 'stored', cookie: { ...cookie }, parsed };
  }

  /**
   * The `Cookie` header a browser would send to `url` (RFC 6265bis §5.8.3), or null when no cookie
   * applies. Nameless cookies serialise as their value alone.
   */
  cookieHeader(url: string, opts: CookieHeaderOptions = {}): string | null {
    const matches = this.#matching(url, opts);
    if (matches === null || matches.length === 0) return null;
    let out = '';
    for (let i = 0; i < matches.length; i++) {
      const c = (matches[i] as Entry).c;
      if (i > 0) out += '; ';
      out += c.name === '' ? c.value : `${c.name}=${c.value}`;
    }
    return out;
  }

  /** The cookies that would be sent to `url`, in §5.8.3 order (copies). */
  getCookies(url: string, opts: CookieHeaderOptions = {}): StoredCookie[] {
    const matches = this.#matching(url, opts);
    return matches === null ? [] : matches.map((e) => ({ ...e.c }));
  }

  /** Every live cookie, ordered by domain, then §5.8.3 order (copies). */
  cookies(now: number = this.#now()): StoredCookie[] {
    this.removeExpired(now);
    const out: StoredCookie[] = [];
    for (const domain of [...this.#buckets.keys()].sort()) {
      const bucket = this.#buckets.get(domain);
      if (bucket === undefined) continue;
      for (const e of [...bucket.values()].sort(compareEntries)) out.push({ ...e.c });
    }
    return out;
  }

  /** Removes expired cookies; returns how many. */
  removeExpired(now: number = this.#now()): number {
    let removed = 0;
    for (const [domain, bucket] of this.#buckets) {
      for (const [key, e] of bucket) {
        if (e.c.expiresAt !== null && e.c.expiresAt <= now) {
          this.#remove(domain, bucket, key, e);
          removed++;
        }
      }
    }
    return removed;
  }

  clear(): void {
    this.#buckets.clear();
    this.#secureNames.clear();
    this.#size = 0;
  }

  #matching(url: string, opts: CookieHeaderOptions): Entry[] | null {
    const req = this.#urls.parse(url);
    if (req === null) return null;
    const now = opts.now ?? this.#now();
    const http = opts.http !== false;
    const context = opts.sameSiteContext ?? 'same-site';
    const touch = opts.updateAccessTime !== false;
    const out: Entry[] = [];
    // §5.8.3: the host's own bucket, then each parent domain (domain cookies only).
    let domain = req.host;
    const ip = isIpAddress(domain);
    for (;;) {
      const bucket = this.#buckets.get(domain);
      if (bucket !== undefined)
        this.#collect(bucket, domain, domain === req.host, req, now, http, context, out);
      if (ip) break;
      const dot = domain.indexOf('.');
      if (dot === -1) break;
      domain = domain.slice(dot + 1);
    }
    if (out.length > 1) out.sort(compareEntries);
    if (touch) for (const e of out) e.c.lastAccessTime = now;
    return out;
  }

  #collect(
    bucket: Bucket,
    domain: string,
    isHost: boolean,
    req: RequestUrl,
    now: number,
    http: boolean,
    context: NonNullable<CookieHeaderOptions['sameSiteContext']>,
    out: Entry[],
  ): void {
    for (const [key, e] of bucket) {
      const c = e.c;
      if (c.expiresAt !== null && c.expiresAt <= now) {
        this.#remove(domain, bucket, key, e);
        continue;
      }
      if (c.hostOnly && !isHost) continue;
      if (!pathMatch(req.path, c.path)) continue;
      if (c.secure && !req.secure) continue;
      if (c.httpOnly && !http) continue;
      // §5.8.3 step 2: cross-site requests get SameSite=None only; a cross-site top-level
      // navigation ("lax") also gets Lax and default (Lax-by-default in today's browsers).
      if (context === 'cross-site' && c.sameSite !== 'none') continue;
      if (context === 'lax' && c.sameSite === 'strict') continue;
      out.push(e);
    }
  }

  /** §5.7 step 16: a Secure cookie with this name whose domain overlaps and whose path covers `path`. */
  #shadowsSecure(name: string, domain: string, path: string): boolean {
    if ((this.#secureNames.get(name) ?? 0) === 0) return false;
    for (const [d, bucket] of this.#buckets) {
      if (!domainMatch(d, domain) && !domainMatch(domain, d)) continue;
      for (const e of bucket.values()) {
        if (e.c.secure && e.c.name === name && pathMatch(path, e.c.path)) return true;
      }
    }
    return false;
  }

  #remove(domain: string, bucket: Bucket, key: string, e: Entry): void {
    bucket.delete(key);
    this.#size--;
    if (e.c.secure) this.#countSecure(e.c.name, -1);
    if (bucket.size === 0) this.#buckets.delete(domain);
  }

  #countSecure(name: string, delta: number): void {
    const n = (this.#secureNames.get(name) ?? 0) + delta;
    if (n <= 0) this.#secureNames.delete(name);
    else this.#secureNames.set(name, n);
  }

  /** Evicts expired cookies first, then the least recently accessed, `count` in all (amortised). */
  #evict(buckets: Bucket[], count: number, now: number): void {
    const all: { domain: string; bucket: Bucket; key: string; e: Entry }[] = [];
    for (const bucket of buckets) {
      for (const [key, e] of bucket) all.push({ domain: e.c.domain, bucket, key, e });
    }
    const rank = (x: Entry) => (x.c.expiresAt !== null && x.c.expiresAt <= now ? -1 : x.c.lastAccessTime);
    all.sort((x, y) => rank(x.e) - rank(y.e) || x.e.seq - y.e.seq);
    for (let i = 0; i < count && i < all.length; i++) {
      const v = all[i];
      if (v !== undefined) this.#remove(v.domain, v.bucket, v.key, v.e);
    }
  }
}

/** §5.8.3 step 2: longer paths first, then earlier creation (insertion order breaks ties). */
function compareEntries(x: Entry, y: Entry): number {
  return y.c.path.length - x.c.path.length || x.c.creationTime - y.c.creationTime || x.seq - y.seq;
}

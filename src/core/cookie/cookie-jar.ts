/**
 * A browser-like cookie store: RFC 6265bis §5.7 (storage model) and §5.8 (retrieval). Used to replay a
 * capture and explain what the browser did with each Set-Cookie. Indexed by cookie domain, so a
 * request looks only at the buckets of its host and the host's parent domains. Never throws.
 */
import { cookieLifetime } from './cookie-lifetime';
import { CookieStore, candidatePaths, type Entry } from './cookie-store';
import { defaultPath, isIpAddress } from './domain-path-match';
import { partitionKeyFor } from './partition-key';
import { createPublicSuffixLookup } from './public-suffix';
import { RequestUrlCache } from './request-url';
import { parseSetCookie } from './set-cookie-parser';
import { attributeRejection, cookieScope, storedCookie } from './storage-model-steps';
import type {
  CookieHeaderOptions,
  CookieJarOptions,
  PublicSuffixLookup,
  RejectCode,
  SetCookieOptions,
  SetCookieResult,
  StoredCookie,
} from './types';

/** A rejection result (a plain function: closures per call cost measurably in the replay). */
function rejected(reason: RejectCode, parsed: SetCookieResult['parsed']): SetCookieResult {
  return { outcome: 'rejected', reason, parsed };
}

export class CookieJar {
  readonly #now: () => number;
  readonly #psl: PublicSuffixLookup;
  readonly #rejectPublicSuffixes: boolean;
  readonly #urls = new RequestUrlCache();
  readonly #store = new CookieStore();

  constructor(options?: CookieJarOptions | null) {
    const opts = options ?? {};
    this.#now = opts.now ?? Date.now;
    this.#psl = opts.publicSuffix ?? createPublicSuffixLookup();
    this.#rejectPublicSuffixes = opts.rejectPublicSuffixes !== false;
  }

  /** Number of cookies held (expired ones may still count until the next access). */
  get size(): number {
    return this.#store.size;
  }

  /** True when some cookie is Partitioned (CHIPS): only then does `topLevelSite` change an answer. */
  get hasPartitioned(): boolean {
    return this.#store.partitionedCount > 0;
  }

  /** Stores one `Set-Cookie` header received on a response for `url` (RFC 6265bis §5.7). */
  setCookie(header: string, url: string, options?: SetCookieOptions | null): SetCookieResult {
    const opts = options ?? {};
    const parsed = parseSetCookie(header);
    if (!parsed.ok) return rejected(parsed.code, parsed);
    const req = this.#urls.parse(url);
    if (req === null) return rejected('invalid-url', parsed);
    const now = opts.now ?? this.#now();
    const a = parsed.attributes;
    // §5.7 step 8–10: Domain → host-only or domain cookie.
    const scope = cookieScope(a.domain, req, this.#rejectPublicSuffixes ? this.#psl : null);
    if (typeof scope === 'string') return rejected(scope, parsed);
    // §5.7 step 11: Path, else the default path.
    const path = a.path ?? defaultPath(req.path);
    const http = opts.http !== false;
    const ctx = { req, scope, path, http, sameSiteContext: opts.sameSiteContext, store: this.#store };
    // §5.7 step 13–21: Secure, HttpOnly, leave-secure-alone, SameSite, Partitioned, name prefixes.
    const refused = attributeRejection(parsed, ctx);
    if (refused !== null) return rejected(refused, parsed);
    // CHIPS: a Partitioned cookie lives in the partition of the top-level site it was set under.
    const partitionKey = a.partitioned
      ? partitionKeyFor(opts.topLevelSite, req, this.#urls, this.#psl)
      : null;
    const old = this.#store.get(scope.domain, path, parsed.name, scope.hostOnly, partitionKey);
    // §5.7 step 22: a non-HTTP API cannot replace an HttpOnly cookie.
    if (old !== undefined && !http && old.c.httpOnly)
      return rejected('overwrite-httponly-from-script', parsed);
    const lifetime = cookieLifetime(parsed, now);
    if (lifetime.kind === 'deletion') {
      // §5.7 step 23–24: inserted then removed as expired — the net effect is a deletion.
      if (old === undefined) return { outcome: 'ignored', parsed };
      this.#store.delete(old);
      return { outcome: 'deleted', cookie: { ...old.c }, parsed };
    }
    const cookie = storedCookie(parsed, ctx, partitionKey, lifetime, old, now);
    this.#store.put(cookie, old, now);
    return { outcome: old !== undefined ? 'replaced' : 'stored', cookie: { ...cookie }, parsed };
  }

  /**
   * The `Cookie` header a browser would send to `url` (RFC 6265bis §5.8.3), or null when no cookie
   * applies. Nameless cookies serialise as their value alone.
   */
  cookieHeader(url: string, opts?: CookieHeaderOptions | null): string | null {
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
  getCookies(url: string, opts?: CookieHeaderOptions | null): StoredCookie[] {
    const matches = this.#matching(url, opts);
    return matches === null ? [] : matches.map((e) => ({ ...e.c }));
  }

  /** Every live cookie, ordered by domain, then §5.8.3 order (copies). */
  cookies(now: number = this.#now()): StoredCookie[] {
    this.removeExpired(now);
    const out: StoredCookie[] = [];
    for (const domain of this.#store.domains().sort()) {
      for (const e of this.#store.entriesOf(domain).sort(compareEntries)) out.push({ ...e.c });
    }
    return out;
  }

  /** Removes expired cookies; returns how many. */
  removeExpired(now: number = this.#now()): number {
    let removed = 0;
    for (const e of this.#store.all()) {
      if (e.c.expiresAt !== null && e.c.expiresAt <= now) {
        this.#store.delete(e);
        removed++;
      }
    }
    return removed;
  }

  clear(): void {
    this.#store.clear();
  }

  #matching(url: string, options: CookieHeaderOptions | null | undefined): Entry[] | null {
    const opts = options ?? {};
    const req = this.#urls.parse(url);
    if (req === null) return null;
    const now = opts.now ?? this.#now();
    const http = opts.http !== false;
    const context = opts.sameSiteContext ?? 'same-site';
    // CHIPS: partitioned cookies go only to requests under the top-level site that set them. The key
    // is computed only when the jar holds partitioned cookies (URL parse + public-suffix lookup).
    const partitionKey =
      this.#store.partitionedCount > 0
        ? partitionKeyFor(opts.topLevelSite, req, this.#urls, this.#psl)
        : null;
    if (req.candidatePaths === undefined) req.candidatePaths = candidatePaths(req.path);
    const paths = req.candidatePaths;
    const out: Entry[] = [];
    let expired: Entry[] | null = null;
    // §5.8.3: the host's own bucket, then each parent domain (domain cookies only).
    let domain = req.host;
    const ip = isIpAddress(domain);
    for (let isHost = true; ; isHost = false) {
      const byPath = this.#store.pathsOf(domain);
      if (byPath !== undefined) {
        for (const p of paths) {
          const byName = byPath.get(p);
          if (byName === undefined) continue;
          for (const e of byName.values()) {
            const c = e.c;
            if (c.expiresAt !== null && c.expiresAt <= now) {
              if (expired === null) expired = [];
              expired.push(e);
              continue;
            }
            if (c.hostOnly && !isHost) continue;
            if (c.partitionKey !== null && c.partitionKey !== partitionKey) continue;
            if (c.secure && !req.secure) continue;
            if (c.httpOnly && !http) continue;
            // §5.8.3 step 2: cross-site requests get SameSite=None only; a cross-site top-level
            // navigation ("lax") also gets Lax and default (Lax-by-default in today's browsers).
            if (context === 'cross-site' && c.sameSite !== 'none') continue;
            if (context === 'lax' && c.sameSite === 'strict') continue;
            out.push(e);
          }
        }
      }
      if (ip) break;
      const dot = domain.indexOf('.');
      if (dot === -1) break;
      domain = domain.slice(dot + 1);
    }
    if (expired !== null) for (const e of expired) this.#store.delete(e);
    if (out.length > 1) out.sort(compareEntries);
    if (opts.updateAccessTime !== false) for (const e of out) e.c.lastAccessTime = now;
    return out;
  }
}

/** §5.8.3 step 2: longer paths first, then earlier creation (insertion order breaks ties). */
function compareEntries(x: Entry, y: Entry): number {
  return y.c.path.length - x.c.path.length || x.c.creationTime - y.c.creationTime || x.seq - y.seq;
}

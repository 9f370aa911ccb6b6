/**
 * What the jar would send to a URL (RFC 6265bis §5.8.3), memoised: a capture asks the same few
 * (URL path, SameSite context) questions thousands of times between two jar changes. An entry is valid
 * until a Set-Cookie changes a cookie its host can see, or one of its cookies expires.
 * Trade-offs: a cache hit does not refresh lastAccessTime in the jar, and an eviction (a domain over the
 * jar's cookie limit) is not seen until the next change on that host; both only matter past the jar's
 * limits, where a stale answer shows up as a `missing` mismatch, never as a finding.
 */
import type { CookieJar } from '../cookie/cookie-jar';
import type { SameSiteContext, StoredCookie } from '../cookie/types';
import type { TrackedCookie } from './flow-types';
import { cookieKey } from './tracked-cookies';

export interface Prediction {
  cookies: StoredCookie[];
  /** The tracked cookie of each predicted cookie (same index). */
  tracked: (TrackedCookie | undefined)[];
  /** Earliest expiry among `cookies` (epoch ms), Infinity when all are session cookies. */
  validUntil: number;
}

const MAX_ENTRIES = 512;
const MAX_HOSTS = 512;

function requestKey(url: string, context: SameSiteContext, topLevelSite: string): string {
  let end = url.length;
  for (let i = url.indexOf('//') + 2; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // "?" "#": the query and fragment do not take part in cookie matching.
    if (c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  // The top-level site selects the partitioned cookies (CHIPS), so it is part of the question.
  return `${context}\n${topLevelSite}\n${end === url.length ? url : url.slice(0, end)}`;
}

export class PredictionCache {
  /** Request host → (context + URL path) → prediction. */
  readonly #byHost = new Map<string, Map<string, Prediction>>();

  /**
   * Call after every Set-Cookie that stored, replaced or deleted a cookie of `domain`: only hosts that
   * domain-match it (RFC 6265bis §5.1.3) can see a different answer.
   */
  invalidate(domain: string): void {
    for (const host of this.#byHost.keys()) {
      if (host === domain || host.endsWith(`.${domain}`)) this.#byHost.delete(host);
    }
  }

  predict(
    jar: CookieJar,
    cookies: Map<string, TrackedCookie>,
    url: string,
    context: SameSiteContext,
    now: number,
    host: string,
    topLevelSite: string | null = null,
  ): Prediction {
    // The top-level site only matters once the jar holds partitioned cookies: before that, pages that
    // differ only in URL share one answer (storing one invalidates its domain's hosts, see above).
    const key = requestKey(url, context, jar.hasPartitioned ? (topLevelSite ?? '') : '');
    let entries = this.#byHost.get(host);
    const hit = entries?.get(key);
    if (hit !== undefined && now < hit.validUntil) return hit;
    const predicted = jar.getCookies(url, { sameSiteContext: context, now, topLevelSite });
    let validUntil = Number.POSITIVE_INFINITY;
    const tracked = predicted.map((p) => {
      if (p.expiresAt !== null && p.expiresAt < validUntil) validUntil = p.expiresAt;
      return cookies.get(cookieKey(p.name, p.domain, p.path, p.partitionKey));
    });
    const entry: Prediction = { cookies: predicted, tracked, validUntil };
    if (entries === undefined) {
      if (this.#byHost.size >= MAX_HOSTS) this.#byHost.clear();
      entries = new Map();
      this.#byHost.set(host, entries);
    }
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, entry);
    return entry;
  }
}

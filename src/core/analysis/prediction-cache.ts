/**
 * What the jar would send to a URL (RFC 6265bis §5.8.3), memoised: a capture asks the same few
 * (URL path, SameSite context) questions thousands of times between two jar changes. An entry is valid
 * while no Set-Cookie changed the jar (generation counter) and none of its cookies has expired.
 * Trade-off: a cache hit does not refresh lastAccessTime in the jar, which only matters for eviction
 * order once a domain holds more cookies than the jar's limit.
 */
import type { CookieJar } from '../cookie/cookie-jar';
import type { SameSiteContext, StoredCookie } from '../cookie/types';
import type { TrackedCookie } from './flow-types';
import { cookieKey } from './tracked-cookies';

export interface Prediction {
  cookies: StoredCookie[];
  /** The tracked cookie of each predicted cookie (same index). */
  tracked: (TrackedCookie | undefined)[];
  gen: number;
  /** Earliest expiry among `cookies` (epoch ms), Infinity when all are session cookies. */
  validUntil: number;
}

const MAX_ENTRIES = 2048;

function requestKey(url: string, context: SameSiteContext): string {
  let end = url.length;
  for (let i = url.indexOf('//') + 2; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // "?" "#": the query and fragment do not take part in cookie matching.
    if (c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  return `${context}\n${end === url.length ? url : url.slice(0, end)}`;
}

export class PredictionCache {
  #gen = 0;
  readonly #entries = new Map<string, Prediction>();

  /** Call after every Set-Cookie that stored, replaced or deleted a cookie. */
  invalidate(): void {
    this.#gen++;
    this.#entries.clear();
  }

  predict(
    jar: CookieJar,
    cookies: Map<string, TrackedCookie>,
    url: string,
    context: SameSiteContext,
    now: number,
  ): Prediction {
    const key = requestKey(url, context);
    const hit = this.#entries.get(key);
    if (hit !== undefined && hit.gen === this.#gen && now < hit.validUntil) return hit;
    const predicted = jar.getCookies(url, { sameSiteContext: context, now });
    let validUntil = Number.POSITIVE_INFINITY;
    const tracked = predicted.map((p) => {
      if (p.expiresAt !== null && p.expiresAt < validUntil) validUntil = p.expiresAt;
      return cookies.get(cookieKey(p.name, p.domain, p.path));
    });
    const entry: Prediction = { cookies: predicted, tracked, gen: this.#gen, validUntil };
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(key, entry);
    return entry;
  }
}

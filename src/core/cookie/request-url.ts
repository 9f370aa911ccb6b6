/**
 * The parts of a request URL the cookie algorithms need, parsed once and cached (a capture replays
 * the same few URLs thousands of times). Never throws: an unusable URL is `null`.
 */
import { isLoopbackHost } from './domain-path-match';

export interface RequestUrl {
  /** Canonical host (RFC 6265bis §5.1.2: lower-case, punycode — as WHATWG URL gives it). */
  host: string;
  /** The path without query or fragment, "/" when empty. */
  path: string;
  /** https/wss, or a loopback host ("potentially trustworthy"). */
  secure: boolean;
  /** The scheme is https or wss (a schemeful site's scheme is then "https"). */
  https: boolean;
  /** Filled by the jar on first use: the schemeful site, the CHIPS partition key of a top-level URL. */
  partitionKey?: string;
  /** Filled by the jar on first use: the cookie paths that can path-match `path`. */
  candidatePaths?: string[];
}

/** Cookies exist for these schemes only (browsers ignore Set-Cookie elsewhere). */
const COOKIE_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const MAX_URL_LENGTH = 64 * 1024;
const CACHE_LIMIT = 1024;

export class RequestUrlCache {
  #cache = new Map<string, RequestUrl | null>();

  #lastUrl = '';
  #last: RequestUrl | null = null;

  parse(url: string): RequestUrl | null {
    if (typeof url !== 'string') return null;
    // A replay asks for the same URL several times in a row (Cookie header, then each Set-Cookie).
    if (url === this.#lastUrl && this.#lastUrl !== '') return this.#last;
    const parsed = this.#lookup(url);
    this.#lastUrl = url;
    this.#last = parsed;
    return parsed;
  }

  #lookup(url: string): RequestUrl | null {
    // Cookies ignore query and fragment, and in http(s)/ws(s) URLs the first "?" or "#" always
    // ends the path (WHATWG URL), so `/a?x=1` and `/a?x=2` share one cache entry.
    const key = cacheKey(url);
    const hit = this.#cache.get(key);
    if (hit !== undefined) return hit;
    const parsed = parseRequestUrl(key);
    // Bounded: drop everything when full rather than track recency (cheap, and replays are local).
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(key, parsed);
    return parsed;
  }
}

function cacheKey(url: string): string {
  const q = url.indexOf('?');
  const h = url.indexOf('#');
  const cut = q === -1 ? h : h === -1 ? q : Math.min(q, h);
  return cut === -1 ? url : url.slice(0, cut);
}

export function parseRequestUrl(url: string): RequestUrl | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!COOKIE_SCHEMES.has(u.protocol) || u.hostname === '') return null;
  const host = u.hostname;
  const https = u.protocol === 'https:' || u.protocol === 'wss:';
  const secure = https || isLoopbackHost(host);
  return { host, path: u.pathname === '' ? '/' : u.pathname, secure, https };
}

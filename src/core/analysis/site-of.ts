/**
 * Sites (RFC 6265bis §5.2 "same-site"): the registrable domain from the Public Suffix List, via tldts.
 * Private suffixes count (github.io users are different sites). Hosts without one (localhost, IPs) are
 * their own site. Cached and bounded: a capture has few hosts but hostile input may have many.
 */
import { getDomain } from 'tldts';

const CACHE_LIMIT = 4096;
const cache = new Map<string, string>();

export function siteOfHost(host: string): string {
  const hit = cache.get(host);
  if (hit !== undefined) return hit;
  const h = host.startsWith('.') ? host.slice(1) : host;
  const site = getDomain(h, { allowPrivateDomains: true }) ?? h;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(host, site);
  return site;
}

/** Host of an http(s) URL without the cost of `new URL` on the hot path; null when there is none. */
export function hostOf(url: string): string | null {
  const start = url.indexOf('://');
  if (start < 0) return null;
  let end = url.length;
  for (let i = start + 3; i < url.length; i++) {
    const c = url.charCodeAt(i);
    // "/" "?" "#"
    if (c === 47 || c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  let authority = url.slice(start + 3, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    return close > 0 ? authority.slice(0, close + 1).toLowerCase() : null;
  }
  const colon = authority.indexOf(':');
  const host = (colon >= 0 ? authority.slice(0, colon) : authority).toLowerCase();
  return host === '' ? null : host;
}

export function siteOfUrl(url: string | null): string | null {
  if (url === null) return null;
  const host = hostOf(url);
  return host === null ? null : siteOfHost(host);
}

/** https and wss: the scheme, not "potentially trustworthy" (loopback http is still http for advice). */
export function isHttpsUrl(url: string): boolean {
  return url.startsWith('https:') || url.startsWith('wss:') || url.startsWith('HTTPS:');
}

/**
 * Rebuilds header strings from HAR `cookies` arrays, for captures (proxies, some exporters) that keep the
 * parsed cookies but not the raw headers. The result is an approximation: HAR 1.2 has no Max-Age,
 * Partitioned or Priority, and `expires` is already resolved — so callers mark it as reconstructed.
 */
import type { HarCookie } from './har-types';

export const MAX_COOKIES = 500;

function isCookie(c: unknown): c is HarCookie {
  return !!c && typeof (c as HarCookie).name === 'string' && typeof (c as HarCookie).value === 'string';
}

/** One `Set-Cookie` line from a HAR response cookie object. */
export function setCookieFromHarCookie(c: HarCookie): string {
  let out = `${c.name}=${c.value}`;
  if (typeof c.domain === 'string' && c.domain !== '') out += `; Domain=${c.domain}`;
  if (typeof c.path === 'string' && c.path !== '') out += `; Path=${c.path}`;
  if (typeof c.expires === 'string' && c.expires !== '') {
    const t = Date.parse(c.expires);
    // RFC 6265bis §5.1.1 reads the IMF-fixdate form that toUTCString produces.
    if (!Number.isNaN(t)) out += `; Expires=${new Date(t).toUTCString()}`;
  }
  if (c.secure === true) out += '; Secure';
  if (c.httpOnly === true) out += '; HttpOnly';
  if (typeof c.sameSite === 'string' && c.sameSite !== '') out += `; SameSite=${c.sameSite}`;
  return out;
}

/**
 * Attributes a HAR cookie object leaves unknown: HAR 1.2 makes `httpOnly` and `secure` optional (BrowserMob
 * omits them) and has no `sameSite` at all (Chrome adds it). A missing field is "not recorded", not
 * "absent" — the rebuilt line cannot say the server left the attribute out (RFC 6265bis §5.6).
 */
export function unknownHarAttributes(c: HarCookie): string[] {
  const out: string[] = [];
  if (typeof c.httpOnly !== 'boolean') out.push('HttpOnly');
  if (typeof c.secure !== 'boolean') out.push('Secure');
  if (typeof c.sameSite !== 'string' || c.sameSite === '') out.push('SameSite');
  return out;
}

/** The union of `unknownHarAttributes` over a `response.cookies` array, in a stable order. */
export function unknownAttributesFromHar(cookies: unknown): string[] {
  if (!Array.isArray(cookies)) return [];
  const seen = new Set<string>();
  for (const c of cookies.slice(0, MAX_COOKIES)) {
    if (isCookie(c)) for (const a of unknownHarAttributes(c)) seen.add(a);
  }
  return ['HttpOnly', 'Secure', 'SameSite'].filter((a) => seen.has(a));
}

/** Set-Cookie lines for every well-formed cookie object in a HAR `response.cookies` array. */
export function setCookiesFromHar(cookies: unknown): string[] {
  if (!Array.isArray(cookies)) return [];
  return cookies.slice(0, MAX_COOKIES).filter(isCookie).map(setCookieFromHarCookie);
}

/** A `Cookie` header from a HAR `request.cookies` array, or null when it holds none. */
export function cookieHeaderFromHar(cookies: unknown): string | null {
  if (!Array.isArray(cookies)) return null;
  const pairs = cookies
    .slice(0, MAX_COOKIES)
    .filter(isCookie)
    .map((c) => `${c.name}=${c.value}`);
  return pairs.length > 0 ? pairs.join('; ') : null;
}

/** True when the array holds at least one cookie object. */
export function hasHarCookies(cookies: unknown): boolean {
  return Array.isArray(cookies) && cookies.some(isCookie);
}

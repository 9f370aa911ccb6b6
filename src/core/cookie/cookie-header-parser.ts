/**
 * Parses a `Cookie` request header into ordered name/value pairs, the way servers and browsers
 * split it (RFC 6265bis §4.2 / §5.8.3): pairs separated by ";", split at the first "=", WSP trimmed.
 * Duplicates are kept (the browser sends one pair per matching cookie, most specific path first).
 * A pair without "=" is a nameless cookie (§5.8.3 serialises a nameless cookie as its value alone).
 * Linear, no regular expressions, never throws.
 *
 *   cookie-string = cookie-pair *( ";" SP cookie-pair )     (RFC 6265bis §4.2.1)
 *   cookie-pair   = cookie-name BWS "=" BWS cookie-value           (RFC 6265bis §4.1.1)
 */
import type { CookiePair } from './types';
import { isWsp, trimWsp } from './wsp';

/** Bound on pairs returned: browsers send far fewer (Chrome keeps at most 180 per domain). */
export const MAX_COOKIE_PAIRS = 10_000;

export function parseCookieHeader(header: string): CookiePair[] {
  if (typeof header !== 'string') return [];
  const len = header.length;
  if (header.indexOf(';') === -1) {
    // One pair, the usual header of a site with one cookie: an array of exactly its size.
    const only = pairAt(header, 0, header.indexOf('='), len);
    return only === null ? [] : [only];
  }
  const pairs: CookiePair[] = [];
  let pos = 0;
  let nextEq = -1;
  while (pos < len && pairs.length < MAX_COOKIE_PAIRS) {
    let end = header.indexOf(';', pos);
    if (end === -1) end = len;
    // The next "=" is cached: searching again from every ";" would be quadratic on "a;a;a;…;=".
    if (nextEq < pos) {
      nextEq = header.indexOf('=', pos);
      if (nextEq === -1) nextEq = len;
    }
    if (nextEq < end) {
      const name = trimWsp(header, pos, nextEq);
      const value = trimWsp(header, nextEq + 1, end);
      if (name !== '' || value !== '') pairs.push({ name, value });
    } else {
      const value = trimWsp(header, pos, end);
      if (value !== '') pairs.push({ name: '', value });
    }
    pos = end + 1;
  }
  return pairs;
}

/**
 * The pair in h[start, end) split at `eq` (-1: none, a nameless cookie), WSP-trimmed by index: the
 * usual unpadded pair costs a read at each end, not a trim call. Null when name and value are empty.
 */
function pairAt(h: string, start: number, eq: number, end: number): CookiePair | null {
  let ns = start;
  let ne = eq === -1 ? start : eq;
  let vs = eq === -1 ? start : eq + 1;
  let ve = end;
  if (ne > ns && (isWsp(h.charCodeAt(ns)) || isWsp(h.charCodeAt(ne - 1)))) {
    while (ns < ne && isWsp(h.charCodeAt(ns))) ns++;
    while (ne > ns && isWsp(h.charCodeAt(ne - 1))) ne--;
  }
  if (ve > vs && (isWsp(h.charCodeAt(vs)) || isWsp(h.charCodeAt(ve - 1)))) {
    while (vs < ve && isWsp(h.charCodeAt(vs))) vs++;
    while (ve > vs && isWsp(h.charCodeAt(ve - 1))) ve--;
  }
  if (ns === ne && vs === ve) return null;
  return { name: ns === ne ? '' : h.slice(ns, ne), value: h.slice(vs, ve) };
}

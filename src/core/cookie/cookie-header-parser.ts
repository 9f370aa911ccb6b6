/**
 * Parses a `Cookie` request header into ordered name/value pairs, the way servers and browsers
 * split it (RFC 6265bis §4.2 / §5.8.3): pairs separated by ";", split at the first "=", WSP trimmed.
 * Duplicates are kept (the browser sends one pair per matching cookie, most specific path first).
 * A pair without "=" is a nameless cookie (§5.8.3 serialises a nameless cookie as its value alone).
 * Linear, no regular expressions, never throws.
 */
import type { CookiePair } from './types';
import { trimWsp } from './wsp';

/** Bound on pairs returned: browsers send far fewer (Chrome keeps at most 180 per domain). */
export const MAX_COOKIE_PAIRS = 10_000;

export function parseCookieHeader(header: string): CookiePair[] {
  const pairs: CookiePair[] = [];
  if (typeof header !== 'string') return pairs;
  const len = header.length;
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
    const eq = nextEq < end ? nextEq : -1;
    if (eq === -1) {
      const value = trimWsp(header, pos, end);
      if (value !== '') pairs.push({ name: '', value });
    } else {
      const name = trimWsp(header, pos, eq);
      const value = trimWsp(header, eq + 1, end);
      if (name !== '' || value !== '') pairs.push({ name, value });
    }
    pos = end + 1;
  }
  return pairs;
}

/**
 * The attribute spellings nearly every server sends ("Secure", "HttpOnly", "Path=/", "Max-Age=3600",
 * "SameSite=Lax", an IMF-fixdate Expires), applied while reading the value where it starts: when the value is followed
 * directly by ";" or the end of the line, it is exactly the WSP-trimmed attribute-value of RFC
 * 6265bis §5.6 steps 3–5, short of the 1024-octet limit of step 6, so the general steps (a search for
 * the ";", trims, the size check, a call) would give the same result for more work. Anything else
 * answers -1 and takes those steps (set-cookie-attribute-list.ts).
 */
import { imfFixdateMs } from './imf-fixdate';
import {
  CAPITALISED,
  DOMAIN,
  EXPIRES,
  HTTPONLY,
  MAX_AGE,
  PARTITIONED,
  PATH,
  SAMESITE,
  SECURE,
} from './set-cookie-attributes';
import type { SameSite, SetCookieAttributes } from './types';

/** "Sun, 06 Nov 1994 08:49:37 GMT" */
const IMF_FIXDATE_LENGTH = 29;
/** Domain characters read here at most (a DNS name is at most 253): far under 1024 octets. */
const MAX_DOMAIN = 253;
/** Digits read here at most: far under the 1024 octets of step 6, and more than any real Max-Age. */
const MAX_DIGITS = 32;

/**
 * Applies attribute `id` whose name ends at `p` (WSP skipped), where `c` is h[p] ("=", ";" or -1 for
 * the end), if it has a usual spelling; returns where its cookie-av ends, or -1.
 */
export function applyUsualAttribute(
  id: number,
  h: string,
  p: number,
  c: number,
  a: SetCookieAttributes,
): number {
  if (c !== 0x3d) {
    // 4. No "=": the attribute-value is empty, which a flag ignores.
    if (id === SECURE) a.secure = true;
    else if (id === HTTPONLY) a.httpOnly = true;
    // CHIPS (draft-cutler-httpbis-partitioned-cookies): a flag.
    else if (id === PARTITIONED) a.partitioned = true;
    else return -1;
    return p;
  }
  const vs = p + 1;
  if (id === PATH) {
    // §5.6.4 with the value "/": the cookie-path is "/" (shared, not sliced).
    if (!endsAt(h, vs + 1) || h.charCodeAt(vs) !== 0x2f) return -1;
    a.path = '/';
    return vs + 1;
  }
  if (id === DOMAIN) return usualDomain(h, vs, a);
  if (id === MAX_AGE) return usualMaxAge(h, vs, a);
  if (id === EXPIRES) return usualExpires(h, vs, a);
  if (id === SAMESITE) return usualSameSite(h, vs, a);
  return -1;
}

/** h[i] ends a cookie-av: a ";" or the end of the line. Never reads past the end. */
function endsAt(h: string, i: number): boolean {
  return i === h.length || (i < h.length && h.charCodeAt(i) === 0x3b);
}

/**
 * §5.6.3 with a lower-case host name (one leading "." dropped), what servers send: sliced as it
 * stands, with no toLowerCase (which allocates a copy whatever it finds, ~30 ns on "example.com",
 * measured on Node 20). An upper-case letter, WSP, a CTL or a non-ASCII code unit takes the general
 * steps, so every character consumed here is %x21-7E.
 */
function usualDomain(h: string, vs: number, a: SetCookieAttributes): number {
  const start = vs < h.length && h.charCodeAt(vs) === 0x2e ? vs + 1 : vs;
  const stop = Math.min(h.length, start + MAX_DOMAIN);
  let i = start;
  for (; i < stop; i++) {
    const d = h.charCodeAt(i);
    if (d <= 0x20 || d >= 0x7f || d === 0x3b || (d >= 0x41 && d <= 0x5a)) break;
  }
  if (i === start || !endsAt(h, i)) return -1;
  a.domain = h.slice(start, i);
  return i;
}

/**
 * §5.6.2 "If the first character of the attribute-value is a DIGIT" … 1*DIGIT: the digits read once,
 * saturating like parseMaxAge. A negative Max-Age (rare: a deletion) takes the general steps.
 */
function usualMaxAge(h: string, vs: number, a: SetCookieAttributes): number {
  const stop = Math.min(h.length, vs + MAX_DIGITS);
  let n = 0;
  let i = vs;
  for (; i < stop; i++) {
    const d = h.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    if (n < 1e15) n = n * 10 + d;
  }
  if (i === vs || !endsAt(h, i)) return -1;
  a.maxAge = n;
  return i;
}

/**
 * §5.6.1 with an IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT", RFC 9110 §5.6.7), which is what
 * servers send: the 29 characters are the whole value when a ";" or the end follows. The date
 * algorithm's own fast path decides (cookie-date-cache.ts takes it first too); an invalid date is
 * a warning the general steps give.
 */
function usualExpires(h: string, vs: number, a: SetCookieAttributes): number {
  if (!endsAt(h, vs + IMF_FIXDATE_LENGTH)) return -1;
  const ms = imfFixdateMs(h, vs);
  if (ms === -1 || Number.isNaN(ms)) return -1;
  a.expires = new Date(ms);
  return vs + IMF_FIXDATE_LENGTH;
}

/**
 * §5.6.7 with "Lax", "Strict" or "None" in any case, kept as written in sameSiteRaw (the usual
 * spellings as shared constants, as sameSiteRawAt does). The first three characters, folded and
 * packed (ASCII only: a wider code unit would spill into its neighbour's byte), pick the one
 * candidate, and each character is read once: as three passes (letters, match, case) this was
 * ~9% of a Domain + flags parse (Node 20 profile). An unknown value takes the general steps, which
 * warn about it.
 */
function usualSameSite(h: string, vs: number, a: SetCookieAttributes): number {
  if (vs + 3 > h.length) return -1;
  const r0 = h.charCodeAt(vs);
  const r1 = h.charCodeAt(vs + 1);
  const r2 = h.charCodeAt(vs + 2);
  const three = (r0 | r1 | r2) < 0x80 ? ((r0 | 0x20) << 16) | ((r1 | 0x20) << 8) | (r2 | 0x20) : -1;
  // A matched letter differs from its capital in bit 0x20 only: is any after the first a capital?
  let capitals = ~(r1 & r2) & 0x20;
  let ve = -1;
  let value: SameSite = 'lax';
  if (three === 0x6c6178) {
    ve = vs + 3; // "lax"
  } else if (three === 0x6e6f6e && vs + 4 <= h.length) {
    const r3 = h.charCodeAt(vs + 3); // "non" "e"
    if ((r3 | 0x20) === 0x65) {
      ve = vs + 4;
      value = 'none';
      capitals |= ~r3 & 0x20;
    }
  } else if (three === 0x737472 && vs + 6 <= h.length) {
    const r3 = h.charCodeAt(vs + 3); // "str" "ict"
    const r4 = h.charCodeAt(vs + 4);
    const r5 = h.charCodeAt(vs + 5);
    if ((r3 | 0x20) === 0x69 && (r4 | 0x20) === 0x63 && (r5 | 0x20) === 0x74) {
      ve = vs + 6;
      value = 'strict';
      capitals |= ~(r3 & r4 & r5) & 0x20;
    }
  }
  if (ve === -1 || !endsAt(h, ve)) return -1;
  a.sameSite = value;
  a.sameSiteRaw = capitals !== 0 ? h.slice(vs, ve) : (r0 & 0x20) !== 0 ? value : CAPITALISED[value];
  return ve;
}

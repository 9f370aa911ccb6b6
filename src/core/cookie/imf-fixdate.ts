/**
 * Fast path of the cookie-date algorithm (RFC 6265bis §5.1.1) for the shapes nearly every server
 * sends: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §5.6.7) and its Netscape variant
 * "Sun, 06-Nov-1994 08:49:37 GMT". On that shape it gives the general algorithm's result (the weekday
 * token is ignored there too, unless it is a month prefix — then it falls back).
 */
import { daysInMonth, monthOf, utcMs } from './civil-date';

/** " " and "-" are both cookie-date delimiters: "06 Nov 1994" and "06-Nov-1994" tokenise alike. */
function isSpaceOrDash(c: number): boolean {
  return c === 0x20 || c === 0x2d;
}

/**
 * The 29 characters at text[p, p + 29) as epoch ms: -1 = not this shape (use the general algorithm),
 * NaN = this shape but not a valid date. Every character is matched, so a CTL is never accepted here.
 * One flat function with the digits read inline: as helpers (digitAt…) it was not inlined into the
 * Set-Cookie parser and cost ~200 ns per Expires, a quarter of parsing a typical header (measured).
 */
export function imfFixdateMs(t: string, p: number): number {
  // `| 0x20` folds exactly A-Z onto a-z; nothing else lands on a-z.
  const w0 = t.charCodeAt(p) | 0x20;
  const w1 = t.charCodeAt(p + 1) | 0x20;
  const w2 = t.charCodeAt(p + 2) | 0x20;
  if (w0 < 0x61 || w0 > 0x7a || w1 < 0x61 || w1 > 0x7a || w2 < 0x61 || w2 > 0x7a) return -1;
  if (
    t.charCodeAt(p + 3) !== 0x2c ||
    t.charCodeAt(p + 4) !== 0x20 ||
    !isSpaceOrDash(t.charCodeAt(p + 7)) ||
    !isSpaceOrDash(t.charCodeAt(p + 11)) ||
    t.charCodeAt(p + 16) !== 0x20 ||
    t.charCodeAt(p + 19) !== 0x3a ||
    t.charCodeAt(p + 22) !== 0x3a ||
    t.charCodeAt(p + 25) !== 0x20 ||
    t.charCodeAt(p + 26) !== 0x47 || // G
    t.charCodeAt(p + 27) !== 0x4d || // M
    t.charCodeAt(p + 28) !== 0x54 // T
  ) {
    return -1;
  }
  // A weekday token that is a month prefix ("Mar, …") is the month in the general algorithm.
  if (monthOf((w0 << 16) | (w1 << 8) | w2) !== -1) return -1;
  const m0 = t.charCodeAt(p + 8) | 0x20;
  const m1 = t.charCodeAt(p + 9) | 0x20;
  const m2 = t.charCodeAt(p + 10) | 0x20;
  // monthOf matches lower-case letters only, so non-letters (folded or not) never match.
  const month = monthOf((m0 << 16) | (m1 << 8) | m2);
  if (month === -1 || m0 > 0x7a || m1 > 0x7a || m2 > 0x7a) return -1;
  const d0 = t.charCodeAt(p + 5) - 0x30;
  const d1 = t.charCodeAt(p + 6) - 0x30;
  const y0 = t.charCodeAt(p + 12) - 0x30;
  const y1 = t.charCodeAt(p + 13) - 0x30;
  const y2 = t.charCodeAt(p + 14) - 0x30;
  const y3 = t.charCodeAt(p + 15) - 0x30;
  const h0 = t.charCodeAt(p + 17) - 0x30;
  const h1 = t.charCodeAt(p + 18) - 0x30;
  const n0 = t.charCodeAt(p + 20) - 0x30;
  const n1 = t.charCodeAt(p + 21) - 0x30;
  const s0 = t.charCodeAt(p + 23) - 0x30;
  const s1 = t.charCodeAt(p + 24) - 0x30;
  // `>>> 0` turns a negative (a character below "0") into a huge number: one compare per digit.
  if (
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    n0 >>> 0 > 9 ||
    n1 >>> 0 > 9 ||
    s0 >>> 0 > 9 ||
    s1 >>> 0 > 9
  ) {
    return -1;
  }
  const day = d0 * 10 + d1;
  let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  // §5.1.1 steps 3–4 apply to the value, not the digit count: "0000" is 2000, "0099" is 1999.
  if (year <= 69) year += 2000;
  else if (year <= 99) year += 1900;
  const hour = h0 * 10 + h1;
  const minute = n0 * 10 + n1;
  const second = s0 * 10 + s1;
  // §5.1.1 step 5–6: out-of-range fields and days that do not exist fail the whole date.
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (day > daysInMonth(year, month)) return Number.NaN;
  return utcMs(year, month, day, hour, minute, second);
}

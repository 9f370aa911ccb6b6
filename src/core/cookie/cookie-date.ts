/**
 * The cookie-date algorithm (RFC 6265bis §5.1.1, unchanged from RFC 6265 §5.1.1): browsers do not
 * parse HTTP dates with a grammar, they tokenise on delimiters and pick the first token that looks
 * like a time, a day, a month and a year. Linear: one pass over the input, no regular expressions.
 */
import { daysInMonth, monthOf, utcMs } from './civil-date';
import { imfFixdateMs } from './imf-fixdate';

/** Input over this many characters is not a date (an Expires value over 1024 bytes is ignored anyway). */
const MAX_DATE_LENGTH = 4096;

/**
 * RFC 6265bis §5.1.1: delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E.
 * Everything else (digits, ":", letters, CTLs, %x7F-FF and beyond) is a non-delimiter.
 */
function isDelimiter(c: number): boolean {
  return (
    c === 0x09 ||
    (c >= 0x20 && c <= 0x2f) ||
    (c >= 0x3b && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e)
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Counts the leading digits of text[pos, end) up to `max`, and requires the digit run to end there
 * (end of token or a non-digit: the `( non-digit *OCTET )` tail). Returns the count, or 0 when the
 * run is longer than `max`.
 */
function digitRun(text: string, pos: number, end: number, max: number): number {
  let n = 0;
  while (pos + n < end && isDigit(text.charCodeAt(pos + n))) {
    n++;
    if (n > max) return 0;
  }
  return n;
}

function numberAt(text: string, pos: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 10 + (text.charCodeAt(pos + i) - 0x30);
  return v;
}

/** Lower-cases an ASCII letter code. */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * Parses a cookie date (the Expires attribute). Returns null when the text is not a valid cookie date
 * (the Expires attribute is then ignored, RFC 6265bis §5.6.1). Never throws.
 */
export function parseCookieDate(text: string): Date | null {
  if (typeof text !== 'string' || text.length > MAX_DATE_LENGTH) return null;
  const ms = cookieDateMs(text, 0, text.length);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/**
 * The cookie-date algorithm on text[from, to), as epoch ms or NaN. Index-based: no token strings are
 * allocated (the Set-Cookie parser calls it on the header itself).
 */
export function cookieDateMs(text: string, from: number, to: number): number {
  if (to - from === 29) {
    const fast = imfFixdateMs(text, from);
    if (fast !== -1) return fast;
  }
  let hour = -1;
  let minute = -1;
  let second = -1;
  let day = -1;
  let month = -1;
  let year = -1;

  const len = to;
  let i = from;
  while (i < len) {
    while (i < len && isDelimiter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < len && !isDelimiter(text.charCodeAt(i))) i++;
    if (start === i) break;
    const end = i;
    // RFC 6265bis §5.1.1 step 2: the first matching production per token, in this order.
    if (hour === -1) {
      // hms-time = time-field ":" time-field ":" time-field; time-field = 1*2DIGIT.
      const n1 = digitRun(text, start, end, 2);
      if (n1 > 0 && text.charCodeAt(start + n1) === 0x3a) {
        const p2 = start + n1 + 1;
        const n2 = digitRun(text, p2, end, 2);
        if (n2 > 0 && text.charCodeAt(p2 + n2) === 0x3a) {
          const p3 = p2 + n2 + 1;
          const n3 = digitRun(text, p3, end, 2);
          if (n3 > 0) {
            hour = numberAt(text, start, n1);
            minute = numberAt(text, p2, n2);
            second = numberAt(text, p3, n3);
            continue;
          }
        }
      }
    }
    if (day === -1) {
      // day-of-month = 1*2DIGIT ( non-digit *OCTET )
      const n = digitRun(text, start, end, 2);
      if (n > 0) {
        day = numberAt(text, start, n);
        continue;
      }
    }
    if (month === -1 && end - start >= 3) {
      // month = ( "jan" / … / "dec" ) *OCTET, case-insensitive.
      const c0 = lower(text.charCodeAt(start));
      const c1 = lower(text.charCodeAt(start + 1));
      const c2 = lower(text.charCodeAt(start + 2));
      // Non-ASCII code units would overlap the packed bytes ("ja\u016e" packs like "jan").
      const m = (c0 | c1 | c2) > 0x7f ? -1 : monthOf((c0 << 16) | (c1 << 8) | c2);
      if (m !== -1) {
        month = m;
        continue;
      }
    }
    if (year === -1) {
      // year = 2*4DIGIT ( non-digit *OCTET )
      const n = digitRun(text, start, end, 4);
      if (n >= 2) year = numberAt(text, start, n);
    }
  }

  if (hour === -1 || day === -1 || month === -1 || year === -1) return Number.NaN;
  // §5.1.1 steps 3–4: two-digit years.
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  // §5.1.1 step 5: validity.
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  // §5.1.1 step 6: a date that does not exist (31 Feb) fails.
  if (day > daysInMonth(year, month)) return Number.NaN;
  return utcMs(year, month, day, hour, minute, second);
}

/**
 * The cookie-date algorithm (RFC 6265bis §5.1.1, unchanged from RFC 6265 §5.1.1): browsers do not
 * parse HTTP dates with a grammar, they tokenise on delimiters and pick the first token that looks
 * like a time, a day, a month and a year. Linear: one pass over the input, no regular expressions.
 */

/** Input over this many characters is not a date (an Expires value over 1024 bytes is ignored anyway). */
const MAX_DATE_LENGTH = 4096;

/** Month index of a lower-cased three-letter prefix packed as (c0 << 16 | c1 << 8 | c2), or -1. */
function monthOf(key: number): number {
  // A switch over constants compiles to a jump search: cheaper than a Map lookup per token (measured).
  switch (key) {
    case 0x6a616e: // jan
      return 0;
    case 0x666562: // feb
      return 1;
    case 0x6d6172: // mar
      return 2;
    case 0x617072: // apr
      return 3;
    case 0x6d6179: // may
      return 4;
    case 0x6a756e: // jun
      return 5;
    case 0x6a756c: // jul
      return 6;
    case 0x617567: // aug
      return 7;
    case 0x736570: // sep
      return 8;
    case 0x6f6374: // oct
      return 9;
    case 0x6e6f76: // nov
      return 10;
    case 0x646563: // dec
      return 11;
    default:
      return -1;
  }
}

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
      const key =
        (lower(text.charCodeAt(start)) << 16) |
        (lower(text.charCodeAt(start + 1)) << 8) |
        lower(text.charCodeAt(start + 2));
      const m = monthOf(key);
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

function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 0x30;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/** " " and "-" are both cookie-date delimiters: "06 Nov 1994" and "06-Nov-1994" tokenise alike. */
function isSpaceOrDash(c: number): boolean {
  return c === 0x20 || c === 0x2d;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Fast path for the shapes nearly every server sends, IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT"
 * (RFC 9110 §5.6.7) and its Netscape variant "Sun, 06-Nov-1994 08:49:37 GMT": same result as the general algorithm on that shape (the weekday token is
 * ignored there too, unless it is a month prefix — then we fall back). -1 = not this shape, NaN =
 * this shape but invalid. Measured: about 3x faster than tokenising.
 */
function imfFixdateMs(t: string, p: number): number {
  const c0 = t.charCodeAt(p);
  const c1 = t.charCodeAt(p + 1);
  const c2 = t.charCodeAt(p + 2);
  if (!isLetter(c0) || !isLetter(c1) || !isLetter(c2)) return -1;
  if (monthOf((lower(c0) << 16) | (lower(c1) << 8) | lower(c2)) !== -1) return -1;
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
  const month = monthOf(
    (lower(t.charCodeAt(p + 8)) << 16) | (lower(t.charCodeAt(p + 9)) << 8) | lower(t.charCodeAt(p + 10)),
  );
  if (month === -1) return -1;
  const day = digitAt(t, p + 5) * 10 + digitAt(t, p + 6);
  const year =
    digitAt(t, p + 12) * 1000 + digitAt(t, p + 13) * 100 + digitAt(t, p + 14) * 10 + digitAt(t, p + 15);
  const hour = digitAt(t, p + 17) * 10 + digitAt(t, p + 18);
  const minute = digitAt(t, p + 20) * 10 + digitAt(t, p + 21);
  const second = digitAt(t, p + 23) * 10 + digitAt(t, p + 24);
  if (day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) return -1;
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (day > daysInMonth(year, month)) return Number.NaN;
  return utcMs(year, month, day, hour, minute, second);
}

/**
 * Date.UTC for validated fields (years 1601–9999), by Howard Hinnant's days-from-civil algorithm:
 * plain arithmetic, measurably cheaper than the Date.UTC builtin in the parser's hot path.
 */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const y = month < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const m = month + 1;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000;
}

/**
 * The cookie-date algorithm (RFC 6265bis §5.1.1, unchanged from RFC 6265 §5.1.1): browsers do not
 * parse HTTP dates with a grammar, they tokenise on delimiters and pick the first token that looks
 * like a time, a day, a month and a year. Linear: one pass over the input, no regular expressions.
 */

/** Input over this many characters is not a date (an Expires value over 1024 bytes is ignored anyway). */
const MAX_DATE_LENGTH = 4096;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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

/** Reads 1..max leading digits at `pos`; returns [value, digitsRead]. */
function readDigits(token: string, pos: number, max: number): [number, number] {
  let value = 0;
  let n = 0;
  while (n < max && pos + n < token.length && isDigit(token.charCodeAt(pos + n))) {
    value = value * 10 + (token.charCodeAt(pos + n) - 0x30);
    n++;
  }
  return [value, n];
}

/** The digits must be followed by the end of the token or a non-digit (`( non-digit *OCTET )`). */
function endsDigitRun(token: string, pos: number): boolean {
  return pos >= token.length || !isDigit(token.charCodeAt(pos));
}

/** hms-time = time-field ":" time-field ":" time-field; time-field = 1*2DIGIT. */
function parseTime(token: string): [number, number, number] | null {
  const parts: number[] = [];
  let pos = 0;
  for (let i = 0; i < 3; i++) {
    const [v, n] = readDigits(token, pos, 2);
    if (n === 0) return null;
    pos += n;
    parts.push(v);
    if (i < 2) {
      if (token.charCodeAt(pos) !== 0x3a) return null;
      pos++;
    }
  }
  if (!endsDigitRun(token, pos)) return null;
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

/** day-of-month = 1*2DIGIT ( non-digit *OCTET ); year = 2*4DIGIT ( non-digit *OCTET ). */
function parseNumber(token: string, min: number, max: number): number | null {
  const [v, n] = readDigits(token, 0, max);
  if (n < min || !endsDigitRun(token, n)) return null;
  return v;
}

/** month = ( "jan" / … / "dec" ) *OCTET, case-insensitive. */
function parseMonth(token: string): number | null {
  if (token.length < 3) return null;
  const prefix = token.slice(0, 3).toLowerCase();
  const index = MONTHS.indexOf(prefix);
  return index === -1 ? null : index;
}

/**
 * Parses a cookie date (the Expires attribute). Returns null when the text is not a valid cookie date
 * (the Expires attribute is then ignored, RFC 6265bis §5.6.1). Never throws.
 */
export function parseCookieDate(text: string): Date | null {
  if (typeof text !== 'string' || text.length > MAX_DATE_LENGTH) return null;
  let time: [number, number, number] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;

  const len = text.length;
  let i = 0;
  while (i < len) {
    while (i < len && isDelimiter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < len && !isDelimiter(text.charCodeAt(i))) i++;
    if (start === i) break;
    const token = text.slice(start, i);
    // RFC 6265bis §5.1.1 step 2: the first matching production per token, in this order.
    if (time === null) {
      const t = parseTime(token);
      if (t !== null) {
        time = t;
        continue;
      }
    }
    if (day === null) {
      const d = parseNumber(token, 1, 2);
      if (d !== null) {
        day = d;
        continue;
      }
    }
    if (month === null) {
      const m = parseMonth(token);
      if (m !== null) {
        month = m;
        continue;
      }
    }
    if (year === null) {
      const y = parseNumber(token, 2, 4);
      if (y !== null) year = y;
    }
  }

  if (time === null || day === null || month === null || year === null) return null;
  // §5.1.1 steps 3–4: two-digit years.
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  // §5.1.1 step 5: validity.
  const [hour, minute, second] = time;
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month, day, hour, minute, second);
  const date = new Date(ms);
  // §5.1.1 step 6: a date that does not exist (31 Feb) fails.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null;
  return date;
}

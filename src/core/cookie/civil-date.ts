/**
 * Calendar arithmetic shared by the cookie-date algorithm (RFC 6265bis §5.1.1) and its IMF-fixdate
 * fast path: month names, month lengths, and epoch milliseconds of validated fields.
 */

/** Month index of a lower-cased three-letter prefix packed as (c0 << 16 | c1 << 8 | c2), or -1. */
export function monthOf(key: number): number {
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

/** Days in a month (0-based) of the proleptic Gregorian calendar (§5.1.1 step 6 rejects 31 Feb). */
export function daysInMonth(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

/**
 * Date.UTC for validated fields (years 1601–9999), by Howard Hinnant's days-from-civil algorithm:
 * plain arithmetic, measurably cheaper than the Date.UTC builtin in the parser's hot path.
 */
export function utcMs(
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

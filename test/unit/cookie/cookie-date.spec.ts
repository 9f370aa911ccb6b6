import { describe, expect, it } from 'vitest';
import { parseCookieDate } from '../../../src/core/cookie/cookie-date.ts';

const iso = (s: string) => parseCookieDate(s)?.toISOString() ?? null;

describe('parseCookieDate (RFC 6265bis §5.1.1)', () => {
  it('parses the common formats', () => {
    expect(iso('Wed, 21 Oct 2037 07:28:00 GMT')).toBe('2037-10-21T07:28:00.000Z');
    expect(iso('Wednesday, 21-Oct-37 07:28:00 GMT')).toBe('2037-10-21T07:28:00.000Z');
    expect(iso('Wed Oct 21 07:28:00 2037')).toBe('2037-10-21T07:28:00.000Z');
  });

  it('maps two-digit years: 70-99 → 19xx, 00-69 → 20xx', () => {
    expect(iso('1 Jan 70 00:00:00')).toBe('1970-01-01T00:00:00.000Z');
    expect(iso('1 Jan 69 00:00:00')).toBe('2069-01-01T00:00:00.000Z');
  });

  it('rejects missing parts and out-of-range fields', () => {
    expect(iso('21 Oct 2037')).toBeNull();
    expect(iso('Oct 2037 07:28:00')).toBeNull();
    expect(iso('32 Oct 2037 07:28:00')).toBeNull();
    expect(iso('21 Oct 1600 07:28:00')).toBeNull();
    expect(iso('21 Oct 2037 24:00:00')).toBeNull();
    expect(iso('21 Oct 2037 07:60:00')).toBeNull();
    expect(iso('31 Feb 2037 07:28:00')).toBeNull();
    expect(iso('')).toBeNull();
  });

  it('uses the first token matching each production', () => {
    // "12" is taken as the day, then "2037" as the year; the later "5" is not a second day.
    expect(iso('12 Jan 2037 5 10:00:00')).toBe('2037-01-12T10:00:00.000Z');
    expect(iso('Jan-12-2037 10:00:00xyz')).toBe('2037-01-12T10:00:00.000Z');
  });

  it('never throws on hostile input', () => {
    expect(parseCookieDate('\x00'.repeat(10_000))).toBeNull();
    expect(parseCookieDate(null as unknown as string)).toBeNull();
  });
});

describe('IMF-fixdate fast path', () => {
  it('agrees with the general algorithm (a leading space forces the general path)', () => {
    const rand = (n: number) => Math.floor(Math.random() * n);
    const words = ['Sun', 'Mon', 'Jan', 'Dec', 'xyz', 'S1n', 'NOV', 'feb'];
    for (let i = 0; i < 5000; i++) {
      const two = (n: number) => String(rand(n)).padStart(2, '0');
      const sep = () => (rand(2) === 0 ? ' ' : '-');
      const s = `${words[rand(words.length)]}, ${two(40)}${sep()}${words[rand(words.length)]}${sep()}${1500 + rand(600)} ${two(30)}:${two(70)}:${two(70)} GMT`;
      expect(s).toHaveLength(29);
      expect(iso(s)).toBe(iso(` ${s}`));
    }
  });
});

describe('date arithmetic', () => {
  it('matches Date.UTC across the valid range', () => {
    for (let i = 0; i < 20_000; i++) {
      const y = 1601 + Math.floor(Math.random() * 8399);
      const mo = Math.floor(Math.random() * 12);
      const d = 1 + Math.floor(Math.random() * 28);
      const text = `${d} ${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][mo]} ${y} 13:14:15`;
      expect(parseCookieDate(text)?.getTime()).toBe(Date.UTC(y, mo, d, 13, 14, 15));
    }
    expect(iso('29 Feb 2000 00:00:00')).toBe('2000-02-29T00:00:00.000Z');
    expect(iso('29 Feb 1900 00:00:00')).toBeNull();
    expect(iso('31 Dec 9999 23:59:59')).toBe('9999-12-31T23:59:59.000Z');
  });
});

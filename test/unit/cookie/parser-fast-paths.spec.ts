import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieDateMs, parseCookieDate } from '../../../src/core/cookie/cookie-date.ts';
import { cachedCookieDateMs } from '../../../src/core/cookie/cookie-date-cache.ts';
import { imfFixdateMs } from '../../../src/core/cookie/imf-fixdate.ts';
import * as attribute from '../../../src/core/cookie/set-cookie-attributes.ts';
import { parseSetCookie } from '../../../src/core/cookie/set-cookie-parser.ts';

/** The general §5.1.1 tokeniser on the same text: a leading delimiter makes it skip the fast path. */
const general = (s: string) => cookieDateMs(` ${s}`, 0, s.length + 1);

/** IMF-fixdate-shaped text, each character drawn from what it should be or from hostile look-alikes. */
const imfLike = fc
  .tuple(
    fc.constantFrom('Sun', 'mon', 'TUE', 'Mar', 'jan', 'x1z', 'S\u016en', 'Wed'),
    fc.constantFrom(', ', ',-', ' ,'),
    fc.constantFrom('06', '31', '00', '1a', '9/', '29'),
    fc.constantFrom(' ', '-', '/'),
    fc.constantFrom('Nov', 'feb', 'DEC', 'Foo', 'ja\u016e', 'J@N', 'j\u0161n'),
    fc.constantFrom(' ', '-'),
    fc.constantFrom('1994', '2024', '1600', '0000', '99:9', '2100'),
    fc.constantFrom(' 08:49:37', ' 23:59:59', ' 24:00:00', ' 08:60:00', ' 0a:49:37', '-08:49:37'),
    fc.constantFrom(' GMT', ' gmt', ' GMX', '\x01GMT'),
  )
  .map((parts) => parts.join(''));

describe('IMF-fixdate fast path (RFC 6265bis §5.1.1)', () => {
  it('agrees with the general algorithm whenever it answers', () => {
    fc.assert(
      fc.property(imfLike, (s) => {
        const fast = imfFixdateMs(s, 0);
        if (fast !== -1) expect(fast).toEqual(general(s));
        expect(cookieDateMs(s, 0, s.length)).toEqual(general(s));
      }),
      { numRuns: 10_000 },
    );
  });

  it('answers the common shapes and leaves the others to the tokeniser', () => {
    expect(imfFixdateMs('Sun, 06 Nov 1994 08:49:37 GMT', 0)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(imfFixdateMs('Sun, 06-Nov-1994 08:49:37 GMT', 0)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(imfFixdateMs('Sun, 31 Feb 1994 08:49:37 GMT', 0)).toBeNaN();
    // A weekday that is a month prefix is the month for the tokeniser: not this shape.
    expect(imfFixdateMs('Mar, 06 Nov 1994 08:49:37 GMT', 0)).toBe(-1);
    expect(imfFixdateMs('Sun, 06 Nov 1994 08:49:37 GMX', 0)).toBe(-1);
  });

  it('does not read a non-ASCII code unit as part of a month name', () => {
    // "\u016e" packed as a byte would overlap "n": "ja\u016e" must not be January.
    expect(parseCookieDate('06 ja\u016e 1994 08:49:37')).toBeNull();
    expect(parseCookieDate('Sun, 06 ja\u016e 1994 08:49:37 GMT')).toBeNull();
    expect(parseCookieDate('06 jan\u016e 1994 08:49:37')?.toISOString()).toBe('1994-01-06T08:49:37.000Z');
  });
});

describe('Expires memo', () => {
  it('gives the same answer as parsing, hit or miss, for any text and range', () => {
    fc.assert(
      fc.property(fc.oneof(imfLike, fc.string({ maxLength: 80 })), fc.nat(5), (s, pad) => {
        const text = `${'x'.repeat(pad)}${s};`;
        const from = pad;
        const to = pad + s.length;
        const expected = cookieDateMs(text, from, to);
        expect(cachedCookieDateMs(text, from, to)).toEqual(expected);
        expect(cachedCookieDateMs(text, from, to)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('stays correct past its bound (many distinct dates)', () => {
    for (let i = 0; i < 2000; i++) {
      const d = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toUTCString();
      expect(cachedCookieDateMs(d, 0, d.length)).toBe(Date.UTC(2000, 0, 1) + i * 86_400_000);
    }
  });
});

describe('attribute names (RFC 6265bis §5.6, case-insensitive)', () => {
  const id = (s: string) => attribute.attributeIdAt(s, 0, s.length);

  it('recognises every known name in any case', () => {
    const names: [string, number][] = [
      ['expires', attribute.EXPIRES],
      ['max-age', attribute.MAX_AGE],
      ['domain', attribute.DOMAIN],
      ['path', attribute.PATH],
      ['secure', attribute.SECURE],
      ['httponly', attribute.HTTPONLY],
      ['samesite', attribute.SAMESITE],
      ['partitioned', attribute.PARTITIONED],
      ['priority', attribute.PRIORITY],
    ];
    for (const [name, want] of names) {
      expect(id(name)).toBe(want);
      expect(id(name.toUpperCase())).toBe(want);
      expect(id(name.replace(/^./, (c) => c.toUpperCase()))).toBe(want);
    }
  });

  it('rejects near misses, folded non-letters and non-ASCII look-alikes', () => {
    for (const s of [
      'pat',
      'paths',
      'secur',
      'securf',
      'max_age',
      'max\rage',
      'MAX\rAGE',
      'p@th',
      'pa\u0174h',
    ]) {
      expect(id(s)).toBe(0);
    }
    // "\u0170" has "p" (0x70) as its low byte: only a full 16-bit compare tells them apart.
    expect(id('\u0170ath')).toBe(0);
    expect(id('path\u0000')).toBe(0);
  });

  it('a CR inside a name still rejects the header (§5.6 step 1)', () => {
    const r = parseSetCookie('a=b; Max\rAge=5');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('control-characters');
  });
});

describe('SameSite spelling', () => {
  const raw = (s: string) => {
    const r = parseSetCookie(`a=b; SameSite=${s}`);
    return r.ok ? [r.attributes.sameSite, r.attributes.sameSiteRaw] : null;
  };

  it('keeps the value as written, sharing the usual spellings', () => {
    expect(raw('Lax')).toEqual(['lax', 'Lax']);
    expect(raw('lax')).toEqual(['lax', 'lax']);
    expect(raw('LAX')).toEqual(['lax', 'LAX']);
    expect(raw('lAx')).toEqual(['lax', 'lAx']);
    expect(raw('Strict')).toEqual(['strict', 'Strict']);
    expect(raw('NONE')).toEqual(['none', 'NONE']);
    expect(raw('Laxx')).toEqual([null, 'Laxx']);
    expect(raw('No ne')).toEqual([null, 'No ne']);
    expect(attribute.sameSiteRawAt('x=None', 2, 6, 'none')).toBe('None');
  });
});

describe('IMF-fixdate years below 100 (RFC 6265bis §5.1.1 steps 3–4 map the value)', () => {
  it('maps "0000" and "0099" like the tokeniser does', () => {
    expect(imfFixdateMs('Sun, 06 Nov 0000 08:49:37 GMT', 0)).toBe(Date.UTC(2000, 10, 6, 8, 49, 37));
    expect(imfFixdateMs('Sat, 06 Nov 0099 08:49:37 GMT', 0)).toBe(Date.UTC(1999, 10, 6, 8, 49, 37));
    expect(imfFixdateMs('Sat, 06 Nov 0100 08:49:37 GMT', 0)).toBeNaN();
  });
});

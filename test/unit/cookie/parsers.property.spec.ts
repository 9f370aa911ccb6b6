import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCookieDate } from '../../../src/core/cookie/cookie-date.ts';
import { parseCookieHeader } from '../../../src/core/cookie/cookie-header-parser.ts';
import { parseSetCookie } from '../../../src/core/cookie/set-cookie-parser.ts';

/** Strings biased towards the characters that matter: separators, CTLs, WSP, non-ASCII. */
const hostile = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({
    maxLength: 300,
    unit: fc.constantFrom(';', '=', ' ', '\t', '\x00', '\r', '\n', '\x7f', 'a', 'é', '"', ','),
  }),
  fc.string({ maxLength: 200 }).map((s) => `${s}; Max-Age=${s}; Expires=${s}; SameSite=${s}; Domain=${s}`),
);

describe('parsers never throw (fast-check)', () => {
  it('parseSetCookie returns ok or an error value, with the header as raw', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const r = parseSetCookie(s);
        expect(r.raw).toBe(s);
        if (r.ok) expect(r.name.length + r.value.length).toBeGreaterThan(0);
        else expect(typeof r.code).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('parseCookieHeader and parseCookieDate never throw', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(Array.isArray(parseCookieHeader(s))).toBe(true);
        const d = parseCookieDate(s);
        expect(d === null || !Number.isNaN(d.getTime())).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles huge inputs and control characters', () => {
    const huge = `a=${'x'.repeat(2_000_000)}`;
    expect(parseSetCookie(huge).ok).toBe(false);
    expect(parseSetCookie(`a=b${'; x'.repeat(200_000)}`).ok).toBe(true);
    expect(parseCookieHeader('a=b;'.repeat(100_000)).length).toBe(10_000);
    expect(parseCookieDate('1'.repeat(1_000_000))).toBeNull();
    expect(parseSetCookie(`a=b\x00${'c'.repeat(100_000)}`).ok).toBe(false);
    const late = parseSetCookie(`a=${'c'.repeat(1_000_000)}\x01`);
    expect(late.ok ? 'ok' : late.message).toBe('control character 0x01 at offset 1000002');
  });
});

/** Cookie parts a server could legitimately send: no CTL, no ";", no leading/trailing WSP, no "=" in names. */
const token = fc.string({
  minLength: 1,
  maxLength: 30,
  unit: fc.constantFrom(...'abcXYZ019_-.!#$%&*+^`|~'.split('')),
});
const valueText = fc.string({
  maxLength: 60,
  unit: fc.constantFrom(...'abcXYZ019_-.=!#$%&*+/:?@[]{}"'.split('')),
});

describe('round trip (fast-check)', () => {
  it('a cookie serialised from parsed parts parses back to the same parts', () => {
    fc.assert(
      fc.property(
        token,
        valueText,
        fc.record({
          maxAge: fc.option(fc.integer({ min: -1000, max: 1e9 }), { nil: null }),
          expires: fc.option(fc.integer({ min: Date.UTC(1601, 0, 1), max: Date.UTC(9999, 11, 31) }), {
            nil: null,
          }),
          domain: fc.option(fc.constantFrom('example.com', 'a.b.example.org', 'localhost'), { nil: null }),
          path: fc.option(fc.constantFrom('/', '/a', '/a/b/'), { nil: null }),
          secure: fc.boolean(),
          httpOnly: fc.boolean(),
          sameSite: fc.constantFrom('strict', 'lax', 'none', null),
          partitioned: fc.boolean(),
          priority: fc.constantFrom('low', 'medium', 'high', null),
        }),
        (name, value, a) => {
          const expires = a.expires === null ? null : new Date(Math.floor(a.expires / 1000) * 1000);
          let h = `${name}=${value}`;
          if (a.maxAge !== null) h += `; Max-Age=${a.maxAge}`;
          if (expires !== null) h += `; Expires=${expires.toUTCString()}`;
          if (a.domain !== null) h += `; Domain=${a.domain}`;
          if (a.path !== null) h += `; Path=${a.path}`;
          if (a.secure) h += '; Secure';
          if (a.httpOnly) h += '; HttpOnly';
          if (a.sameSite !== null) h += `; SameSite=${a.sameSite}`;
          if (a.partitioned) h += '; Partitioned';
          if (a.priority !== null) h += `; Priority=${a.priority}`;
          const r = parseSetCookie(h);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.name).toBe(name);
          expect(r.value).toBe(value);
          expect({ ...r.attributes, sameSiteRaw: null }).toEqual({ ...a, expires, sameSiteRaw: null });
          expect(r.warnings).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a Cookie header joined from pairs splits back to the same pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(token, valueText), { maxLength: 20 }), (pairs) => {
        const header = pairs.map(([n, v]) => `${n}=${v}`).join('; ');
        expect(parseCookieHeader(header)).toEqual(pairs.map(([name, value]) => ({ name, value })));
      }),
    );
  });
});

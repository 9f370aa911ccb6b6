import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findControlCharacter } from '../../../src/core/cookie/control-characters.ts';
import { parseCookieHeader } from '../../../src/core/cookie/cookie-header-parser.ts';
import { parseSetCookie } from '../../../src/core/cookie/set-cookie-parser.ts';
import {
  referenceFindCtl,
  referenceParseCookieHeader,
  referenceParseSetCookie,
} from './reference-parsers.ts';

/** Attribute names as servers and attackers spell them: every case, near misses, padding. */
const attrName = fc.constantFrom(
  'Path',
  'path',
  'PATH',
  'Domain',
  'domain',
  'Secure',
  'secure',
  'HttpOnly',
  'httponly',
  'HTTPONLY',
  'SameSite',
  'samesite',
  'Max-Age',
  'max-age',
  'Expires',
  'expires',
  'Partitioned',
  'Priority',
  'priority',
  'Pat',
  'Paths',
  'Max_Age',
  'Secure\u0130',
  'S\u0065cure',
  'Domaim',
  'x',
  '',
  ' Path',
  'Path ',
  '\tSecure\t',
);
const attrValue = fc.oneof(
  fc.constantFrom(
    '/',
    '/a/b',
    'a',
    '',
    ' / ',
    'Lax',
    'lax',
    'STRICT',
    'None',
    'Laxx',
    'Low',
    'HIGH',
    'Medium',
    '60',
    '-1',
    '-0',
    '+5',
    '0x10',
    '99999999999999999999',
    '.Example.COM',
    '.',
    'ex\u00e4mple.com',
    'Wed, 21 Oct 2026 07:28:00 GMT',
    'Wed, 21-Oct-2026 07:28:00 GMT',
    'Mar, 21 Oct 2026 07:28:00 GMT',
    'Sun, 31 Feb 2027 07:28:00 GMT',
    '21 Oct 2026 07:28:00',
    'a=b',
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Strict',
    'nOnE',
    'Lax ',
    ' Lax',
    'L ax',
    'Lax!',
    '60 ',
    ' 60',
    '6 0',
    '60x',
    '0',
    '-',
    '007',
    '1e3',
  ),
  fc.constantFrom(
    'Wed, 21 Oct 2026 07:28:00 GMT ',
    'Wed, 21 Oct 2026 07:28:00 GMTx',
    'Wed,21 Oct 2026 07:28:00 GMT',
  ),
  // Around the 1024-byte attribute-value limit, in ASCII, in digits and in 2-byte UTF-8.
  fc.integer({ min: 1020, max: 1030 }).map((n) => 'v'.repeat(n)),
  fc.integer({ min: 20, max: 40 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 1022, max: 1026 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 510, max: 514 }).map((n) => '\u00e9'.repeat(n)),
);
const wsp = fc.constantFrom('', ' ', '  ', '\t', ' \t ');
const attribute = fc
  .tuple(wsp, attrName, wsp, fc.boolean(), wsp, attrValue, wsp)
  .map(([a, n, b, hasEq, c, v, d]) => (hasEq ? `${a}${n}${b}=${c}${v}${d}` : `${a}${n}${b}`));
const pairText = fc.oneof(
  fc.constantFrom('sid=abc', 'a=b', '=b', 'foo', '', ' ', '=', ' a = b ', 'a="b=c"', '\u00e9=\u00e9'),
  fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 60 })).map(([n, v]) => `${n}=${v}`),
  fc.integer({ min: 4090, max: 4100 }).map((n) => `a=${'x'.repeat(n - 2)}`),
  fc.integer({ min: 2045, max: 2050 }).map((n) => `a=${'\u00e9'.repeat(n)}`),
);
const setCookieLine = fc
  .tuple(pairText, fc.array(attribute, { maxLength: 12 }), fc.constantFrom('', ';', '; ', ';;'))
  .map(([p, avs, tail]) => [p, ...avs].join(';') + tail);
/** Characters that matter to a scanner, and every other code unit now and then. */
const scanUnit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', 'Z', '0', ';', '=', ' ', '\t', '\u00e9', '\u2028', '~') },
  { weight: 2, arbitrary: fc.constantFrom('\x00', '\x08', '\n', '\r', '\x1f', '\x7f', '\x80', '\ud800') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) },
);
const scanText = fc.string({ maxLength: 120, unit: scanUnit });

describe('the index-based parsers agree with the obvious ones (RFC 6265bis §5.6, §5.8.3)', () => {
  it('findControlCharacter finds the first %x00-08 / %x0A-1F / %x7F, at any offset', () => {
    fc.assert(
      fc.property(scanText, fc.nat(40), (s, pad) => {
        const line = 'x'.repeat(pad) + s;
        expect(findControlCharacter(line)).toBe(referenceFindCtl(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('parseSetCookie gives exactly the reference result on Set-Cookie-shaped lines', () => {
    fc.assert(
      fc.property(setCookieLine, fc.boolean(), (line, keep) => {
        expect(parseSetCookie(line, { keepIgnored: keep })).toEqual(referenceParseSetCookie(line, keep));
      }),
      { numRuns: 20_000 },
    );
  });

  it('parseSetCookie gives exactly the reference result on arbitrary text', () => {
    fc.assert(
      fc.property(scanText, (s) => {
        expect(parseSetCookie(s)).toEqual(referenceParseSetCookie(s));
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads a usual spelling only up to where its cookie-av ends, for every name, value and ending', () => {
    const names = ['Secure', 'HttpOnly', 'Path', 'Max-Age', 'SameSite', 'Expires', 'Domain', 'Partitioned'];
    const values = [
      ...['', '/', '/a', '60', '-60', '60x', '6 0', '9'.repeat(40), 'Lax', 'lax', 'LAX', 'Lax!', 'None'],
      ...['Strict', 'strict', 'Laxx', 'Wed, 21 Oct 2026 07:28:00 GMT', 'Sun, 31 Feb 2027 07:28:00 GMT'],
      ...['Wed, 21 Oct 2026 07:28:00 GMTx', 'example.com', '.Example.COM', '.'],
    ];
    const endings = ['', ';', '; ', ' ', ' ;', 'x', '\t', '; Path=/a'];
    for (const n of names)
      for (const v of [null, ...values])
        for (const end of endings) {
          const line = `a=b; ${n}${v === null ? '' : `=${v}`}${end}`;
          expect(parseSetCookie(line), line).toEqual(referenceParseSetCookie(line));
        }
  });

  it('rejects a Set-Cookie-shaped line for a CTL anywhere in it, at the first one (§5.6 step 1)', () => {
    const ctl = fc.constantFrom('\x00', '\x01', '\x08', '\n', '\r', '\x1f', '\x7f');
    fc.assert(
      fc.property(setCookieLine, fc.nat(), ctl, fc.boolean(), (line, at, c, replace) => {
        const i = at % (line.length + 1);
        const s = line.slice(0, i) + c + line.slice(replace ? i + 1 : i);
        expect(parseSetCookie(s)).toEqual(referenceParseSetCookie(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('a CTL in place of any character of a usual spelling rejects the line (§5.6 step 1)', () => {
    const avs = [
      'Secure',
      'HttpOnly',
      'Partitioned',
      'Path=/',
      'Max-Age=60',
      'SameSite=Lax',
      'SameSite=Strict',
      'SameSite=None',
      'Expires=Wed, 21 Oct 2026 07:28:00 GMT',
      'Domain=example.com',
      'Domain=.example.com',
    ];
    for (const av of avs)
      for (const c of ['\r', '\x00', '\x7f', '\x1f'])
        for (let k = 0; k <= av.length; k++)
          for (const line of [
            `a=b; ${av.slice(0, k)}${c}${av.slice(k + 1)}`,
            `a=b; ${av.slice(0, k)}${c}${av.slice(k + 1)}; Path=/`,
            `a=b;${av.slice(0, k)}${c}${av.slice(k)}`,
          ]) {
            const r = parseSetCookie(line);
            expect(r, JSON.stringify(line)).toEqual(referenceParseSetCookie(line));
            expect(r.ok && r, JSON.stringify(line)).toBe(false);
          }
  });

  it('keeps at most 64 ignored attributes, each cut to 1024 characters', () => {
    const line = `a=b${'; x=y'.repeat(70)}; ${'n'.repeat(1100)}=${'v'.repeat(1000)}`;
    const r = parseSetCookie(line);
    expect(r).toEqual(referenceParseSetCookie(line));
    if (r.ok) expect(r.ignoredAttributes.length).toBe(64);
    const long = parseSetCookie(`a=b; ${'n'.repeat(1100)}=${'v'.repeat(1000)}`);
    expect(long.ok && long.ignoredAttributes[0]?.name.length).toBe(1024);
  });

  it('parseCookieHeader gives exactly the reference pairs', () => {
    fc.assert(
      fc.property(fc.oneof(scanText, setCookieLine), (s) => {
        expect(parseCookieHeader(s)).toEqual(referenceParseCookieHeader(s));
      }),
      { numRuns: 10_000 },
    );
  });
});

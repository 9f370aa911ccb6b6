import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../../src/core/cookie/cookie-jar.ts';

const T0 = Date.UTC(2030, 0, 1);
const hosts = ['example.com', 'www.example.com', 'a.b.example.com', 'other.org', 'localhost', '127.0.0.1'];
const host = fc.constantFrom(...hosts);
const scheme = fc.constantFrom('http', 'https');
const path = fc.constantFrom('/', '/a', '/a/b', '/a/b/c', '/x');
const url = fc.tuple(scheme, host, path).map(([s, h, p]) => `${s}://${h}${p}`);
const name = fc.constantFrom('sid', 'a', 'b', '__Host-x', '__Secure-y', '');
const attrs = fc
  .subarray([
    'Secure',
    'HttpOnly',
    'SameSite=None',
    'SameSite=Lax',
    'Domain=example.com',
    'Domain=b.example.com',
    'Path=/',
    'Path=/a',
    'Max-Age=100',
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  ])
  .chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }));
const setOp = fc.record({ name, value: fc.constantFrom('1', '2', 'v'), attrs, url, http: fc.boolean() });

function header(op: { name: string; value: string; attrs: string[] }): string {
  return [op.name === '' ? op.value : `${op.name}=${op.value}`, ...op.attrs].join('; ');
}

describe('CookieJar invariants (fast-check)', () => {
  it('never throws, and a Secure cookie is never returned for http non-loopback URLs', () => {
    fc.assert(
      fc.property(fc.array(setOp, { maxLength: 30 }), fc.array(url, { maxLength: 10 }), (ops, reads) => {
        const jar = new CookieJar({ now: () => T0 });
        for (const op of ops) jar.setCookie(header(op), op.url, { http: op.http });
        for (const u of reads) {
          const got = jar.getCookies(u);
          if (u.startsWith('http://') && !u.includes('localhost') && !u.includes('127.0.0.1')) {
            expect(got.filter((c) => c.secure)).toEqual([]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('host-only cookies never leak to other hosts (subdomains included)', () => {
    fc.assert(
      fc.property(fc.array(setOp, { maxLength: 30 }), url, (ops, u) => {
        const jar = new CookieJar({ now: () => T0 });
        for (const op of ops) jar.setCookie(header(op), op.url, { http: op.http });
        const requestHost = new URL(u).hostname;
        for (const c of jar.getCookies(u)) if (c.hostOnly) expect(c.domain).toBe(requestHost);
      }),
      { numRuns: 500 },
    );
  });

  it('a deletion removes the cookie it targets', () => {
    fc.assert(
      fc.property(fc.array(setOp, { maxLength: 20 }), setOp, (ops, op) => {
        const jar = new CookieJar({ now: () => T0 });
        for (const o of ops) jar.setCookie(header(o), o.url, { http: o.http });
        const set = jar.setCookie(header(op), op.url, { http: op.http });
        if (set.outcome !== 'stored' && set.outcome !== 'replaced') return;
        const c = set.cookie;
        if (c === undefined) return;
        const scope = c.hostOnly ? '' : `; Domain=${c.domain}`;
        const flags = `${c.secure ? '; Secure' : ''}`;
        const del = jar.setCookie(
          `${header({ name: c.name, value: 'x', attrs: [] })}; Path=${c.path}${scope}${flags}; Max-Age=0`,
          op.url,
        );
        expect(del.outcome).toBe('deleted');
        expect(
          jar
            .cookies()
            .some(
              (k) =>
                k.name === c.name && k.domain === c.domain && k.path === c.path && k.hostOnly === c.hostOnly,
            ),
        ).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

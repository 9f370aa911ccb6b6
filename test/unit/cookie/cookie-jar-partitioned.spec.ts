import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../../src/core/cookie/cookie-jar.ts';
import { registrableDomain } from '../../../src/core/cookie/partition-key.ts';
import { createPublicSuffixLookup } from '../../../src/core/cookie/public-suffix.ts';
import { rejectMessage } from '../../../src/core/cookie/reject-messages.ts';

const T0 = Date.UTC(2030, 0, 1);
const EMBED = 'https://widget.example/frame';
const CHIP = 'chip=1; Secure; Path=/; SameSite=None; Partitioned';

function jar() {
  return new CookieJar({ now: () => T0 });
}

describe('CHIPS: Partitioned needs Secure', () => {
  it('rejects Partitioned without Secure, with a message naming CHIPS and Chromium', () => {
    const r = jar().setCookie('chip=1; Path=/; Partitioned', 'https://widget.example/');
    expect(r.outcome).toBe('rejected');
    expect(r.reason).toBe('partitioned-insecure');
    expect(rejectMessage(r.reason ?? '')).toMatch(/CHIPS/);
    expect(rejectMessage(r.reason ?? '')).toMatch(/Chromium/);
  });

  it('keeps the earlier reasons first: SameSite=None without Secure is still that', () => {
    const r = jar().setCookie('chip=1; SameSite=None; Partitioned', 'https://widget.example/');
    expect(r.reason).toBe('samesite-none-insecure');
  });

  it('accepts Partitioned with Secure (nearest negative)', () => {
    const r = jar().setCookie(CHIP, 'https://widget.example/', { topLevelSite: 'https://a.example' });
    expect(r.outcome).toBe('stored');
    expect(r.cookie?.partitioned).toBe(true);
    expect(r.cookie?.partitionKey).toBe('https://a.example');
  });
});

describe('CHIPS: the partition key', () => {
  it('stores the same cookie once per top-level site and sends each only under its site', () => {
    const j = jar();
    expect(
      j.setCookie('chip=A; Secure; Path=/; SameSite=None; Partitioned', EMBED, {
        topLevelSite: 'https://a.example/page',
      }).outcome,
    ).toBe('stored');
    // Same (name, domain, path), other top-level site: a second cookie, not a replacement.
    expect(
      j.setCookie('chip=B; Secure; Path=/; SameSite=None; Partitioned', EMBED, {
        topLevelSite: 'https://b.example/',
      }).outcome,
    ).toBe('stored');
    expect(j.size).toBe(2);
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://a.example/other' })).toBe('chip=A');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://b.example' })).toBe('chip=B');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://c.example' })).toBeNull();
    // First party (no top-level site given): the request's own site, widget.example.
    expect(j.cookieHeader(EMBED)).toBeNull();
    expect(j.cookies().map((c) => [c.value, c.partitionKey])).toEqual([
      ['A', 'https://a.example'],
      ['B', 'https://b.example'],
    ]);
  });

  it('replaces within a partition only', () => {
    const j = jar();
    const a = { topLevelSite: 'https://a.example' };
    j.setCookie('chip=1; Secure; Path=/; Partitioned', EMBED, a);
    j.setCookie('chip=2; Secure; Path=/; Partitioned', EMBED, { topLevelSite: 'https://b.example' });
    const r = j.setCookie('chip=3; Secure; Path=/; Partitioned', EMBED, a);
    expect(r.outcome).toBe('replaced');
    expect(j.cookieHeader(EMBED, a)).toBe('chip=3');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://b.example' })).toBe('chip=2');
  });

  it('deletes within a partition only', () => {
    const j = jar();
    j.setCookie('chip=1; Secure; Path=/; Partitioned', EMBED, { topLevelSite: 'https://a.example' });
    j.setCookie('chip=2; Secure; Path=/; Partitioned', EMBED, { topLevelSite: 'https://b.example' });
    const r = j.setCookie('chip=; Secure; Path=/; Partitioned; Max-Age=0', EMBED, {
      topLevelSite: 'https://a.example',
    });
    expect(r.outcome).toBe('deleted');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://a.example' })).toBeNull();
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://b.example' })).toBe('chip=2');
    // An unpartitioned deletion does not touch partitioned cookies (another key).
    expect(j.setCookie('chip=; Path=/; Max-Age=0', EMBED).outcome).toBe('ignored');
  });

  it('keys by schemeful site: subdomains share a partition, schemes do not', () => {
    const j = jar();
    j.setCookie(CHIP, EMBED, { topLevelSite: 'https://www.shop.co.uk/cart?x=1' });
    expect(j.cookies()[0]?.partitionKey).toBe('https://shop.co.uk');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://m.shop.co.uk/' })).toBe('chip=1');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'shop.co.uk' })).toBe('chip=1');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'http://shop.co.uk/' })).toBeNull();
    expect(j.cookieHeader(EMBED, { topLevelSite: 'wss://shop.co.uk/' })).toBe('chip=1');
  });

  it('without a top-level site, a Partitioned cookie is first-party: keyed by its own site', () => {
    const j = jar();
    const r = j.setCookie(CHIP, 'https://app.widget.example/');
    expect(r.cookie?.partitionKey).toBe('https://widget.example');
    expect(j.cookieHeader('https://app.widget.example/')).toBe('chip=1');
    expect(j.cookieHeader('https://app.widget.example/', { topLevelSite: 'https://widget.example' })).toBe(
      'chip=1',
    );
    expect(j.cookieHeader('https://app.widget.example/', { topLevelSite: 'https://a.example' })).toBeNull();
  });

  it('an unusable top-level site falls back to the first-party site', () => {
    const j = jar();
    for (const bad of ['', 'not a url', 'file:///x', 'x'.repeat(5000), null]) {
      const r = j.setCookie(CHIP, EMBED, { topLevelSite: bad as string | null });
      expect(r.cookie?.partitionKey).toBe('https://widget.example');
    }
  });

  it('leaves unpartitioned cookies alone: sent under any top-level site, partitionKey null', () => {
    const j = jar();
    const r = j.setCookie('plain=1; Secure; Path=/; SameSite=None', EMBED, {
      topLevelSite: 'https://a.example',
    });
    expect(r.cookie?.partitionKey).toBeNull();
    j.setCookie(CHIP, EMBED, { topLevelSite: 'https://a.example' });
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://b.example' })).toBe('plain=1');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://a.example' })).toBe('plain=1; chip=1');
  });

  it('a partitioned and an unpartitioned cookie of the same name, domain and path are two cookies', () => {
    const j = jar();
    j.setCookie('chip=plain; Secure; Path=/', EMBED);
    j.setCookie(CHIP, EMBED);
    expect(j.size).toBe(2);
    expect(j.cookieHeader(EMBED)).toBe('chip=plain; chip=1');
    expect(j.cookieHeader(EMBED, { topLevelSite: 'https://a.example' })).toBe('chip=plain');
  });
});

describe('registrableDomain', () => {
  const psl = createPublicSuffixLookup();
  it('is the public suffix plus one label, or the host itself', () => {
    expect(registrableDomain('www.example.com', psl)).toBe('example.com');
    expect(registrableDomain('a.b.shop.co.uk', psl)).toBe('shop.co.uk');
    expect(registrableDomain('me.github.io', psl)).toBe('me.github.io');
    expect(registrableDomain('co.uk', psl)).toBe('co.uk');
    expect(registrableDomain('localhost', psl)).toBe('localhost');
    expect(registrableDomain('127.0.0.1', psl)).toBe('127.0.0.1');
    expect(registrableDomain('[::1]', psl)).toBe('[::1]');
  });
});

describe('CHIPS partitions against a model (fast-check)', () => {
  const sites = [
    'https://a.example',
    'https://www.a.example',
    'https://b.example',
    'http://b.example',
    'https://c.co.uk',
  ];
  const siteOf = (s: string) => s.replace('www.', '');
  it('a partitioned cookie is sent exactly under the top-level site it was last set under', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('x', 'y'), fc.nat(9), fc.constantFrom(...sites), fc.boolean()), {
          maxLength: 30,
        }),
        fc.constantFrom(...sites),
        (steps, probe) => {
          const j = jar();
          const model = new Map<string, string>();
          for (const [name, v, site, del] of steps) {
            const attrs = del ? '; Max-Age=0' : '';
            j.setCookie(`${name}=${v}; Secure; Path=/; SameSite=None; Partitioned${attrs}`, EMBED, {
              topLevelSite: site,
            });
            const key = `${siteOf(site)}|${name}`;
            if (del) model.delete(key);
            else model.set(key, `${name}=${v}`);
          }
          const sent = (j.cookieHeader(EMBED, { topLevelSite: probe }) ?? '').split('; ').filter(Boolean);
          const expected = ['x', 'y'].flatMap((n) => model.get(`${siteOf(probe)}|${n}`) ?? []);
          expect(sent.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 500 },
    );
  });
});

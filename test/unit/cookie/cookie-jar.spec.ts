import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../../src/core/cookie/cookie-jar.ts';
import { rejectMessage } from '../../../src/core/cookie/reject-messages.ts';

const T0 = Date.UTC(2030, 0, 1);

function jarAt(start = T0) {
  let now = start;
  const jar = new CookieJar({ now: () => now });
  return { jar, advance: (ms: number) => (now += ms) };
}

describe('CookieJar.setCookie — rejection reasons', () => {
  const cases: [string, string, string][] = [
    ['a=b; Secure', 'http://example.com/', 'secure-from-insecure'],
    ['__Host-a=b; Secure; Path=/; Domain=example.com', 'https://example.com/', 'prefix-host'],
    ['__Host-a=b; Secure', 'https://example.com/dir/x', 'prefix-host'],
    ['__host-a=b; Path=/', 'https://example.com/', 'prefix-host'],
    ['__Secure-a=b', 'https://example.com/', 'prefix-secure'],
    ['__SECURE-a=b', 'https://example.com/', 'prefix-secure'],
    ['__Secure-fake', 'https://example.com/', 'prefix-secure'],
    ['a=b; SameSite=None', 'https://example.com/', 'samesite-none-insecure'],
    ['a=b; Domain=other.com', 'https://example.com/', 'domain-mismatch'],
    ['a=b; Domain=www.example.com', 'https://example.com/', 'domain-mismatch'],
    ['a=b; Domain=com', 'https://example.com/', 'public-suffix'],
    ['a=b; Domain=co.uk', 'https://shop.co.uk/', 'public-suffix'],
    ['a=b; Domain=github.io', 'https://me.github.io/', 'public-suffix'],
    ['a=b; Domain=exämple.com', 'https://example.com/', 'domain-invalid'],
    ['a=b\x01', 'https://example.com/', 'control-characters'],
    ['=', 'https://example.com/', 'nameless-empty'],
    [`a=${'x'.repeat(5000)}`, 'https://example.com/', 'oversize'],
    ['a=b', 'not a url', 'invalid-url'],
    ['a=b', 'file:///etc/passwd', 'invalid-url'],
  ];
  for (const [header, url, reason] of cases) {
    it(`${JSON.stringify(header.slice(0, 50))} on ${url} → ${reason}`, () => {
      const r = new CookieJar().setCookie(header, url);
      expect(r.outcome).toBe('rejected');
      expect(r.reason).toBe(reason);
      // The reason in words, RFC section included (reject-messages.ts); the result carries the code only.
      expect(rejectMessage(reason)).toMatch(/RFC|URL/);
      expect(r).not.toHaveProperty('message');
    });
  }

  it('accepts valid prefixes', () => {
    const jar = new CookieJar();
    expect(jar.setCookie('__Host-a=b; Secure; Path=/', 'https://example.com/x').outcome).toBe('stored');
    expect(
      jar.setCookie('__Secure-a=b; Secure; Domain=example.com', 'https://www.example.com/').outcome,
    ).toBe('stored');
  });

  it('refuses HttpOnly from a non-HTTP API and overwriting an HttpOnly cookie from one', () => {
    const jar = new CookieJar();
    expect(jar.setCookie('a=b; HttpOnly', 'https://example.com/', { http: false }).reason).toBe(
      'httponly-from-script',
    );
    jar.setCookie('s=1; HttpOnly; Path=/', 'https://example.com/');
    expect(jar.setCookie('s=2; Path=/', 'https://example.com/', { http: false }).reason).toBe(
      'overwrite-httponly-from-script',
    );
    expect(jar.cookieHeader('https://example.com/', { http: false })).toBeNull();
    expect(jar.cookieHeader('https://example.com/')).toBe('s=1');
  });

  it('leaves Secure cookies alone: http may not overwrite or shadow them (§5.7 step 16)', () => {
    const jar = new CookieJar();
    expect(jar.setCookie('sid=secure; Secure; Path=/', 'https://example.com/').outcome).toBe('stored');
    expect(jar.setCookie('sid=evil; Path=/', 'http://example.com/').reason).toBe('overwrite-secure');
    expect(jar.setCookie('sid=evil; Path=/deeper', 'http://example.com/').reason).toBe('overwrite-secure');
    expect(jar.setCookie('sid=evil; Domain=example.com', 'http://www.example.com/').reason).toBe(
      'overwrite-secure',
    );
    // Another name is fine, and https may overwrite.
    expect(jar.setCookie('other=1', 'http://example.com/').outcome).toBe('stored');
    expect(jar.setCookie('sid=new; Path=/', 'https://example.com/').outcome).toBe('replaced');
  });

  it('treats loopback hosts as secure origins', () => {
    for (const url of [
      'http://localhost:3000/',
      'http://127.0.0.1/',
      'http://[::1]/',
      'http://app.localhost/',
    ]) {
      const jar = new CookieJar();
      expect(jar.setCookie('a=b; Secure; SameSite=None', url).outcome).toBe('stored');
      expect(jar.cookieHeader(url)).toBe('a=b');
    }
  });

  it('allows a Domain equal to a public-suffix host as host-only (§5.7 step 9)', () => {
    const jar = new CookieJar();
    const r = jar.setCookie('a=b; Domain=github.io', 'https://github.io/');
    expect(r.outcome).toBe('stored');
    expect(r.cookie?.hostOnly).toBe(true);
    expect(jar.cookieHeader('https://me.github.io/')).toBeNull();
  });
});

describe('CookieJar — storage and retrieval', () => {
  it('host-only cookies stay on their host, domain cookies reach subdomains', () => {
    const { jar } = jarAt();
    jar.setCookie('host=1', 'https://example.com/');
    jar.setCookie('dom=2; Domain=.Example.com', 'https://example.com/');
    expect(jar.cookieHeader('https://example.com/')).toBe('host=1; dom=2');
    expect(jar.cookieHeader('https://a.b.example.com/')).toBe('dom=2');
    expect(jar.cookieHeader('https://notexample.com/')).toBeNull();
  });

  it('uses the default path and path-matches (§5.1.4)', () => {
    const { jar } = jarAt();
    const r = jar.setCookie('a=1', 'https://example.com/app/login?next=/');
    expect(r.cookie?.path).toBe('/app');
    expect(jar.cookieHeader('https://example.com/app')).toBe('a=1');
    expect(jar.cookieHeader('https://example.com/app/x')).toBe('a=1');
    expect(jar.cookieHeader('https://example.com/apple')).toBeNull();
    expect(jar.cookieHeader('https://example.com/')).toBeNull();
  });

  it('orders by longer path first, then earlier creation, and keeps creation time on replace', () => {
    const { jar, advance } = jarAt();
    jar.setCookie('a=1; Path=/', 'https://example.com/');
    advance(1000);
    jar.setCookie('b=2; Path=/', 'https://example.com/');
    advance(1000);
    jar.setCookie('c=3; Path=/x', 'https://example.com/');
    advance(1000);
    const r = jar.setCookie('a=4; Path=/', 'https://example.com/');
    expect(r.outcome).toBe('replaced');
    expect(r.cookie?.creationTime).toBe(T0);
    expect(jar.cookieHeader('https://example.com/x/y')).toBe('c=3; a=4; b=2');
  });

  it('serialises nameless cookies as their value and empty values as "name="', () => {
    const { jar } = jarAt();
    jar.setCookie('lonely', 'https://example.com/');
    jar.setCookie('empty=', 'https://example.com/');
    expect(jar.cookieHeader('https://example.com/')).toBe('lonely; empty=');
  });

  it('deletes with Max-Age=0 or a past Expires; expires persistent cookies over time', () => {
    const { jar, advance } = jarAt();
    jar.setCookie('a=1; Max-Age=60', 'https://example.com/');
    jar.setCookie('b=2', 'https://example.com/');
    expect(jar.setCookie('b=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'https://example.com/').outcome).toBe(
      'deleted',
    );
    expect(jar.setCookie('zzz=1; Max-Age=0', 'https://example.com/').outcome).toBe('ignored');
    expect(jar.cookieHeader('https://example.com/')).toBe('a=1');
    advance(61_000);
    expect(jar.cookieHeader('https://example.com/')).toBeNull();
    expect(jar.size).toBe(0);
  });

  it('does not send Secure cookies over http (non-loopback)', () => {
    const { jar } = jarAt();
    jar.setCookie('s=1; Secure', 'https://example.com/');
    jar.setCookie('p=2', 'https://example.com/');
    expect(jar.cookieHeader('http://example.com/')).toBe('p=2');
    expect(jar.cookieHeader('wss://example.com/')).toBe('s=1; p=2');
  });

  it('applies the SameSite context', () => {
    const { jar } = jarAt();
    jar.setCookie('s=1; SameSite=Strict', 'https://example.com/');
    jar.setCookie('l=2; SameSite=Lax', 'https://example.com/');
    jar.setCookie('d=3', 'https://example.com/');
    jar.setCookie('n=4; SameSite=None; Secure', 'https://example.com/');
    expect(jar.cookieHeader('https://example.com/')).toBe('s=1; l=2; d=3; n=4');
    expect(jar.cookieHeader('https://example.com/', { sameSiteContext: 'lax' })).toBe('l=2; d=3; n=4');
    expect(jar.cookieHeader('https://example.com/', { sameSiteContext: 'cross-site' })).toBe('n=4');
  });

  it('distinguishes host-only and domain cookies of the same name', () => {
    const { jar } = jarAt();
    jar.setCookie('a=host', 'https://example.com/');
    jar.setCookie('a=dom; Domain=example.com', 'https://example.com/');
    expect(jar.cookies().map((c) => `${c.value}:${c.hostOnly}`)).toEqual(['host:true', 'dom:false']);
  });

  it('lists cookies and caps expiry at 400 days', () => {
    const { jar } = jarAt();
    jar.setCookie('a=1; Max-Age=999999999', 'https://example.com/');
    const [c] = jar.getCookies('https://example.com/');
    expect(c).toMatchObject({ name: 'a', persistent: true, expiresAt: T0 + 400 * 86_400_000 });
    expect(jar.cookies()).toHaveLength(1);
  });

  it('returns copies: mutating a result does not change the jar', () => {
    const { jar } = jarAt();
    const r = jar.setCookie('a=1', 'https://example.com/');
    if (r.cookie) r.cookie.value = 'hacked';
    const [c] = jar.getCookies('https://example.com/');
    if (c) c.value = 'hacked';
    expect(jar.cookieHeader('https://example.com/')).toBe('a=1');
  });

  it('bounds cookies per domain (Chrome: 180, purged to 150, least recently used first)', () => {
    const { jar, advance } = jarAt();
    for (let i = 0; i < 181; i++) {
      jar.setCookie(`c${i}=1`, 'https://example.com/');
      advance(1);
    }
    expect(jar.size).toBe(150);
    expect(jar.getCookies('https://example.com/').some((c) => c.name === 'c0')).toBe(false);
    expect(jar.getCookies('https://example.com/').some((c) => c.name === 'c180')).toBe(true);
  });

  it('never throws on hostile URLs and headers', () => {
    const jar = new CookieJar();
    for (const url of ['', 'http://', '::::', 'http://[bad', 'javascript:alert(1)', null, 42]) {
      expect(jar.setCookie('a=b', url as string).outcome).toBe('rejected');
      expect(jar.cookieHeader(url as string)).toBeNull();
    }
    expect(jar.setCookie(undefined as unknown as string, 'https://x.com/').reason).toBe('not-a-string');
    expect(jar.setCookie('a=b', 'https://x.com/', null).outcome).toBe('stored');
    expect(jar.cookieHeader('https://x.com/', null)).toBe('a=b');
    expect(new CookieJar(null).size).toBe(0);
  });
});

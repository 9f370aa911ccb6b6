import { describe, expect, it } from 'vitest';
import { cookieLifetime, DAY_MS } from '../../../src/core/cookie/cookie-lifetime.ts';
import { explainLifetime } from '../../../src/core/cookie/explain-lifetime.ts';
import { parseSetCookie } from '../../../src/core/cookie/set-cookie-parser.ts';

const T0 = Date.UTC(2030, 0, 1);
const life = (h: string) => cookieLifetime(parseSetCookie(h), T0);

describe('cookieLifetime', () => {
  it('session without Max-Age/Expires', () => {
    expect(life('a=b')).toEqual({ kind: 'session' });
    expect(explainLifetime(life('a=b'), T0)).toBe('session cookie: deleted when the browser session ends');
  });

  it('Max-Age wins over Expires', () => {
    const l = life('a=b; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=2592000');
    expect(l).toEqual({
      kind: 'persistent',
      expiresAt: T0 + 30 * DAY_MS,
      capped: false,
      source: 'max-age',
      bothPresent: true,
      maxAge: 2592000,
    });
    expect(explainLifetime(l, T0 + DAY_MS)).toBe(
      'persistent: expires in 29 days (Max-Age=2592000 wins over Expires)',
    );
  });

  it('Max-Age <= 0 and past Expires delete', () => {
    expect(life('a=b; Max-Age=0').kind).toBe('deletion');
    expect(life('a=b; Max-Age=-1; Expires=Wed, 01 Jan 2031 00:00:00 GMT').kind).toBe('deletion');
    const past = life('a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
    expect(past).toEqual({ kind: 'deletion', source: 'expires' });
    expect(explainLifetime(past, T0)).toMatch(/Expires is in the past/);
    expect(explainLifetime(life('a=b; Max-Age=0'), T0)).toMatch(/Max-Age <= 0/);
  });

  it('a positive Max-Age beats a past Expires', () => {
    expect(life('a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60').kind).toBe('persistent');
  });

  it('caps at 400 days from receipt', () => {
    const l = life('a=b; Expires=Fri, 31 Dec 9999 23:59:59 GMT');
    expect(l).toMatchObject({ kind: 'persistent', expiresAt: T0 + 400 * DAY_MS, capped: true });
    expect(explainLifetime(l, T0)).toBe('persistent: expires in 400 days (capped at 400 days from receipt)');
    expect(life(`a=b; Max-Age=${'9'.repeat(30)}`)).toMatchObject({
      capped: true,
      expiresAt: T0 + 400 * DAY_MS,
    });
  });

  it('explains short and already-elapsed lifetimes', () => {
    const l = life('a=b; Max-Age=90');
    expect(explainLifetime(l, T0)).toBe('persistent: expires in 1 minute');
    expect(explainLifetime(l, T0 + 3 * 3600_000)).toMatch(/^persistent: expired 2 hours ago/);
  });

  it('a rejected header has no lifetime beyond session', () => {
    expect(life('')).toEqual({ kind: 'session' });
  });
});

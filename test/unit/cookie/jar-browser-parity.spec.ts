/**
 * Cases where the tour (real Chromium) showed the jar disagreeing with the browser; each asserts the
 * browser's behaviour.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/core/analysis/analyzer.ts';
import { CookieJar } from '../../../src/core/cookie/cookie-jar.ts';
import { crossSiteLessonExchange } from '../../fixtures/cross-site-lesson.ts';

describe('__Host- prefix with a Domain attribute', () => {
  it('is rejected even when the Domain is a public suffix equal to the host (Chromium)', () => {
    const jar = new CookieJar({ now: () => 0 });
    const r = jar.setCookie('__Host-wrong=1; Secure; Path=/; Domain=localhost', 'http://localhost:3000/x');
    expect(r).toMatchObject({ outcome: 'rejected', reason: 'prefix-host' });
  });

  it('is accepted without Domain (localhost counts as a secure origin)', () => {
    const jar = new CookieJar({ now: () => 0 });
    expect(jar.setCookie('__Host-ok=1; Secure; Path=/', 'http://localhost:3000/x').outcome).toBe('stored');
  });
});

describe('Set-Cookie from a cross-site response (RFC 6265bis §5.7 same-site-flag step)', () => {
  const url = 'http://127.0.0.1:3000/xs';
  it.each([
    ['xs_lax=1; SameSite=Lax', 'rejected'],
    ['xs_strict=1; SameSite=Strict', 'rejected'],
    ['xs_default=1', 'rejected'],
    ['xs_none=1; SameSite=None; Secure', 'stored'],
  ])('%s → %s', (header, outcome) => {
    const jar = new CookieJar({ now: () => 0 });
    const r = jar.setCookie(header, url, { sameSiteContext: 'cross-site' });
    expect(r.outcome).toBe(outcome);
    if (outcome === 'rejected') expect(r.reason).toBe('samesite-cross-site');
  });

  it('a top-level navigation (lax context) may set Lax cookies', () => {
    const jar = new CookieJar({ now: () => 0 });
    expect(jar.setCookie('nav=1; SameSite=Lax', url, { sameSiteContext: 'lax' }).outcome).toBe('stored');
  });

  it('the analyzer judges a fetch from a localhost page to 127.0.0.1 as cross-site', () => {
    const ex = crossSiteLessonExchange;
    const a = new Analyzer({ now: 1_000 });
    a.add(ex('1', 'http://localhost:3000/lessons/cross-site', ['home=1; SameSite=Lax'], 'document'));
    a.add(ex('2', url, ['xs_lax=1; SameSite=Lax', 'xs_none=1; SameSite=None; Secure'], 'fetch'));
    const state = Object.fromEntries(a.snapshot().cookies.map((c) => [c.name, c.state]));
    expect(state).toEqual({ home: 'live', xs_lax: 'rejected', xs_none: 'live' });
  });
});

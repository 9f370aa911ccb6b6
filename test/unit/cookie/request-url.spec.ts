import { describe, expect, it } from 'vitest';
import { parseRequestUrl, RequestUrlCache } from '../../../src/core/cookie/request-url.ts';

describe('parseRequestUrl', () => {
  it('canonicalises the host and drops query and fragment', () => {
    expect(parseRequestUrl('HTTPS://WWW.Example.COM:8443/a/b?x=1#y')).toEqual({
      host: 'www.example.com',
      path: '/a/b',
      secure: true,
      https: true,
    });
    expect(parseRequestUrl('http://bücher.example/')?.host).toBe('xn--bcher-kva.example');
  });

  it('counts https, wss and loopback as secure', () => {
    expect(parseRequestUrl('http://example.com/')?.secure).toBe(false);
    expect(parseRequestUrl('wss://example.com/')?.secure).toBe(true);
    expect(parseRequestUrl('http://localhost:3000/')?.secure).toBe(true);
  });

  it('tells the https/wss scheme apart from a loopback http origin (schemeful sites)', () => {
    expect(parseRequestUrl('wss://example.com/')?.https).toBe(true);
    expect(parseRequestUrl('http://localhost:3000/')?.https).toBe(false);
  });

  it('refuses non-cookie schemes, bad and huge URLs', () => {
    for (const u of [
      'file:///x',
      'data:text/plain,hi',
      'javascript:1',
      'nope',
      '',
      `http://a/${'x'.repeat(70_000)}`,
    ]) {
      expect(parseRequestUrl(u)).toBeNull();
    }
  });
});

describe('RequestUrlCache', () => {
  it('shares one entry across queries and fragments and stays correct', () => {
    const cache = new RequestUrlCache();
    const a = cache.parse('https://example.com/a?x=1');
    const b = cache.parse('https://example.com/a?x=2#frag');
    expect(a).toBe(b);
    expect(cache.parse('http://example.com/a')?.secure).toBe(false);
    expect(cache.parse('https://example.com/a')?.secure).toBe(true);
    expect(cache.parse(null as unknown as string)).toBeNull();
  });
});

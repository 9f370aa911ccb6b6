import { describe, expect, it } from 'vitest';
import {
  defaultPath,
  domainMatch,
  isIpAddress,
  isLoopbackHost,
  pathMatch,
} from '../../../src/core/cookie/domain-path-match.ts';

describe('domainMatch (RFC 6265bis §5.1.3)', () => {
  it('matches identical hosts and parent domains on a label boundary', () => {
    expect(domainMatch('example.com', 'example.com')).toBe(true);
    expect(domainMatch('a.b.example.com', 'example.com')).toBe(true);
    expect(domainMatch('badexample.com', 'example.com')).toBe(false);
    expect(domainMatch('example.com', 'a.example.com')).toBe(false);
    expect(domainMatch('example.com', '')).toBe(false);
  });

  it('never suffix-matches IP addresses', () => {
    expect(domainMatch('1.2.3.4', '3.4')).toBe(false);
    expect(domainMatch('1.2.3.4', '1.2.3.4')).toBe(true);
  });
});

describe('defaultPath and pathMatch (RFC 6265bis §5.1.4)', () => {
  it('takes the directory of the request path', () => {
    expect(defaultPath('')).toBe('/');
    expect(defaultPath('x')).toBe('/');
    expect(defaultPath('/')).toBe('/');
    expect(defaultPath('/a')).toBe('/');
    expect(defaultPath('/a/b')).toBe('/a');
    expect(defaultPath('/a/b/')).toBe('/a/b');
  });

  it('matches on "/" boundaries only', () => {
    expect(pathMatch('/a/b', '/a')).toBe(true);
    expect(pathMatch('/a/b', '/a/')).toBe(true);
    expect(pathMatch('/a', '/a')).toBe(true);
    expect(pathMatch('/ab', '/a')).toBe(false);
    expect(pathMatch('/a', '/a/')).toBe(false);
    expect(pathMatch('/anything', '/')).toBe(true);
  });
});

describe('hosts', () => {
  it('recognises IP literals and loopback hosts', () => {
    expect(isIpAddress('127.0.0.1')).toBe(true);
    expect(isIpAddress('[::1]')).toBe(true);
    expect(isIpAddress('1.2.3')).toBe(false);
    expect(isIpAddress('example.com')).toBe(false);
    for (const h of ['localhost', 'app.localhost', '127.0.0.1', '127.5.6.7', '[::1]'])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['localhost.example.com', '128.0.0.1', 'example.com', '[::2]'])
      expect(isLoopbackHost(h)).toBe(false);
  });
});

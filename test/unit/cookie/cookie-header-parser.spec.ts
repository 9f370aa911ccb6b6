import { describe, expect, it } from 'vitest';
import { parseCookieHeader } from '../../../src/core/cookie/cookie-header-parser.ts';

describe('parseCookieHeader', () => {
  it('returns ordered pairs and keeps duplicates', () => {
    expect(parseCookieHeader('a=1; b=2; a=3')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
      { name: 'a', value: '3' },
    ]);
  });

  it('keeps nameless pairs and values containing "="', () => {
    expect(parseCookieHeader('foo; x=a=b; =c')).toEqual([
      { name: '', value: 'foo' },
      { name: 'x', value: 'a=b' },
      { name: '', value: 'c' },
    ]);
  });

  it('skips empty segments and trims WSP', () => {
    expect(parseCookieHeader(' ; a = 1 ;;\tb=2\t; ')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
    ]);
  });

  it('does not percent-decode', () => {
    expect(parseCookieHeader('a=%20b')).toEqual([{ name: 'a', value: '%20b' }]);
  });

  it('returns [] for non-strings and empty input', () => {
    expect(parseCookieHeader('')).toEqual([]);
    expect(parseCookieHeader(undefined as unknown as string)).toEqual([]);
  });
});

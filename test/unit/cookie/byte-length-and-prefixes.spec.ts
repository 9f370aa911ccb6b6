import { describe, expect, it } from 'vitest';
import { exceedsBytes, utf8Length } from '../../../src/core/cookie/byte-length.ts';
import { checkPrefixes } from '../../../src/core/cookie/cookie-prefixes.ts';

describe('utf8Length', () => {
  it('agrees with TextEncoder, lone surrogates included', () => {
    for (const s of ['', 'abc', 'é', '春节', '😀', '\ud800', 'a\udc00b', 'x😀y\ud83d']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
    expect(exceedsBytes('é'.repeat(512), 1024)).toBe(false);
    expect(exceedsBytes('é'.repeat(513), 1024)).toBe(true);
  });
});

describe('checkPrefixes (RFC 6265bis §4.1.3)', () => {
  it('enforces __Secure- and __Host- case-insensitively', () => {
    expect(checkPrefixes('__Secure-a', 'v', true, false, null)).toBeNull();
    expect(checkPrefixes('__secure-a', 'v', false, true, '/')).toBe('prefix-secure');
    expect(checkPrefixes('__Host-a', 'v', true, true, '/')).toBeNull();
    expect(checkPrefixes('__HOST-a', 'v', true, false, '/')).toBe('prefix-host');
    expect(checkPrefixes('__Host-a', 'v', true, true, null)).toBe('prefix-host');
    expect(checkPrefixes('__Host-a', 'v', false, true, '/')).toBe('prefix-host');
    expect(checkPrefixes('_Host-a', 'v', false, true, '/')).toBeNull();
  });

  it('holds a nameless cookie whose value looks prefixed to the prefix', () => {
    expect(checkPrefixes('', '__Host-x=1', false, true, '/')).toBe('prefix-host');
    expect(checkPrefixes('', 'plain', false, true, '/')).toBeNull();
  });
});

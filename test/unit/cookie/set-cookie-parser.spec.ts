import { describe, expect, it } from 'vitest';
import { parseSetCookie } from '../../../src/core/cookie/set-cookie-parser.ts';
import type { ParsedSetCookieOk } from '../../../src/core/cookie/types.ts';

function ok(header: string): ParsedSetCookieOk {
  const r = parseSetCookie(header);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r;
}

describe('parseSetCookie', () => {
  it('parses name, value and every attribute', () => {
    const r = ok(
      'sid=abc; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Max-Age=60; Domain=.Example.COM; Path=/app; Secure; HttpOnly; SameSite=Lax; Partitioned; Priority=High',
    );
    expect(r.name).toBe('sid');
    expect(r.value).toBe('abc');
    expect(r.attributes).toEqual({
      expires: new Date(Date.UTC(2037, 9, 21, 7, 28, 0)),
      maxAge: 60,
      domain: 'example.com',
      path: '/app',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      sameSiteRaw: 'Lax',
      partitioned: true,
      priority: 'high',
    });
    expect(r.warnings).toEqual([]);
  });

  it('makes a nameless cookie from a pair without "=" (RFC 6265bis §5.6 step 3)', () => {
    const r = ok('foo; Path=/');
    expect([r.name, r.value]).toEqual(['', 'foo']);
    expect(r.warnings).toContain('nameless');
  });

  it('keeps an empty name with "=" as an empty name', () => {
    const r = ok('=bar');
    expect([r.name, r.value]).toEqual(['', 'bar']);
    expect(r.warnings).toEqual(['nameless']);
  });

  it('splits at the first "=" only and keeps quotes', () => {
    const r = ok('a="b=c"; path=/');
    expect([r.name, r.value]).toEqual(['a', '"b=c"']);
  });

  it('trims SP and HTAB only, not other Unicode whitespace', () => {
    const r = ok(' \t a \t= \u00a0b\u00a0 ; secure');
    expect([r.name, r.value]).toEqual(['a', '\u00a0b\u00a0']);
  });

  it('rejects headers with control characters other than HTAB', () => {
    for (const c of ['\x00', '\x01', '\r', '\n', '\x1f', '\x7f']) {
      const r = parseSetCookie(`a=b${c}c`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('control-characters');
    }
    expect(parseSetCookie('a=b\tc').ok).toBe(true);
  });

  it('rejects empty name and value', () => {
    for (const h of ['', '=', ' = ; Secure', ';Path=/']) {
      const r = parseSetCookie(h);
      expect(r.ok ? 'ok' : r.code).toBe('nameless-empty');
    }
  });

  it('rejects name+value over 4096 bytes, counting UTF-8 bytes', () => {
    expect(parseSetCookie(`a=${'x'.repeat(4095)}`).ok).toBe(true);
    const big = parseSetCookie(`a=${'x'.repeat(4096)}`);
    expect(big.ok ? 'ok' : big.code).toBe('oversize');
    // 1366 × "é" = 2732 bytes but 1366 UTF-16 units; 2048 × "é" = 4096 bytes + name
    expect(parseSetCookie(`a=${'é'.repeat(2047)}`).ok).toBe(true);
    expect(parseSetCookie(`a=${'é'.repeat(2048)}`).ok).toBe(false);
  });

  it('ignores attribute values over 1024 bytes', () => {
    const r = ok(`a=b; Path=/ok; Path=/${'p'.repeat(1024)}`);
    expect(r.attributes.path).toBe('/ok');
    expect(r.warnings).toContain('attribute-value-too-long');
    expect(r.ignoredAttributes).toEqual([{ name: 'Path', value: '' }]);
  });

  it('lets the last duplicate attribute win and warns', () => {
    const r = ok('a=b; Max-Age=10; max-age=20; Path=/x; PATH=/y');
    expect(r.attributes.maxAge).toBe(20);
    expect(r.attributes.path).toBe('/y');
    expect(r.warnings).toContain('duplicate-attribute');
  });

  it('keeps an earlier valid Expires/Max-Age when a later one is invalid', () => {
    const r = ok('a=b; Max-Age=10; Max-Age=1x; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Expires=never');
    expect(r.attributes.maxAge).toBe(10);
    expect(r.attributes.expires?.getUTCFullYear()).toBe(2037);
    expect(r.warnings).toEqual(expect.arrayContaining(['max-age-invalid', 'expires-invalid']));
  });

  it('parses Max-Age as -?DIGIT+ only', () => {
    expect(ok('a=b; Max-Age=-5').attributes.maxAge).toBe(-5);
    expect(ok('a=b; Max-Age=0').attributes.maxAge).toBe(0);
    for (const v of ['+5', '5s', '', '-', ' 1 2', '0x10', '1e3']) {
      expect(ok(`a=b; Max-Age=${v}`).attributes.maxAge).toBeNull();
    }
    expect(ok(`a=b; Max-Age=${'9'.repeat(400)}`).attributes.maxAge).toBeGreaterThan(1e14);
  });

  it('treats SameSite case-insensitively and records invalid values', () => {
    expect(ok('a=b; SameSite=STRICT').attributes.sameSite).toBe('strict');
    expect(ok('a=b; samesite=none').attributes.sameSite).toBe('none');
    const bad = ok('a=b; SameSite=Lax; SameSite=Sometimes');
    expect(bad.attributes.sameSite).toBeNull();
    expect(bad.attributes.sameSiteRaw).toBe('Sometimes');
    expect(bad.warnings).toContain('samesite-invalid');
  });

  it('maps invalid Path to the default path (null) and ignores empty Domain', () => {
    const r = ok('a=b; Path=/a; Path=relative; Domain=example.com; Domain=');
    expect(r.attributes.path).toBeNull();
    expect(r.attributes.domain).toBe('example.com');
    expect(r.warnings).toEqual(expect.arrayContaining(['path-invalid', 'domain-empty']));
  });

  it('keeps unknown attributes and flags with values', () => {
    const r = ok('a=b; Foo=bar; Version=1; Secure=false; HttpOnly=no');
    expect(r.ignoredAttributes).toEqual([
      { name: 'Foo', value: 'bar' },
      { name: 'Version', value: '1' },
    ]);
    expect(r.attributes.secure).toBe(true);
    expect(r.attributes.httpOnly).toBe(true);
    expect(r.warnings).toContain('unknown-attribute');
  });

  it('records invalid Priority as null with a warning', () => {
    const r = ok('a=b; Priority=urgent');
    expect(r.attributes.priority).toBeNull();
    expect(r.warnings).toContain('priority-invalid');
  });

  it('returns an error value for non-strings', () => {
    const r = parseSetCookie(42 as unknown as string);
    expect(r.ok ? 'ok' : r.code).toBe('not-a-string');
  });

  it('bounds the kept unknown attributes', () => {
    const r = ok(`a=b${'; x=y'.repeat(1000)}`);
    expect(r.ignoredAttributes.length).toBe(64);
  });
});

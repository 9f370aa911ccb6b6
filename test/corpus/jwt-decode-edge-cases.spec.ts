/**
 * auth0/jwt-decode and panva/jose edge cases (test/corpus/data/jwt/decode-edge-cases.json): each
 * expected value must match, each expected error must be one of our error codes — the one listed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../src/core/jwt/decode-jwt.ts';
import { decodeJoseHeader } from '../../src/core/jwt/jose-segments.ts';
import { JWT_ERROR_CODES, type JwtErrorCode } from '../../src/core/jwt/jwt-types.ts';
import { decodeBase64Url } from '../../src/core/values/base64.ts';
import { decodeValue } from '../../src/core/values/decode-value.ts';

interface EdgeCase {
  id: string;
  fn: string;
  part: 'payload' | 'header' | 'segment';
  input: unknown;
  expectError?: { errorName: string; message?: string; messageRegExp?: string };
  expectValue?: unknown;
  expectFields?: { path: string; expected: unknown }[];
  expectBytes?: number[];
}

const url = new URL('./data/jwt/decode-edge-cases.json', import.meta.url);
const cases = (JSON.parse(readFileSync(url, 'utf8')) as { cases: EdgeCase[] }).cases;

/**
 * Upstream error → our code. We check the compact structure (3 or 5 parts, RFC 7515 §7.1 / RFC 7516
 * §7.1) before decoding any part, so jwt-decode's "invalid base64/json for part #N" on inputs with
 * 1 or 2 parts are `malformed` here. jose's single "Invalid Token or Protected Header formatting"
 * splits into our distinct codes (bad-json for `ew` = "{", not-an-object for `null` / `[]`).
 */
const OUR_CODE: Record<string, JwtErrorCode> = {
  'jwt-decode:should throw InvalidTokenError on nonstring': 'not-a-string',
  'jwt-decode:should throw InvalidTokenError on string that is not a token': 'malformed',
  'jwt-decode:should throw InvalidTokenErrors when token is null': 'not-a-string',
  'jwt-decode:should throw InvalidTokenErrors when missing part #1': 'malformed',
  'jwt-decode:should throw InvalidTokenErrors when part #1 is not valid base64': 'malformed',
  'jwt-decode:should throw InvalidTokenErrors when part #1 is not valid JSON': 'malformed',
  'jwt-decode:should throw InvalidTokenErrors when missing part #2': 'malformed',
  'jwt-decode:should throw InvalidTokenErrors when part #2 is not valid base64': 'malformed',
  'jwt-decode:should throw InvalidTokenErrors when part #2 is not valid JSON': 'malformed',
  'jose:decodeJwt:15': 'not-a-string',
  'jose:decodeJwt:16': 'malformed',
  'jose:decodeJwt:17': 'malformed',
  'jose:decodeJwt:18': 'missing-payload',
  'jose:decodeJwt:19': 'not-an-object',
  'jose:decodeJwt:20': 'not-an-object',
  'jose:decodeJwt:21': 'bad-json',
  'jose:decodeProtectedHeader:24': 'not-a-string',
  'jose:decodeProtectedHeader:25': 'malformed',
  'jose:decodeProtectedHeader:26': 'bad-json',
  'jose:decodeProtectedHeader:27': 'not-an-object',
  'jose:decodeProtectedHeader:28': 'not-an-object',
  'jose:decodeProtectedHeader:29': 'malformed',
  'jose:decodeProtectedHeader:30': 'bad-json',
  'jose:decodeProtectedHeader:31': 'not-an-object',
  'jose:decodeProtectedHeader:32': 'not-an-object',
  'jose:decodeProtectedHeader:33': 'malformed',
  'jose:decodeProtectedHeader:34': 'malformed',
  'jose:decodeProtectedHeader:35': 'bad-json',
  'jose:decodeProtectedHeader:36': 'not-an-object',
  'jose:decodeProtectedHeader:37': 'not-an-object',
  'jose:decodeProtectedHeader:38': 'malformed',
};

function run(c: EdgeCase) {
  if (c.part === 'segment') return decodeBase64Url(c.input as string);
  if (c.part === 'header') return decodeJoseHeader(c.input);
  return decodeJwt(c.input);
}

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

it('loads all 55 cases', () => {
  expect(cases).toHaveLength(55);
});

describe.each(cases)('$id', (c) => {
  it('matches the expectation', () => {
    const r = run(c);
    if (c.expectError) {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      if (c.part === 'segment') {
        expect(r.code).toBe('bad-base64');
      } else {
        expect(JWT_ERROR_CODES).toContain(r.code);
        expect(r.code).toBe(OUR_CODE[c.id]);
      }
      expect(r.message.length).toBeGreaterThan(0);
      return;
    }
    if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
    if ('bytes' in r) {
      expect([...r.bytes]).toEqual(c.expectBytes);
      return;
    }
    const value = c.part === 'header' ? r.header : 'payload' in r ? r.payload : undefined;
    if (c.expectValue !== undefined) expect(value).toEqual(c.expectValue);
    for (const f of c.expectFields ?? []) expect(at(value, f.path)).toEqual(f.expected);
  });

  it('never throws through decodeValue either (non-strings included)', () => {
    expect(() => decodeValue(c.input as string)).not.toThrow();
  });
});

it('maps every listed error case', () => {
  const withErrors = cases.filter((c) => c.expectError && c.part !== 'segment').map((c) => c.id);
  expect(Object.keys(OUR_CODE).sort()).toEqual(withErrors.sort());
});

it('reads the Latin-1 "binary token" and says so', () => {
  const c = cases.find((x) => x.id === 'jwt-decode:should work with binary tokens');
  const r = decodeJwt(c?.input);
  expect(r.ok && r.encoding).toBe('latin1');
});

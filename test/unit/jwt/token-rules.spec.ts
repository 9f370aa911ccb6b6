/** Each token rule: a positive case and its nearest negative (house style §8). */
import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../../src/core/jwt/decode-jwt.ts';
import type { DecodedJwt } from '../../../src/core/jwt/jwt-types.ts';
import { checkAuthWeakSecret, meta as weakMeta } from '../../../src/core/rules/auth-weak-secret.ts';
import { checkJweOpaque } from '../../../src/core/rules/jwe-opaque.ts';
import { checkJwtAlgNone } from '../../../src/core/rules/jwt-alg-none.ts';
import { checkJwtExpired } from '../../../src/core/rules/jwt-expired.ts';
import { tokenFindings } from '../../../src/core/rules/jwt-findings.ts';
import { checkJwtNoExp } from '../../../src/core/rules/jwt-no-exp.ts';
import type { TokenContext } from '../../../src/core/rules/jwt-rule-context.ts';
import { checkJwtSensitiveClaims } from '../../../src/core/rules/jwt-sensitive-claims.ts';
import { ruleTexts } from '../../../src/core/rules/rule-texts.ts';
import { decodeValue } from '../../../src/core/values/decode-value.ts';

const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const sec = now / 1000;
const cookie = { name: 'token', domain: 'app.example', path: '/' };
const auth: TokenContext = { cookie, exchanges: ['x1'], isAuth: true, now };
const plain: TokenContext = { ...auth, isAuth: false };
const bearer: TokenContext = { ...auth, cookie: null };

function jwt(header: Record<string, unknown>, payload: Record<string, unknown>): DecodedJwt {
  const t = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}.c2ln`;
  const r = decodeJwt(t, { now });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('jwt-alg-none', () => {
  it('flags none in any letter case, high', () => {
    for (const alg of ['none', 'None', 'NONE']) {
      const [f] = checkJwtAlgNone(jwt({ alg }, {}), auth);
      expect(f).toMatchObject({ rule: 'jwt-alg-none', severity: 'high', cookie, exchanges: ['x1'] });
      expect(f?.message).toBe(`JWT in cookie \`token\` is unsigned (alg "${alg}"): its claims can be forged`);
      expect(ruleTexts(f?.rule ?? '').refs.some((r) => r.startsWith('RFC 8725'))).toBe(true);
    }
  });
  it('does not flag HS256', () => {
    expect(checkJwtAlgNone(jwt({ alg: 'HS256' }, {}), auth)).toEqual([]);
  });
});

describe('jwt-expired', () => {
  it('flags a past exp with a human message', () => {
    const [f] = checkJwtExpired(jwt({ alg: 'HS256' }, { exp: sec - 3 * 3600 }), auth);
    expect(f?.severity).toBe('low');
    expect(f?.message).toBe('JWT in cookie `token` expired 3 h ago (exp 2026-11-21T09:00:00.000Z)');
  });
  it('does not flag a future exp or a missing one', () => {
    expect(checkJwtExpired(jwt({ alg: 'HS256' }, { exp: sec + 1 }), auth)).toEqual([]);
    expect(checkJwtExpired(jwt({ alg: 'HS256' }, {}), auth)).toEqual([]);
  });
  it('names the Bearer header when there is no cookie', () => {
    const [f] = checkJwtExpired(jwt({ alg: 'HS256' }, { exp: sec - 86400 * 2 }), bearer);
    expect(f?.cookie).toBeNull();
    expect(f?.message).toMatch(/^JWT in the Authorization Bearer token expired 2 days ago/);
  });
});

describe('jwt-no-exp', () => {
  it('medium in an auth cookie, low elsewhere', () => {
    expect(checkJwtNoExp(jwt({ alg: 'HS256' }, { sub: 'a' }), auth)[0]?.severity).toBe('medium');
    expect(checkJwtNoExp(jwt({ alg: 'HS256' }, { sub: 'a' }), plain)[0]?.severity).toBe('low');
  });
  it('flags a non-numeric exp, not a numeric one', () => {
    expect(checkJwtNoExp(jwt({ alg: 'HS256' }, { exp: 'tomorrow' }), auth)[0]?.message).toMatch(
      /non-numeric exp/,
    );
    expect(checkJwtNoExp(jwt({ alg: 'HS256' }, { exp: sec + 60 }), auth)).toEqual([]);
  });
});

describe('jwt-sensitive-claims', () => {
  it('high for secret-like names, low for PII, nested paths named', () => {
    const fs = checkJwtSensitiveClaims(
      jwt(
        { alg: 'HS256' },
        { sub: '1', password: 'hunter2', profile: { email: 'a@b.c', phone_number: '+33 1' }, api_key: 'k' },
      ),
      auth,
    );
    expect(fs.map((f) => f.severity)).toEqual(['high', 'low']);
    expect(fs[0]?.message).toBe(
      'JWT in cookie `token` exposes secret-like claims `password`, `api_key` to anyone who can read it',
    );
    expect(fs[1]?.message).toBe(
      'JWT in cookie `token` carries personal data in clear: `profile.email`, `profile.phone_number`',
    );
  });
  it('ignores booleans and empty values (email_verified, has_password)', () => {
    expect(
      checkJwtSensitiveClaims(
        jwt({ alg: 'HS256' }, { email_verified: true, has_password: false, secret: '' }),
        auth,
      ),
    ).toEqual([]);
  });
});

describe('jwe-opaque', () => {
  it('is info and names alg/enc, noting RSA1_5', () => {
    const [f] = checkJweOpaque({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }, auth);
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe(
      'Cookie `token` holds an encrypted JWE (alg RSA1_5, enc A128CBC-HS256): claims not inspected; RSA1_5 key encryption is deprecated (RFC 8725 §3.2)',
    );
  });
});

describe('auth-weak-secret', () => {
  it('names the secret, high', () => {
    const [f] = checkAuthWeakSecret({ secret: 'keyboard cat', kind: 'signed-cookie' }, auth);
    expect(f).toMatchObject({ rule: weakMeta.id, severity: 'high' });
    expect(f?.message).toBe(
      'The signed value in cookie `token` is signed with the well-known secret "keyboard cat": anyone can forge it',
    );
  });
  it('nothing without a hit', () => {
    expect(checkAuthWeakSecret(null, auth)).toEqual([]);
  });
});

describe('tokenFindings over decodeValue', () => {
  it('collects the rules for an unsigned, expired JWT with a password claim', () => {
    const t = `${base64url.encode('{"alg":"none"}')}.${base64url.encode(JSON.stringify({ exp: sec - 60, password: 'x' }))}.`;
    expect(tokenFindings(decodeValue(t, { now }), auth).map((f) => f.rule)).toEqual([
      'jwt-alg-none',
      'jwt-expired',
      'jwt-sensitive-claims',
    ]);
  });
  it('a plain value gives nothing', () => {
    expect(tokenFindings(decodeValue('dark', { now }), auth)).toEqual([]);
  });
});

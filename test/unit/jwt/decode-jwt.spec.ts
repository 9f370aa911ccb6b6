import { base64url, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../../src/core/jwt/decode-jwt.ts';
import { claimTime, relativeTime } from '../../../src/core/jwt/relative-time.ts';

const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const sec = now / 1000;
const key = new TextEncoder().encode('a-test-secret-that-is-long-enough-1234');

function token(header: unknown, payload: unknown, sig = 'c2ln'): string {
  const enc = (v: unknown) => base64url.encode(typeof v === 'string' ? v : JSON.stringify(v));
  return `${enc(header)}.${enc(payload)}.${sig}`;
}

describe('decodeJwt', () => {
  it('decodes a jose-signed token with header fields and human times', async () => {
    const jwt = await new SignJWT({ sub: 'u1', role: 'admin' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1', typ: 'JWT' })
      .setIssuedAt(sec - 3 * 3600)
      .setExpirationTime(sec + 2 * 86400)
      .setNotBefore(sec - 60)
      .sign(key);
    const r = decodeJwt(jwt, { now });
    if (!r.ok) throw new Error(r.message);
    expect(r).toMatchObject({ alg: 'HS256', kid: 'k1', typ: 'JWT', cty: null, encoding: 'utf-8' });
    expect(r.payload).toMatchObject({ sub: 'u1', role: 'admin' });
    expect(r.signatureB64).toBe(jwt.split('.')[2]);
    expect(r.times.exp).toEqual({
      seconds: sec + 2 * 86400,
      date: '2026-11-23T12:00:00.000Z',
      relative: 'expires in 2 days',
    });
    expect(r.times.iat?.relative).toBe('3 h ago');
    expect(r.times.nbf?.relative).toBe('1 min ago');
  });

  it('says "expired 3 h ago" for a past exp', () => {
    const r = decodeJwt(token({ alg: 'HS256' }, { exp: sec - 3 * 3600 }), { now });
    expect(r.ok && r.times.exp?.relative).toBe('expired 3 h ago');
  });

  it('decodes a nested JWT (cty: JWT, RFC 7519 §5.2)', async () => {
    const inner = await new SignJWT({ sub: 'inner' }).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const outer = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', cty: 'JWT' }).sign(key);
    // SignJWT only signs JSON claims, so build the outer JWS by hand around the inner compact token.
    const [h] = outer.split('.');
    const nested = `${h}.${base64url.encode(inner)}.c2ln`;
    const r = decodeJwt(nested, { now });
    if (!r.ok) throw new Error(r.message);
    expect(r.cty).toBe('JWT');
    expect(r.nested?.payload).toEqual({ sub: 'inner' });
  });

  it('decodes unsecured JWTs (alg none)', () => {
    const t = new UnsecuredJWT({ sub: 'x' }).encode();
    const r = decodeJwt(t, { now });
    expect(r.ok && r.alg).toBe('none');
  });

  it('keeps hostile header values as data, not as strings it trusts', () => {
    const r = decodeJwt(token({ alg: { $ne: 1 }, kid: ['../../etc/passwd'], typ: 7 }, { sub: '<script>' }), {
      now,
    });
    if (!r.ok) throw new Error(r.message);
    expect(r).toMatchObject({ alg: null, kid: null, typ: null });
    expect(r.payload.sub).toBe('<script>');
  });

  it.each([
    ['not three parts', 'abc', 'malformed'],
    ['bad base64 in header', 'e!J.e30.', 'bad-base64'],
    ['header not JSON', `${base64url.encode('nope')}.e30.`, 'bad-json'],
    ['payload an array', token({ alg: 'HS256' }, []), 'not-an-object'],
    ['payload null', token({ alg: 'HS256' }, 'null'), 'not-an-object'],
    ['detached payload', `${base64url.encode('{"alg":"HS256"}')}..c2ln`, 'missing-payload'],
    ['five parts', `${base64url.encode('{"alg":"dir","enc":"A128GCM"}')}..aXY.Y3Q.dGFn`, 'jwe'],
    ['too large', `eyJ${'a'.repeat(70_000)}.e30.`, 'too-large'],
  ])('%s → %s', (_label, input, code) => {
    expect(decodeJwt(input)).toMatchObject({ ok: false, code });
  });

  it('never throws on non-strings', () => {
    expect(decodeJwt(undefined)).toMatchObject({ ok: false, code: 'not-a-string' });
    expect(decodeJwt({})).toMatchObject({ ok: false, code: 'not-a-string' });
  });
});

describe('relative times', () => {
  it.each([
    [0, 'now'],
    [-30_000, '30 s ago'],
    [5 * 60_000, 'in 5 min'],
    [-3 * 3_600_000, '3 h ago'],
    [2 * 86_400_000, 'in 2 days'],
    [-86_400_000, '1 day ago'],
    [90 * 86_400_000, 'in 3 months'],
    [-3 * 365 * 86_400_000, '3 years ago'],
  ])('%d ms → %s', (delta, text) => {
    expect(relativeTime(now + delta, now)).toBe(text);
  });

  it('handles out-of-range and non-numeric claims', () => {
    expect(claimTime(1e300, now, 'exp')).toMatchObject({ date: null });
    expect(claimTime('1700000000', now, 'exp')).toBeUndefined();
    expect(claimTime(Number.NaN, now, 'exp')).toBeUndefined();
    expect(claimTime(sec + 3600, now, 'nbf')?.relative).toBe('not valid yet: valid in 1 h');
  });
});

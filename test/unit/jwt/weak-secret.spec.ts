import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { findWeakSecret } from '../../../src/core/secrets/find-weak-secret.ts';
import { WEAK_SECRETS } from '../../../src/core/secrets/weak-secrets.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('the bundled list', () => {
  it('holds ~100 distinct, non-empty well-known secrets', () => {
    expect(WEAK_SECRETS.length).toBeGreaterThanOrEqual(90);
    expect(new Set(WEAK_SECRETS).size).toBe(WEAK_SECRETS.length);
    expect(WEAK_SECRETS.every((s) => s.length > 0)).toBe(true);
    for (const s of [
      'keyboard cat',
      'secret',
      'changeme',
      'your-256-bit-secret',
      'shhhhh',
      'mysecret',
      'secretkey',
      'jwt_secret',
      'supersecret',
    ]) {
      expect(WEAK_SECRETS).toContain(s);
    }
  });
});

describe('findWeakSecret on JWTs', () => {
  it.each([
    ['HS256', 'keyboard cat'],
    ['HS384', 'your-256-bit-secret'],
    ['HS512', 'shhhhh'],
    ['HS256', 'changeme'],
  ] as const)('%s signed with %j is found', async (alg, secret) => {
    const t = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg }).sign(enc(secret));
    expect(await findWeakSecret(t)).toEqual({ secret, kind: 'jwt' });
    // Wrapped the way it travels: Bearer header, percent-encoded cookie, JSON cookie.
    expect(await findWeakSecret(`Bearer ${t}`)).toEqual({ secret, kind: 'jwt' });
    expect(await findWeakSecret(encodeURIComponent(JSON.stringify({ access_token: t })))).toEqual({
      secret,
      kind: 'jwt',
    });
  });

  it('the jwt.io example token is signed with your-256-bit-secret', async () => {
    const jwtIo =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(await findWeakSecret(jwtIo)).toEqual({ secret: 'your-256-bit-secret', kind: 'jwt' });
  });

  it('returns null for strong secrets, asymmetric algs and non-tokens', async () => {
    const strong = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .sign(enc('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'));
    expect(await findWeakSecret(strong)).toBeNull();
    expect(await findWeakSecret('eyJhbGciOiJSUzI1NiJ9.e30.c2ln')).toBeNull();
    expect(await findWeakSecret('eyJhbGciOiJub25lIn0.e30.')).toBeNull();
    expect(await findWeakSecret('hello')).toBeNull();
  });

  it('accepts a custom list', async () => {
    const t = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(enc('our-leaked-secret'));
    expect(await findWeakSecret(t, { secrets: ['x', 'our-leaked-secret'] })).toEqual({
      secret: 'our-leaked-secret',
      kind: 'jwt',
    });
  });
});

import { exportJWK, exportSPKI, generateKeyPair, importPKCS8, SignJWT, UnsecuredJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyJwt } from '../../../src/core/jwt/verify-jwt.ts';

const now = Date.UTC(2026, 10, 21, 12, 0, 0);
const sec = now / 1000;
const secret = 'correct horse battery staple, but longer';

async function hs(alg: 'HS256' | 'HS384' | 'HS512', claims: Record<string, unknown> = {}, s = secret) {
  return new SignJWT({ sub: 'u1', ...claims }).setProtectedHeader({ alg }).sign(new TextEncoder().encode(s));
}

describe('verifyJwt with a secret', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)('%s valid / bad signature', async (alg) => {
    const t = await hs(alg, { exp: sec + 60 });
    expect(await verifyJwt(t, { secret }, { now })).toEqual({
      status: 'valid',
      alg,
      message: 'signature valid',
      signatureValid: true,
    });
    expect(await verifyJwt(t, { secret: 'wrong' }, { now })).toMatchObject({
      status: 'bad-signature',
      signatureValid: false,
    });
  });

  it('expired and not-yet-valid come after a good signature', async () => {
    expect(await verifyJwt(await hs('HS256', { exp: sec - 10 }), { secret }, { now })).toMatchObject({
      status: 'expired',
      signatureValid: true,
    });
    expect(await verifyJwt(await hs('HS256', { nbf: sec + 600 }), { secret }, { now })).toMatchObject({
      status: 'not-yet-valid',
      signatureValid: true,
    });
    expect(
      await verifyJwt(await hs('HS256', { exp: sec - 10 }), { secret }, { now, clockToleranceSec: 30 }),
    ).toMatchObject({ status: 'valid' });
  });

  it('a secret cannot verify RS256, and an empty secret is a malformed key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const t = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    expect((await verifyJwt(t, { secret }, { now })).status).toBe('unsupported-alg');
    expect((await verifyJwt(await hs('HS256'), { secret: '' }, { now })).status).toBe('malformed-key');
  });

  it('alg none is never valid', async () => {
    const t = new UnsecuredJWT({ admin: true }).encode();
    expect(await verifyJwt(t, { secret }, { now })).toMatchObject({
      status: 'unsupported-alg',
      alg: 'none',
      signatureValid: false,
    });
  });

  it('malformed tokens', async () => {
    expect((await verifyJwt('nope', { secret })).status).toBe('malformed-token');
    expect((await verifyJwt('eyJhbGciOiJIUzI1NiJ9.e30.***', { secret })).status).toBe('malformed-token');
    expect((await verifyJwt(null as unknown as string, { secret })).status).toBe('malformed-token');
  });
});

describe.each(['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'] as const)(
  'verifyJwt %s with public keys',
  (alg) => {
    let token = '';
    let otherToken = '';
    let jwk: Record<string, unknown> = {};
    let pem = '';
    beforeAll(async () => {
      const pair = await generateKeyPair(alg, { extractable: true });
      const other = await generateKeyPair(alg, { extractable: true });
      token = await new SignJWT({ sub: 'u1', exp: sec + 3600 })
        .setProtectedHeader({ alg, kid: 'k1' })
        .sign(pair.privateKey);
      otherToken = await new SignJWT({ sub: 'u1' })
        .setProtectedHeader({ alg, kid: 'k1' })
        .sign(other.privateKey);
      jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1' };
      pem = await exportSPKI(pair.publicKey);
    });

    it('JWK, JWKS and PEM (SPKI) verify; another key does not', async () => {
      expect((await verifyJwt(token, { jwk }, { now })).status).toBe('valid');
      expect((await verifyJwt(token, { jwks: { keys: [jwk] } }, { now })).status).toBe('valid');
      expect((await verifyJwt(token, { pem }, { now })).status).toBe('valid');
      expect((await verifyJwt(otherToken, { jwk }, { now })).status).toBe('bad-signature');
      expect((await verifyJwt(otherToken, { pem }, { now })).status).toBe('bad-signature');
    });

    it('bad keys are malformed-key', async () => {
      expect(
        (
          await verifyJwt(
            token,
            { pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' },
            { now },
          )
        ).status,
      ).toBe('malformed-key');
      expect((await verifyJwt(token, { pem: 'hello' }, { now })).status).toBe('malformed-key');
      expect((await verifyJwt(token, { jwk: { nope: 1 } }, { now })).status).toBe('malformed-key');
      expect((await verifyJwt(token, { jwks: { keys: 'x' } as never }, { now })).status).toBe(
        'malformed-key',
      );
    });
  },
);

describe('algorithm confusion', () => {
  it('refuses to use a PEM public key as an HMAC secret (RFC 8725 §3.1)', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(pair.publicKey);
    const forged = await hs('HS256', {}, pem);
    expect(await verifyJwt(forged, { pem }, { now })).toMatchObject({
      status: 'unsupported-alg',
      signatureValid: false,
    });
  });

  it('a JWKS without a matching key is a bad signature, not a crash', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const other = await generateKeyPair('ES256', { extractable: true });
    const t = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'a' }).sign(pair.privateKey);
    const r = await verifyJwt(
      t,
      { jwks: { keys: [{ ...(await exportJWK(other.publicKey)), kid: 'b' }] } },
      { now },
    );
    expect(r.status).toBe('bad-signature');
  });
});

/** A throwaway P-256 key and its self-signed certificate (openssl req -x509, test use only). */
const TEST_PKCS8 = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZok50e1yfV1tRL3/
q+Rb71ooGGX2RnBGvNO06u+wlXqhRANCAAR/mh+P/FJEmg6xlJiVReiXN9Zon5C/
X2QFDIVqOOSsiva6CR78ZoLzS7trXf3BpT+fcqLSje960EZXaV5Ghf4n
-----END PRIVATE KEY-----`;
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBjjCCATOgAwIBAgIUVujIblOgE8kp3hueXujZn3xNsT8wCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQY29va2llLWxlbnMtdGVzdDAgFw0yNjExMjEyMTA2MjNaGA8y
MTI2MTAyODIxMDYyM1owGzEZMBcGA1UEAwwQY29va2llLWxlbnMtdGVzdDBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABH+aH4/8UkSaDrGUmJVF6Jc31mifkL9fZAUM
hWo45KyK9roJHvxmgvNLu2td/cGlP59yotKN73rQRldpXkaF/iejUzBRMB0GA1Ud
DgQWBBTlkshFK07e0P9JagekduKAcGPWETAfBgNVHSMEGDAWgBTlkshFK07e0P9J
agekduKAcGPWETAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQC9
AAB2pbCkJ1QO6Tml9KmejtiWEBb2LPbm14BJV+1+WwIhAI7KEXiZ2nzxiDaGOeGb
aremQoTNsLSZjl3jb/b/gc8W
-----END CERTIFICATE-----`;

describe('verifyJwt with an X.509 certificate PEM', () => {
  it('verifies ES256 with the certificate and rejects another key', async () => {
    const key = await importPKCS8(TEST_PKCS8, 'ES256');
    const t = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'ES256' }).sign(key);
    expect(await verifyJwt(t, { pem: TEST_CERT }, { now })).toMatchObject({ status: 'valid', alg: 'ES256' });
    const other = await generateKeyPair('ES256');
    const forged = await new SignJWT({ sub: 'u1' })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(other.privateKey);
    expect((await verifyJwt(forged, { pem: TEST_CERT }, { now })).status).toBe('bad-signature');
  });

  it('a private key PEM is refused as a malformed key', async () => {
    const t = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .sign(await importPKCS8(TEST_PKCS8, 'ES256'));
    expect((await verifyJwt(t, { pem: TEST_PKCS8 }, { now })).status).toBe('malformed-key');
  });
});

/** The one reader of pasted or file keys, shared by the panel's verify box and `cookie-lens decode`. */
import { describe, expect, it } from 'vitest';
import { keyFromText } from '../../../src/core/jwt/verify-key-text.ts';

const jwk = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};

describe('keyFromText', () => {
  it('takes a secret byte for byte: surrounding spaces and line breaks are part of an HMAC key', () => {
    expect(keyFromText('secret', ' keyboard cat\n')).toEqual({
      ok: true,
      key: { secret: ' keyboard cat\n' },
    });
  });

  it('hands a PEM to jose untouched (SPKI or certificate is decided there)', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----';
    expect(keyFromText('pem', pem)).toEqual({ ok: true, key: { pem } });
  });

  it('reads a JWK object as one key and { keys: [...] } as a JWKS', () => {
    expect(keyFromText('jwk', JSON.stringify(jwk))).toEqual({ ok: true, key: { jwk } });
    expect(keyFromText('jwk', JSON.stringify({ keys: [jwk] }))).toEqual({
      ok: true,
      key: { jwks: { keys: [jwk] } },
    });
  });

  it.each([
    ['{nope', 'not JSON (a JWK or a JWKS is expected)'],
    ['[{"kty":"oct"}]', 'not a JSON object (a JWK or a JWKS is expected)'],
    ['"a string"', 'not a JSON object (a JWK or a JWKS is expected)'],
    ['null', 'not a JSON object (a JWK or a JWKS is expected)'],
  ])('refuses %j as a JWK with a value, never a throw', (text, message) => {
    expect(keyFromText('jwk', text)).toEqual({ ok: false, code: 'malformed-key', message });
  });

  it('refuses an empty key of any kind', () => {
    for (const kind of ['secret', 'jwk', 'pem'] as const) {
      expect(keyFromText(kind, '')).toMatchObject({ ok: false, code: 'empty-key' });
    }
  });
});

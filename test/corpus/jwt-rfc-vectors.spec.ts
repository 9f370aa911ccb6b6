/**
 * RFC 7515/7516/7519 vectors and the RFC 7520 JOSE cookbook (test/corpus/data/jwt): every header and
 * payload decoded exactly, every JWS verified with its key, every JWE recognised (not decrypted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../src/core/jwt/decode-jwt.ts';
import { decodeJoseHeader, decodeJws } from '../../src/core/jwt/jose-segments.ts';
import { verifyJwt } from '../../src/core/jwt/verify-jwt.ts';
import type { VerifyKey } from '../../src/core/jwt/verify-types.ts';
import { tokenFindings } from '../../src/core/rules/jwt-findings.ts';
import { decodeValue } from '../../src/core/values/decode-value.ts';

interface Case {
  id: string;
  token: string;
  kind: 'JWS' | 'JWE';
  headerRaw: string;
  header: Record<string, unknown>;
  payloadRaw?: string;
  payload?: Record<string, unknown>;
  expectedPayload?: string;
  detachedPayload?: boolean;
  key: Record<string, unknown> | string;
  alg: string;
  decryptedPlaintext?: string;
}

function load(name: string): Case[] {
  const url = new URL(`./data/jwt/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: Case[] }).cases;
}

const rfc = load('rfc-vectors.json');
const cookbook = load('rfc7520-compact.json');
const all = [
  ...rfc.map((c) => ({ ...c, file: 'rfc-vectors' })),
  ...cookbook.map((c) => ({ ...c, file: 'rfc7520' })),
];
const ctx = {
  cookie: { name: 'token', domain: 'example.com', path: '/' },
  exchanges: ['e1'],
  isAuth: true,
  now: Date.UTC(2026, 10, 21),
};

/**
 * Deliberately different from the corpus "verified: true": alg "none" (RFC 7515 A.5, and E with an
 * unknown crit) has no signature, so we never call it valid — we say `unsupported-alg` (RFC 8725 §3.1).
 */
const UNSECURED = new Set(['RFC7515-A.5', 'RFC7515-E']);

function keyOf(c: Case): VerifyKey {
  return typeof c.key === 'string' ? { secret: c.key } : { jwk: c.key };
}

it('loads the whole corpus', () => {
  expect(rfc).toHaveLength(11);
  expect(cookbook).toHaveLength(17);
});

describe.each(all.filter((c) => c.kind === 'JWS'))('JWS $file $id', (c) => {
  it('decodes the header and payload exactly', () => {
    const jws = decodeJws(c.token);
    if (!jws.ok) throw new Error(jws.message);
    expect(jws.headerRaw).toBe(c.headerRaw);
    expect(jws.header).toEqual(c.header);
    if (c.detachedPayload) {
      expect(jws.detached).toBe(true);
      expect(jws.payloadText).toBe('');
    } else if (c.expectedPayload !== undefined) {
      expect(jws.payloadText).toBe(c.expectedPayload);
    } else {
      expect(jws.payloadText).toBe(c.payloadRaw);
    }
    const jwt = decodeJwt(c.token, { now: ctx.now });
    if (c.payload) {
      if (!jwt.ok) throw new Error(jwt.message);
      expect(jwt.payload).toEqual(c.payload);
      expect(jwt.headerRaw).toBe(c.headerRaw);
      expect(jwt.signatureB64).toBe(c.token.split('.')[2]);
    } else {
      // Not a JSON claims set: a JWS, but not a JWT.
      expect(jwt.ok).toBe(false);
      if (!jwt.ok) expect(['bad-json', 'missing-payload', 'not-an-object']).toContain(jwt.code);
    }
  });

  it(
    UNSECURED.has(c.id) ? 'is reported unsupported (alg none), never valid' : 'verifies with its key',
    async () => {
      const detached = c.detachedPayload ? { detachedPayload: c.expectedPayload ?? '' } : {};
      const r = await verifyJwt(c.token, keyOf(c), { now: ctx.now, ...detached });
      expect(r.alg).toBe(c.alg);
      if (UNSECURED.has(c.id)) {
        expect(r).toMatchObject({ status: 'unsupported-alg', signatureValid: false });
      } else {
        expect(r.signatureValid).toBe(true);
        // The RFC 7515/7519 examples carry exp 1300819380 (2011).
        expect(r.status).toBe(typeof c.payload?.exp === 'number' ? 'expired' : 'valid');
      }
    },
  );

  it('rejects a tampered signature', async () => {
    const [h, p, s = ''] = c.token.split('.');
    const flipped = `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    const detached = c.detachedPayload ? { detachedPayload: c.expectedPayload ?? '' } : {};
    const r = await verifyJwt(flipped, keyOf(c), { now: ctx.now, ...detached });
    expect(r.signatureValid).toBe(false);
    // alg none has an empty signature: the 1-character "signature" is not even base64url.
    expect(r.status).toBe(UNSECURED.has(c.id) ? 'malformed-token' : 'bad-signature');
  });
});

describe.each(all.filter((c) => c.kind === 'JWE'))('JWE $file $id', (c) => {
  it('is recognised as an encrypted JWE with its exact header', () => {
    const h = decodeJoseHeader(c.token);
    if (!h.ok) throw new Error(h.message);
    expect(h.kind).toBe('jwe');
    expect(h.headerRaw).toBe(c.headerRaw);
    expect(h.header).toEqual(c.header);
    const jwt = decodeJwt(c.token);
    expect(jwt).toMatchObject({ ok: false, code: 'jwe', header: c.header });
    const v = decodeValue(c.token);
    expect(v.kind).toBe('jwe');
    expect(v.layers.map((l) => l.kind)).toEqual(['jwe']);
    expect(v.jwe?.alg).toBe(c.alg);
    expect(tokenFindings(v, ctx).map((f) => f.rule)).toEqual(['jwe-opaque']);
  });

  it('is reported as unsupported (no decryption), not as an error', async () => {
    const r = await verifyJwt(c.token, keyOf(c));
    expect(r).toMatchObject({ status: 'unsupported-alg', alg: c.alg, signatureValid: false });
    if (c.alg === 'RSA1_5') expect(r.message).toMatch(/RSA1_5 is deprecated/);
  });
});

describe('RFC 7519 App. A.2 nested JWT', () => {
  const nested = rfc.find((c) => c.id === 'RFC7519-A.2');
  const a2 = rfc.find((c) => c.id === 'RFC7515-A.2');
  it('the decrypted inner token decodes as the RFC 7515 A.2 JWS', () => {
    expect(nested?.header.cty).toBe('JWT');
    const inner = decodeValue(nested?.decryptedPlaintext ?? '');
    expect(inner.jwt?.payload).toEqual(a2?.payload);
    expect(inner.jwt?.alg).toBe('RS256');
  });
});

describe('RFC 7515 A.5 (alg none) raises jwt-alg-none', () => {
  it('reports high severity', () => {
    const a5 = rfc.find((c) => c.id === 'RFC7515-A.5');
    const found = tokenFindings(decodeValue(a5?.token ?? ''), ctx).filter((f) => f.rule === 'jwt-alg-none');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('high');
  });
});

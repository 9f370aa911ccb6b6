/**
 * `verifyJwt`: check a compact JWS signature with Web Crypto through jose (works in browsers, workers
 * and Node), then exp/nbf. Never throws: jose's exceptions become a status with a one-line message.
 */

import type { CryptoKey, JWK, KeyObject } from 'jose';
import { base64url, compactVerify, createLocalJWKSet, errors, importJWK, importSPKI, importX509 } from 'jose';
import { decodeJws, isPlainObject } from './jose-segments';
import type { VerifyKey, VerifyOptions, VerifyResult, VerifyStatus } from './verify-types';

type JoseKey = CryptoKey | KeyObject | JWK | Uint8Array;

const HMAC_ALGS = new Set(['HS256', 'HS384', 'HS512']);

function result(
  status: VerifyStatus,
  alg: string | null,
  message: string,
  signatureValid = false,
): VerifyResult {
  return { status, alg, message, signatureValid };
}

function errMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}

/** RSA/EC/OKP private members (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

/** Verification needs only the public half; users often paste a private JWK (the RFC examples do). */
function publicPart(jwk: Record<string, unknown>): Record<string, unknown> {
  if (jwk.kty === 'oct') return jwk;
  const pub: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(jwk)) if (!PRIVATE_MEMBERS.includes(k)) pub[k] = v;
  if (Array.isArray(pub.key_ops)) delete pub.key_ops;
  return pub;
}

/** Turn the caller's key into something jose accepts, refusing algorithm confusion (RFC 8725 §3.1, §2.1). */
async function importKey(
  key: VerifyKey,
  alg: string,
): Promise<{ ok: true; key: JoseKey | ReturnType<typeof createLocalJWKSet> } | VerifyResult> {
  try {
    if ('secret' in key) {
      if (!HMAC_ALGS.has(alg)) {
        return result(
          'unsupported-alg',
          alg,
          `a secret verifies HS256/384/512 only; this token is ${alg}: give a JWK or PEM`,
        );
      }
      const bytes = typeof key.secret === 'string' ? new TextEncoder().encode(key.secret) : key.secret;
      if (bytes.length === 0) return result('malformed-key', alg, 'the secret is empty');
      return { ok: true, key: bytes };
    }
    if ('jwks' in key) {
      if (!isPlainObject(key.jwks) || !Array.isArray(key.jwks.keys)) {
        return result('malformed-key', alg, 'a JWKS needs a "keys" array');
      }
      const keys = key.jwks.keys.filter(isPlainObject).map(publicPart);
      return { ok: true, key: createLocalJWKSet({ keys: keys as JWK[] }) };
    }
    if ('jwk' in key) {
      if (!isPlainObject(key.jwk) || typeof key.jwk.kty !== 'string') {
        return result('malformed-key', alg, 'a JWK needs a "kty" member');
      }
      return { ok: true, key: await importJWK(publicPart(key.jwk) as JWK, alg) };
    }
    if (HMAC_ALGS.has(alg)) {
      // The classic key-confusion attack: never use a public key's text as an HMAC secret.
      return result('unsupported-alg', alg, `refusing to verify ${alg} with a public key (RFC 8725 §3.1)`);
    }
    const pem = key.pem.trim();
    if (pem.includes('-----BEGIN CERTIFICATE-----')) return { ok: true, key: await importX509(pem, alg) };
    if (pem.includes('-----BEGIN PUBLIC KEY-----')) return { ok: true, key: await importSPKI(pem, alg) };
    return result(
      'malformed-key',
      alg,
      'PEM must be a public key (BEGIN PUBLIC KEY) or a certificate (BEGIN CERTIFICATE)',
    );
  } catch (e) {
    if (e instanceof errors.JOSENotSupported) return result('unsupported-alg', alg, errMessage(e));
    return result('malformed-key', alg, `cannot use the key: ${errMessage(e)}`);
  }
}

export async function verifyJwt(
  token: string,
  key: VerifyKey,
  opts: VerifyOptions = {},
): Promise<VerifyResult> {
  try {
    return await verifyUnsafe(token, key, opts);
  } catch (e) {
    // Last line of defence: verification never throws (docs/architecture.md §9).
    return result('malformed-token', null, errMessage(e));
  }
}

async function verifyUnsafe(token: string, key: VerifyKey, opts: VerifyOptions): Promise<VerifyResult> {
  const jws = decodeJws(token);
  if (!jws.ok) {
    if (jws.code === 'jwe') {
      const alg = typeof jws.header?.alg === 'string' ? jws.header.alg : null;
      const enc = typeof jws.header?.enc === 'string' ? jws.header.enc : '?';
      const legacy = alg === 'RSA1_5' ? ' (RSA1_5 is deprecated: RFC 8725 §3.2)' : '';
      return result(
        'unsupported-alg',
        alg,
        `encrypted JWE (${alg}, ${enc})${legacy}: decryption is not supported`,
      );
    }
    return result('malformed-token', null, jws.message);
  }
  const alg = typeof jws.header.alg === 'string' ? jws.header.alg : null;
  if (alg === null) return result('malformed-token', null, 'the header has no "alg"');
  if (alg.toLowerCase() === 'none') {
    return result(
      'unsupported-alg',
      alg,
      'alg "none": an unsecured JWS has no signature to verify (RFC 8725 §3.1)',
    );
  }
  let compact = token;
  if (jws.detached) {
    if (opts.detachedPayload === undefined) {
      return result(
        'malformed-token',
        alg,
        'detached payload (RFC 7515 App. F): pass the content to verify it',
      );
    }
    const [h = '', , s = ''] = token.split('.');
    compact = `${h}.${base64url.encode(opts.detachedPayload)}.${s}`;
  }
  const imported = await importKey(key, alg);
  if (!('ok' in imported)) return imported;
  try {
    await compactVerify(compact, imported.key as Parameters<typeof compactVerify>[1]);
  } catch (e) {
    if (e instanceof errors.JWSSignatureVerificationFailed)
      return result('bad-signature', alg, 'the signature does not match');
    if (e instanceof errors.JWKSNoMatchingKey)
      return result('bad-signature', alg, 'no key in the JWKS matches this token');
    if (e instanceof errors.JOSENotSupported || e instanceof errors.JOSEAlgNotAllowed) {
      return result('unsupported-alg', alg, errMessage(e));
    }
    if (e instanceof errors.JWSInvalid) return result('malformed-token', alg, errMessage(e));
    return result('malformed-key', alg, `cannot verify with this key: ${errMessage(e)}`);
  }
  return checkTimes(jws.payloadText, alg, opts);
}

/** RFC 7519 §4.1.4 (exp) and §4.1.5 (nbf), after the signature is known good. */
function checkTimes(payloadText: string, alg: string, opts: VerifyOptions): VerifyResult {
  let claims: unknown;
  try {
    claims = JSON.parse(payloadText);
  } catch {
    return result('valid', alg, 'signature valid (payload is not a JSON claims set)', true);
  }
  const now = (opts.now ?? Date.now()) / 1000;
  const tol = opts.clockToleranceSec ?? 0;
  if (isPlainObject(claims)) {
    const { exp, nbf } = claims;
    if (typeof exp === 'number' && Number.isFinite(exp) && exp <= now - tol) {
      return result('expired', alg, `signature valid, but the token expired (exp ${isoOrRaw(exp)})`, true);
    }
    if (typeof nbf === 'number' && Number.isFinite(nbf) && nbf > now + tol) {
      return result('not-yet-valid', alg, `signature valid, but not before ${isoOrRaw(nbf)}`, true);
    }
  }
  return result('valid', alg, 'signature valid', true);
}

function isoOrRaw(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString();
}

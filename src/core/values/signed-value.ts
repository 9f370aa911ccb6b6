/**
 * Express signed values: cookie-parser and express-session store `s:` + cookie-signature's
 * `sign(value, secret)`, i.e. `<value>.<base64(HMAC-SHA256(secret, value)) without "=">`
 * (tj/node-cookie-signature index.js; cookie-parser signedCookie; express-session setcookie).
 */
import type { VerifyResult } from '../jwt/verify-types';
import { encodeBase64NoPad } from './base64';
import { constantTimeEqual, hmacSign } from './hmac';

export interface SignedValue {
  /** The value that was signed (what `unsign` returns). */
  value: string;
  /** base64 HMAC-SHA256 without padding: 43 characters. */
  signature: string;
  /** Whether the `s:` marker was present. */
  prefixed: boolean;
}

/** SHA-256 is 32 bytes → 44 base64 characters with one `=`, stripped by cookie-signature. */
const SIGNATURE = /^[A-Za-z0-9+/]{43}$/;

/** Split `s:<value>.<signature>` (or `<value>.<signature>`); null when it has no such shape. */
export function parseSignedValue(input: string): SignedValue | null {
  const prefixed = input.startsWith('s:');
  const body = prefixed ? input.slice(2) : input;
  const dot = body.lastIndexOf('.');
  if (dot < 0) return null;
  const signature = body.slice(dot + 1);
  if (!SIGNATURE.test(signature)) return null;
  return { value: body.slice(0, dot), signature, prefixed };
}

/** The signature cookie-signature would produce for `value` under `secret`. */
export async function signatureFor(value: string, secret: string): Promise<string> {
  return encodeBase64NoPad(await hmacSign(secret, 'SHA-256', new TextEncoder().encode(value)));
}

/** Undo the percent-encoding express-session applies (`s%3A…%2F…`), leniently. */
function unpercent(input: string): string {
  if (!input.includes('%')) return input;
  try {
    return decodeURIComponent(input);
  } catch {
    return input;
  }
}

/**
 * Verify an `s:` value with a secret (HMAC-SHA256 via Web Crypto, constant-time compare).
 * Accepts the cookie as sent (percent-encoded) or decoded, with or without the `s:` marker.
 */
export async function verifySignedValue(input: string, secret: string): Promise<VerifyResult> {
  const parsed = typeof input === 'string' ? parseSignedValue(unpercent(input.trim())) : null;
  if (!parsed) {
    return {
      status: 'malformed-token',
      alg: 'HS256',
      message: 'not a signed value (s:<value>.<signature>)',
      signatureValid: false,
    };
  }
  if (typeof secret !== 'string' || secret.length === 0) {
    return { status: 'malformed-key', alg: 'HS256', message: 'the secret is empty', signatureValid: false };
  }
  try {
    const expected = await signatureFor(parsed.value, secret);
    if (constantTimeEqual(expected, parsed.signature)) {
      return { status: 'valid', alg: 'HS256', message: 'signature valid', signatureValid: true };
    }
    return {
      status: 'bad-signature',
      alg: 'HS256',
      message: 'the signature does not match',
      signatureValid: false,
    };
  } catch (e) {
    return {
      status: 'malformed-key',
      alg: 'HS256',
      message: e instanceof Error ? e.message : String(e),
      signatureValid: false,
    };
  }
}

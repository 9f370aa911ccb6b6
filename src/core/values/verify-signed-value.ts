/**
 * Check an express `s:` value (signed-value.ts) with a secret, as cookie-signature's `unsign` does:
 * HMAC-SHA256 via Web Crypto, compared in constant time. Apart from the shape, which every analysis
 * reads, as only the verify box and `cookie-lens decode` need it (issue #16: the panel's lazy chunk).
 */
import type { VerifyResult } from '../jwt/verify-types';
import { encodeBase64NoPad } from './base64';
import { constantTimeEqual, hmacSign } from './hmac';
import { parseSignedValue } from './signed-value';

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

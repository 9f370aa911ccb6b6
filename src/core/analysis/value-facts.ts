/**
 * What a cookie value *is*, as far as roles and rules care: a JWT (decoded, unverified), a JWE, an express
 * signed `s:` value, percent-encoded text. Values are hostile: every step is bounded and never throws.
 */
import { decodeJwt } from '../jwt/decode-jwt';
import type { DecodedJwt } from '../jwt/jwt-types';
import { parseSignedValue } from '../values/signed-value';

export interface ValueFacts {
  /** The value after percent-decoding (express writes `s%3A…`), or the raw value when that fails. */
  text: string;
  jwt: DecodedJwt | null;
  /** A compact JWE (5 parts): encrypted, claims unreadable (RFC 7516 §7.1). */
  jwe: boolean;
  /** An express `s:` signed value (cookie-signature). */
  signed: boolean;
}

/** JWT/JWE values above this are not decoded for analysis (a cookie is at most 4096 bytes anyway). */
const MAX_DECODE_CHARS = 16 * 1024;

function percentDecode(value: string): string {
  if (value.indexOf('%') === -1) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A cheap shape test before the real decoder: `eyJ` is base64url of `{"`, how every JOSE header starts. */
function looksJose(text: string): boolean {
  return text.startsWith('eyJ') && text.indexOf('.') > 0;
}

export function valueFacts(value: string, now: number): ValueFacts {
  const text = percentDecode(value);
  let jwt: DecodedJwt | null = null;
  let jwe = false;
  const token = text.startsWith('Bearer ') ? text.slice(7).trim() : text;
  if (token.length <= MAX_DECODE_CHARS && looksJose(token)) {
    const r = decodeJwt(token, { now });
    if (r.ok) jwt = r;
    else if (r.code === 'jwe') jwe = true;
  }
  const signed = text.startsWith('s:') && text.length <= MAX_DECODE_CHARS && parseSignedValue(text) !== null;
  return { text, jwt, jwe, signed };
}

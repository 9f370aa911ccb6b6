/**
 * Splitting and decoding compact JOSE serialisations (RFC 7515 §7.1 JWS: 3 parts, RFC 7516 §7.1 JWE:
 * 5 parts). We decode segments ourselves instead of with jose's `decodeProtectedHeader`/`decodeJwt`:
 * those throw, decode UTF-8 leniently (U+FFFD instead of saying "Latin-1"), require JSON payloads and
 * do not return the exact header text the panel shows. Verification does use jose (verify-jwt.ts).
 */

import { decodeBase64Url, isBase64Url } from '../values/base64';
import { bytesToText } from '../values/base64-text';
import { parseBoundedJson } from '../values/bounded-json';
import { MAX_TOKEN_CHARS } from '../values/limits';
import type { JoseHeaderResult, JwsResult, JwtError, JwtErrorCode } from './jwt-types';

export function jwtError(code: JwtErrorCode, message: string, header?: Record<string, unknown>): JwtError {
  return header ? { ok: false, code, message, header } : { ok: false, code, message };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type SegmentJson =
  | {
      ok: true;
      value: Record<string, unknown>;
      raw: string;
      encoding: 'utf-8' | 'latin1';
      /** Nested deeper than MAX_DECODED_JSON_DEPTH: `value` is cut, `raw` is whole (bounded-json.ts). */
      tooDeep: boolean;
    }
  | JwtError;

/** base64url → text → JSON object, with one error code per failure (RFC 7519 §7.2 steps 3–4). */
export function decodeJsonSegment(segment: string, what: string): SegmentJson {
  const b = decodeBase64Url(segment);
  if (!b.ok) return jwtError('bad-base64', `${what} is not base64url: ${b.message}`);
  const { text, encoding } = bytesToText(b.bytes);
  const parsed = parseBoundedJson(text);
  if (!parsed.ok) return jwtError('bad-json', `${what} is not JSON`);
  const value = parsed.value;
  if (!isPlainObject(value)) {
    return jwtError(
      'not-an-object',
      `${what} is JSON but not an object (${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value})`,
    );
  }
  return { ok: true, value, raw: text, encoding, tooDeep: parsed.tooDeep };
}

/** Split a compact serialisation; null when the input cannot be one. */
export function splitCompact(token: unknown): { parts: string[] } | JwtError {
  if (typeof token !== 'string') return jwtError('not-a-string', 'token must be a string');
  if (token.length > MAX_TOKEN_CHARS)
    return jwtError('too-large', `token longer than ${MAX_TOKEN_CHARS} characters`);
  const parts = token.split('.');
  if (parts.length !== 3 && parts.length !== 5) {
    return jwtError('malformed', `compact JOSE has 3 (JWS) or 5 (JWE) parts, this has ${parts.length}`);
  }
  if (parts[0] === '') return jwtError('malformed', 'empty protected header');
  return { parts };
}

/**
 * Decode only the protected header of a compact JWS/JWE. Also accepts a flattened JWS JSON object
 * (RFC 7515 §7.2.2) with a `protected` member, since the JSON serialisation can turn up in JSON cookies.
 */
export function decodeJoseHeader(input: unknown): JoseHeaderResult {
  if (isPlainObject(input)) {
    const p = input.protected;
    if (typeof p !== 'string' || p === '') return jwtError('malformed', 'no protected header');
    const h = decodeJsonSegment(p, 'protected header');
    return h.ok ? { ok: true, kind: 'jws', header: h.value, headerRaw: h.raw, parts: 1 } : h;
  }
  const split = splitCompact(input);
  if ('ok' in split) return split;
  const h = decodeJsonSegment(split.parts[0] ?? '', 'protected header');
  if (!h.ok) return h;
  const kind = split.parts.length === 5 ? 'jwe' : 'jws';
  return { ok: true, kind, header: h.value, headerRaw: h.raw, parts: split.parts.length };
}

/** Decode a compact JWS whose payload need not be JSON (RFC 7515 App. A.4 signs the text "Payload"). */
export function decodeJws(token: unknown): JwsResult {
  const split = splitCompact(token);
  if ('ok' in split) return split;
  const [h64 = '', p64 = '', s64 = ''] = split.parts;
  const h = decodeJsonSegment(h64, 'header');
  if (!h.ok) return h;
  if (split.parts.length === 5) {
    return jwtError('jwe', 'this is an encrypted JWE: its payload cannot be read without the key', h.value);
  }
  // RFC 7797 §3: b64=false only counts when listed in crit.
  const crit = h.value.crit;
  const unencoded = h.value.b64 === false && Array.isArray(crit) && crit.includes('b64');
  let payloadBytes: Uint8Array;
  if (unencoded) {
    payloadBytes = new TextEncoder().encode(p64);
  } else {
    const p = decodeBase64Url(p64);
    if (!p.ok) return jwtError('bad-base64', `payload is not base64url: ${p.message}`, h.value);
    payloadBytes = p.bytes;
  }
  if (!isBase64Url(s64)) return jwtError('bad-base64', 'signature is not base64url', h.value);
  const payload = bytesToText(payloadBytes);
  return {
    ok: true,
    header: h.value,
    headerRaw: h.raw,
    payloadText: payload.text,
    payloadBytes,
    ...(h.tooDeep ? { headerTooDeep: true } : {}),
    detached: p64 === '',
    unencoded,
    signatureB64: s64,
    encoding: h.encoding === 'latin1' ? 'latin1' : payload.encoding,
  };
}

/**
 * A verification key as a person gives it — typed into the panel's verify box, or read from the CLI's
 * `--secret` / `--jwk FILE` / `--pem FILE` — turned into core's `VerifyKey`. Errors are values; jose
 * itself reads the key later (verify-jwt.ts), so this stays cheap enough for the panel to load eagerly.
 */
import type { VerifyKey } from './verify-types';

/** What the text is: an HMAC secret, a JWK or JWKS (JSON), or a PEM public key or certificate. */
export type KeyKind = 'secret' | 'jwk' | 'pem';

export type KeyText =
  | { ok: true; key: VerifyKey }
  | { ok: false; code: 'empty-key' | 'malformed-key'; message: string };

function jwkKey(text: string): KeyText {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'malformed-key', message: 'not JSON (a JWK or a JWKS is expected)' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, code: 'malformed-key', message: 'not a JSON object (a JWK or a JWKS is expected)' };
  const obj = json as Record<string, unknown>;
  // A JWKS is `{ keys: [...] }` (RFC 7517 §5); anything else is one JWK, which jose judges.
  if (Array.isArray(obj.keys))
    return { ok: true, key: { jwks: { keys: obj.keys as Record<string, unknown>[] } } };
  return { ok: true, key: { jwk: obj } };
}

/**
 * The key `text` of `kind`. A secret is taken byte for byte — spaces and line breaks are part of an
 * HMAC secret — so only an empty text is refused here; whether a key fits the token is verify-jwt's call.
 */
export function keyFromText(kind: KeyKind, text: string): KeyText {
  if (text === '') return { ok: false, code: 'empty-key', message: 'the key is empty' };
  if (kind === 'secret') return { ok: true, key: { secret: text } };
  if (kind === 'pem') return { ok: true, key: { pem: text } };
  return jwkKey(text);
}

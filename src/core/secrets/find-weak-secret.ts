/**
 * `findWeakSecret`: try every well-known secret (weak-secrets.ts) against an HMAC JWT (HS256/384/512,
 * RFC 7518 §3.2) or an express `s:` value, offline. HMAC keys are imported once and cached
 * (values/hmac.ts); the checks use `crypto.subtle.verify`, which compares in constant time.
 */
import { decodeBase64 } from '../values/base64';
import { decodeValue } from '../values/decode-value';
import { type HmacHash, hmacKey } from '../values/hmac';
import { WEAK_SECRETS } from './weak-secrets';

export interface WeakSecretHit {
  secret: string;
  kind: 'jwt' | 'signed-cookie';
}

export interface FindWeakSecretOptions {
  /** Replace the bundled list (e.g. add the app's own leaked secrets). */
  secrets?: readonly string[];
}

const HASH_FOR_ALG: Readonly<Record<string, HmacHash>> = {
  HS256: 'SHA-256',
  HS384: 'SHA-384',
  HS512: 'SHA-512',
};
const encoder = new TextEncoder();

/** The first secret (in list order) whose HMAC verifies, or null. Never throws. */
async function firstVerifying(
  secrets: readonly string[],
  hash: HmacHash,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<string | null> {
  const sig = signature as Uint8Array<ArrayBuffer>;
  const bytes = data as Uint8Array<ArrayBuffer>;
  const checks = secrets.map(async (secret) => {
    if (secret.length === 0) return false; // Web Crypto refuses zero-length HMAC keys.
    try {
      return await crypto.subtle.verify('HMAC', await hmacKey(secret, hash), sig, bytes);
    } catch {
      return false;
    }
  });
  const results = await Promise.all(checks);
  const i = results.indexOf(true);
  return i >= 0 ? (secrets[i] ?? null) : null;
}

/**
 * Accepts anything `decodeValue` can peel: a raw JWT, `Bearer …`, a percent-encoded `connect.sid`,
 * an `s:` value, or JSON holding a token.
 */
export async function findWeakSecret(
  input: string,
  opts: FindWeakSecretOptions = {},
): Promise<WeakSecretHit | null> {
  try {
    const secrets = opts.secrets ?? WEAK_SECRETS;
    const decoded = decodeValue(input);
    if (decoded.jwt) {
      const hash = HASH_FOR_ALG[decoded.jwt.alg ?? ''];
      if (!hash) return null;
      const [h = '', p = '', s = ''] = decoded.jwt.token.split('.');
      const sig = decodeBase64(s, 'base64url');
      if (!sig.ok || sig.bytes.length === 0) return null;
      const secret = await firstVerifying(secrets, hash, sig.bytes, encoder.encode(`${h}.${p}`));
      return secret === null ? null : { secret, kind: 'jwt' };
    }
    if (decoded.signed) {
      const sig = decodeBase64(decoded.signed.signature, 'base64');
      if (!sig.ok) return null;
      const secret = await firstVerifying(
        secrets,
        'SHA-256',
        sig.bytes,
        encoder.encode(decoded.signed.value),
      );
      return secret === null ? null : { secret, kind: 'signed-cookie' };
    }
    return null;
  } catch {
    return null;
  }
}

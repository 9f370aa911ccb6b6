/**
 * HMAC through Web Crypto (`crypto.subtle`, in browsers, workers and Node 20). Imported keys are cached:
 * importing is the expensive part when one token is tried against the whole weak-secret list.
 */

export type HmacHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Bounded: user-typed secrets land here too. */
const MAX_CACHED_KEYS = 1024;
const cache = new Map<string, Promise<CryptoKey>>();
const encoder = new TextEncoder();

export function hmacKey(secret: string, hash: HmacHash): Promise<CryptoKey> {
  const id = `${hash}\u0000${secret}`;
  let key = cache.get(id);
  if (!key) {
    if (cache.size >= MAX_CACHED_KEYS) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash }, false, [
      'sign',
      'verify',
    ]);
    // A failed import must not poison the cache.
    key.catch(() => cache.delete(id));
    cache.set(id, key);
  }
  return key;
}

export async function hmacSign(secret: string, hash: HmacHash, data: Uint8Array): Promise<Uint8Array> {
  const key = await hmacKey(secret, hash);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
}

/** Compare without an early exit, so timing does not reveal how many leading characters matched. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

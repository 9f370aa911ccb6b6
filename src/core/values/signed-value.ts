/**
 * Express signed values: cookie-parser and express-session store `s:` + cookie-signature's
 * `sign(value, secret)`, i.e. `<value>.<base64(HMAC-SHA256(secret, value)) without "=">`
 * (tj/node-cookie-signature index.js; cookie-parser signedCookie; express-session setcookie). The
 * shape only: checking one with a secret is verify-signed-value.ts.
 */
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

/**
 * Base64 (RFC 4648 §4) and base64url (RFC 4648 §5) decoding that never throws and is linear in
 * the input. We do not use `atob`: it accepts whitespace, rejects base64url, and throws.
 */

export type Base64Result =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: 'bad-base64'; message: string };

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function table(alphabet: string): Int8Array {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
}
const STD_TABLE = table(STD);
const URL_TABLE = table(URL_SAFE);
const ANY_TABLE = (() => {
  const t = table(STD);
  t['-'.charCodeAt(0)] = 62;
  t['_'.charCodeAt(0)] = 63;
  return t;
})();

export type Base64Alphabet = 'base64' | 'base64url' | 'any';

/** Linear (a single character class, no alternation): safe on hostile input. */
const VALID: Record<Base64Alphabet, RegExp> = {
  base64: /^[A-Za-z0-9+/]*$/,
  base64url: /^[A-Za-z0-9_-]*$/,
  any: /^[A-Za-z0-9+/_-]*$/,
};

/**
 * Decode base64 or base64url. Trailing `=` padding is accepted (jose accepts it too), unpadded input
 * is accepted (RFC 7515 §2 base64url has no padding), a length of 4n+1 is impossible and rejected.
 * The alphabet is checked first; the decoding itself is the native `atob` (browsers, workers, Node)
 * when present, which is several times faster than a JS loop on RS256 signatures.
 */
export function decodeBase64(input: string, alphabet: Base64Alphabet = 'any'): Base64Result {
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 61 /* = */ && input.length - end < 2) end--;
  if (end % 4 === 1) return { ok: false, code: 'bad-base64', message: 'impossible base64 length' };
  const body = end === input.length ? input : input.slice(0, end);
  if (!VALID[alphabet].test(body)) return badChar(body, alphabet);
  if (typeof atob === 'function') {
    try {
      const std = alphabet === 'base64' ? body : body.replace(/-/g, '+').replace(/_/g, '/');
      const bin = atob(std + '='.repeat((4 - (end % 4)) % 4));
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return { ok: true, bytes: out };
    } catch {
      // Fall through to the portable decoder.
    }
  }
  return decodeSlow(body, alphabet);
}

function badChar(body: string, alphabet: Base64Alphabet): Base64Result {
  const t = alphabet === 'base64' ? STD_TABLE : alphabet === 'base64url' ? URL_TABLE : ANY_TABLE;
  let i = 0;
  while (i < body.length && (t[body.charCodeAt(i)] ?? -1) >= 0) i++;
  return { ok: false, code: 'bad-base64', message: `invalid ${alphabet} character at offset ${i}` };
}

function decodeSlow(body: string, alphabet: Base64Alphabet): Base64Result {
  const t = alphabet === 'base64' ? STD_TABLE : alphabet === 'base64url' ? URL_TABLE : ANY_TABLE;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buf = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? (t[c] ?? -1) : -1;
    if (v < 0) return badChar(body, alphabet);
    buf = ((buf << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: out.subarray(0, o) };
}

/** Alphabet and length only, no allocation: for signatures we carry but never read. */
export function isBase64Url(input: string): boolean {
  return input.length % 4 !== 1 && VALID.base64url.test(input);
}

/** base64url only (JOSE segments, RFC 7515 §2). */
export function decodeBase64Url(input: string): Base64Result {
  return decodeBase64(input, 'base64url');
}

/** Standard base64 without `=` padding, the form cookie-signature emits. */
export function encodeBase64NoPad(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += STD.charAt(n >> 18) + STD.charAt((n >> 12) & 63) + STD.charAt((n >> 6) & 63) + STD.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += `${STD.charAt(n >> 18)}${STD.charAt((n >> 12) & 63)}`;
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += `${STD.charAt(n >> 18)}${STD.charAt((n >> 12) & 63)}${STD.charAt((n >> 6) & 63)}`;
  }
  return out;
}

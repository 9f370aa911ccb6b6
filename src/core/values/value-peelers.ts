/**
 * One peeler per layer kind. Each looks at the current text and either removes exactly one layer
 * (returning the layer and what it found) or returns null. Order matters: see decode-value.ts.
 */

import { decodeJwt } from '../jwt/decode-jwt';
import { decodeJoseHeader } from '../jwt/jose-segments';
import type { DecodedJwt, JwtError } from '../jwt/jwt-types';
import { decodeBase64 } from './base64';
import { bytesToUtf8OrNull } from './base64-text';
import { type BoundedJson, MAX_DECODED_JSON_DEPTH, parseBoundedJson } from './bounded-json';
import { joseShape } from './jose-shape';
import { hasPercentEscapes, percentDecode } from './percent';
import { parseSignedValue, type SignedValue } from './signed-value';
import { textConfidence } from './text-likeness';
import type { DecodedJwe, Layer } from './value-types';

export interface Peeled {
  layer: Layer;
  /** The decoded JSON nested deeper than MAX_DECODED_JSON_DEPTH and was cut (bounded-json.ts). */
  tooDeep?: boolean;
  /** True when nothing further should be peeled (JWT/JWE: their parts are reported separately). */
  terminal?: boolean;
  jwt?: DecodedJwt;
  jwe?: DecodedJwe;
  jwtError?: JwtError;
  signed?: SignedValue;
  json?: unknown;
}

export type Peeler = (text: string, now: number) => Peeled | null;

/** RFC 6750 §2.1: `Authorization: Bearer <token>`. */
export const peelBearer: Peeler = (text) => {
  const m = /^Bearer[ \t]+/i.exec(text);
  if (!m) return null;
  return {
    layer: { kind: 'bearer', label: 'Bearer prefix', text: text.slice(m[0].length).trim(), confidence: 1 },
  };
};

/** RFC 6265bis §4.1.1: cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE ). */
export const peelQuotes: Peeler = (text) => {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return null;
  return { layer: { kind: 'quoted', label: 'surrounding quotes', text: text.slice(1, -1), confidence: 1 } };
};

export const peelPercent: Peeler = (text) => {
  if (!hasPercentEscapes(text)) return null;
  const { text: out, clean } = percentDecode(text);
  if (out === text) return null;
  return {
    layer: {
      kind: 'percent',
      label: clean ? 'percent-encoded' : 'percent-encoded (with malformed escapes)',
      text: out,
      confidence: clean ? 1 : 0.8,
    },
  };
};

/** express-session ids are uid-safe(24): 32 base64url characters (express-session index.js generateSessionId). */
const SESSION_ID = /^[A-Za-z0-9_-]{32}$/;

export const peelSigned: Peeler = (text) => {
  if (!text.startsWith('s:')) return null;
  const signed = parseSignedValue(text);
  if (!signed) return null;
  const label = SESSION_ID.test(signed.value) ? 'express-session signed id' : 'cookie-parser signed value';
  return { layer: { kind: 'signed', label, text: signed.value, confidence: 1 }, signed };
};

/** Depth-bounded (bounded-json.ts): the parsed value is stored and serialised, the layer keeps the text. */
function parseJson(text: string): BoundedJson {
  return parseBoundedJson(text);
}

/** cookie-parser JSONCookie: `j:` + JSON.stringify(value); only when the rest really parses. */
export const peelJsonCookie: Peeler = (text) => {
  if (!text.startsWith('j:')) return null;
  const rest = text.slice(2);
  if (!parseJson(rest).ok) return null;
  return {
    layer: { kind: 'cookie-parser-json', label: 'cookie-parser JSON (j:)', text: rest, confidence: 1 },
  };
};

export const peelJose: Peeler = (text, now) => {
  const shape = joseShape(text);
  if (shape === 3) {
    const jwt = decodeJwt(text, { now });
    if (jwt.ok) {
      const alg = jwt.alg ?? 'no alg';
      const label = jwt.nested ? `nested JWT (${alg})` : `JWT (${alg})`;
      return { layer: { kind: 'jws', label, text: jwt.payloadRaw, confidence: 1 }, terminal: true, jwt };
    }
    if (!jwt.header) return null;
    // A JWS with a readable header but no JSON claims (or a bad payload): still a JWS, report why.
    const layer: Layer = { kind: 'jws', label: 'JWS (claims unreadable)', text, confidence: 0.9 };
    return { layer, terminal: true, jwtError: jwt };
  }
  if (shape === 5) {
    const h = decodeJoseHeader(text);
    if (!h.ok) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const jwe: DecodedJwe = {
      header: h.header,
      alg: str(h.header.alg),
      enc: str(h.header.enc),
      kid: str(h.header.kid),
      token: text,
    };
    const label = `encrypted JWE (${jwe.alg ?? '?'}, ${jwe.enc ?? '?'})`;
    return { layer: { kind: 'jwe', label, text: h.headerRaw, confidence: 1 }, terminal: true, jwe };
  }
  return null;
};

export const peelJson: Peeler = (text) => {
  const t = text.trim();
  const first = t.charCodeAt(0);
  if (first !== 123 /* { */ && first !== 91 /* [ */) return null;
  const parsed = parseJson(t);
  if (!parsed.ok) return null;
  const label = parsed.tooDeep ? `JSON (nested deeper than ${MAX_DECODED_JSON_DEPTH} levels: cut)` : 'JSON';
  return {
    layer: { kind: 'json', label, text: t, confidence: 1 },
    json: parsed.value,
    ...(parsed.tooDeep ? { tooDeep: true } : {}),
  };
};

/** Only these characters, padding at the end only. Checked with a loop: no regex backtracking. */
function base64Alphabet(s: string): 'base64' | 'base64url' | null {
  let std = false;
  let url = false;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--;
  if (s.length - end > 2) return null;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c === 43 || c === 47) std = true;
    else if (c === 45 || c === 95) url = true;
    else return null;
  }
  if (std && url) return null;
  return url ? 'base64url' : 'base64';
}

/** Below this many characters a base64 reading is more often a coincidence than an encoding. */
const MIN_BASE64_CHARS = 6;

export const peelBase64: Peeler = (text) => {
  if (text.length < MIN_BASE64_CHARS) return null;
  const alphabet = base64Alphabet(text);
  if (!alphabet) return null;
  const b = decodeBase64(text, alphabet);
  if (!b.ok || b.bytes.length === 0) return null;
  const decoded = bytesToUtf8OrNull(b.bytes);
  if (decoded === null) return null;
  let confidence = textConfidence(decoded);
  if (confidence === 0) return null;
  // Decoding to JSON or to another recognisable layer makes the base64 reading near certain.
  const t = decoded.trim();
  if ((t.startsWith('{') || t.startsWith('[')) && parseJson(t).ok) confidence = 0.95;
  else if (joseShape(t) !== 0 || t.startsWith('s:') || t.startsWith('j:')) confidence = 0.9;
  return {
    layer: {
      kind: 'base64',
      label: alphabet === 'base64url' ? 'base64url' : 'base64',
      text: decoded,
      confidence,
    },
  };
};

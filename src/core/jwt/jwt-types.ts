/**
 * Result types of JOSE decoding. Errors are values with a stable code (house style §2, after panva/jose: stable codes,
 * one distinct message per failure mode); callers switch on `code`, never on `message`.
 */

export type JwtErrorCode =
  /** Input is not a string (library callers passing null/undefined). */
  | 'not-a-string'
  /** Wrong number of `.`-separated parts, or an empty protected header. */
  | 'malformed'
  /** A segment is not base64url (RFC 7515 §2: no padding, `-` and `_`). */
  | 'bad-base64'
  /** A segment decodes but is not JSON. */
  | 'bad-json'
  /** JSON, but not an object (`null`, an array, a number) — RFC 7519 §7.2 steps 4 and 10. */
  | 'not-an-object'
  /** JWS with an empty payload (detached content, RFC 7515 App. F): there are no claims to decode. */
  | 'missing-payload'
  /** A compact JWE (5 parts): encrypted, the claims cannot be read without the key. */
  | 'jwe'
  /** Larger than MAX_TOKEN_CHARS. */
  | 'too-large';

export const JWT_ERROR_CODES: readonly JwtErrorCode[] = [
  'not-a-string',
  'malformed',
  'bad-base64',
  'bad-json',
  'not-an-object',
  'missing-payload',
  'jwe',
  'too-large',
];

export interface JwtError {
  ok: false;
  code: JwtErrorCode;
  message: string;
  /** For `jwe` (and payload errors): the protected header, which is readable. */
  header?: Record<string, unknown>;
}

/** A claim time (RFC 7519 §4.1.4–4.1.6, NumericDate seconds) made human. */
export interface ClaimTime {
  /** Seconds since the epoch, as in the token. */
  seconds: number;
  /** ISO 8601, or null when out of the Date range. */
  date: string | null;
  /** "3 h ago", "in 2 days"; `exp` in the past reads "expired 3 h ago". */
  relative: string;
}

export interface DecodedJwt {
  ok: true;
  /** The compact token as decoded (needed to verify it). */
  token: string;
  header: Record<string, unknown>;
  /** Exact decoded header text (may contain CRLF, RFC 7515 App. A.1). */
  headerRaw: string;
  payload: Record<string, unknown>;
  payloadRaw: string;
  /** Latin-1 when a segment was not valid UTF-8 (see text-bytes.ts). */
  encoding: 'utf-8' | 'latin1';
  signatureB64: string;
  /** Header values when they are strings, else null (hostile tokens put anything there). */
  alg: string | null;
  kid: string | null;
  typ: string | null;
  cty: string | null;
  /** RFC 7519 §5.2 / App. A.2: `cty: JWT` — the payload is itself a JWT (only for JWS here). */
  nested?: DecodedJwt;
  times: { exp?: ClaimTime; iat?: ClaimTime; nbf?: ClaimTime };
  /**
   * The header or the claims nest deeper than MAX_DECODED_JSON_DEPTH (values/bounded-json.ts): deeper
   * containers read "[nested deeper than … levels]"; `headerRaw` / `payloadRaw` keep the whole text.
   */
  tooDeep?: true;
}

export type JwtResult = DecodedJwt | JwtError;

/** A decoded JOSE protected header (JWS or JWE). */
export type JoseHeaderResult =
  | { ok: true; kind: 'jws' | 'jwe'; header: Record<string, unknown>; headerRaw: string; parts: number }
  | JwtError;

/** A compact JWS whose payload may be anything (text, detached, RFC 7797 unencoded). */
export type JwsResult =
  | {
      ok: true;
      header: Record<string, unknown>;
      headerRaw: string;
      /** Decoded payload text ('' when detached). */
      payloadText: string;
      payloadBytes: Uint8Array;
      /** RFC 7515 App. F: empty payload segment. */
      detached: boolean;
      /** RFC 7797: `b64: false` — the payload segment is the payload itself. */
      unencoded: boolean;
      signatureB64: string;
      encoding: 'utf-8' | 'latin1';
      /** The protected header nested deeper than MAX_DECODED_JSON_DEPTH and was cut. */
      headerTooDeep?: boolean;
    }
  | JwtError;

/**
 * What `decodeValue` reports. A cookie value is peeled layer by layer, outermost first; each layer
 * says what it was and what text it left, so the panel can show "percent-encoded → express-session
 * signed id → …" and the CLI can print the same.
 */
import type { DecodedJwt, JwtError } from '../jwt/jwt-types';
import type { SignedValue } from './signed-value';

export type LayerKind =
  /** `%XX` escapes (RFC 3986 §2.1), as set by `encodeURIComponent` in Express. */
  | 'percent'
  /** A value wrapped in DQUOTEs (RFC 6265bis §4.1.1 cookie-value grammar allows them). */
  | 'quoted'
  /** `Bearer ` (RFC 6750 §2.1) — Authorization headers. */
  | 'bearer'
  /** cookie-parser / express-session `s:<value>.<signature>`. */
  | 'signed'
  /** cookie-parser `j:` JSON cookie. */
  | 'cookie-parser-json'
  /** base64 / base64url that decoded to text (with a confidence: random ids also look like base64). */
  | 'base64'
  /** A JSON document. */
  | 'json'
  /** A token found inside the JSON document above, at `path`. */
  | 'json-field'
  /** A compact JWS / JWT (RFC 7515, RFC 7519): terminal, see `DecodedValue.jwt`. */
  | 'jws'
  /** A compact JWE (RFC 7516): terminal, encrypted, see `DecodedValue.jwe`. */
  | 'jwe';

export interface Layer {
  kind: LayerKind;
  /** Human label: "percent-encoded", "express-session signed id", "JWT (HS256)". */
  label: string;
  /** The text left once this layer is removed. */
  text: string;
  /** 0..1: how sure we are this layer is real (1 = unambiguous syntax). */
  confidence: number;
  /** `json-field` only: JSONPath-like location, e.g. `$.access_token` or `$.tokens[0]`. */
  path?: string;
}

export interface JsonToken {
  path: string;
  kind: 'jwt' | 'jwe' | 'signed';
}

export interface DecodedJwe {
  header: Record<string, unknown>;
  alg: string | null;
  enc: string | null;
  kid: string | null;
  /** The compact token. */
  token: string;
}

export interface DecodedValue {
  input: string;
  layers: Layer[];
  /** Text after the last layer (the JWT payload JSON for a JWT; the input when nothing was peeled). */
  final: string;
  /** What the value turned out to be, for badges and roles. */
  kind: 'jwt' | 'jwe' | 'signed' | 'json' | 'text' | 'plain';
  jwt?: DecodedJwt;
  jwe?: DecodedJwe;
  /** It looked like a JWT (`eyJ…` in 3 parts) but did not decode: why. */
  jwtError?: JwtError;
  /** The first `s:` layer found. */
  signed?: SignedValue;
  /** The first JSON document found (parsed). */
  json?: unknown;
  /** Every token found inside JSON documents; the first one is also peeled as a `json-field` layer. */
  jsonTokens?: JsonToken[];
  /** Lowest layer confidence (1 when nothing was peeled). */
  confidence: number;
  /** Set when a bound stopped the peeling early. */
  limited?: 'input-too-large' | 'max-layers' | 'json-too-large' | 'json-too-deep';
}

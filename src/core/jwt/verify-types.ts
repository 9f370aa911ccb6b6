/** Shared shape of every verification result (JWTs and `s:` signed values). Never thrown. */

export type VerifyStatus =
  | 'valid'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'unsupported-alg'
  | 'malformed-key'
  | 'malformed-token';

export interface VerifyResult {
  status: VerifyStatus;
  /** The token's `alg` (or 'HS256' for `s:` values, which are always HMAC-SHA256). */
  alg: string | null;
  message: string;
  /** True when the signature itself checked out (an `expired` token has a valid signature). */
  signatureValid: boolean;
}

/** What a JWT can be verified with. A PEM may be an SPKI public key or an X.509 certificate. */
export type VerifyKey =
  | { secret: string | Uint8Array }
  | { jwk: Record<string, unknown> }
  | { jwks: { keys: Record<string, unknown>[] } }
  | { pem: string };

export interface VerifyOptions {
  /** Epoch ms for exp/nbf checks (default Date.now()). */
  now?: number;
  /** Seconds of leeway for exp/nbf (default 0). */
  clockToleranceSec?: number;
  /** The content of a detached-payload JWS (RFC 7515 App. F), as text. */
  detachedPayload?: string;
}

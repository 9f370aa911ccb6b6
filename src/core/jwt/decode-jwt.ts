/**
 * `decodeJwt`: a compact JWS whose payload is a JSON claims set (RFC 7519 §7.2), decoded without
 * verifying. Never throws; every failure is `{ ok: false, code, message }`.
 */
import { parseBoundedJson } from '../values/bounded-json';
import { decodeJws, isPlainObject, jwtError } from './jose-segments';
import type { DecodedJwt, JwtResult } from './jwt-types';
import { claimTime } from './relative-time';

export interface DecodeJwtOptions {
  /** Clock for relative times, epoch ms (default Date.now()). */
  now?: number;
}

/** RFC 7519 App. A.2 nests at most a few levels; hostile tokens could nest until the size cap. */
const MAX_NESTING = 4;

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function decodeJwt(token: unknown, opts: DecodeJwtOptions = {}): JwtResult {
  return decodeAt(token, opts.now ?? Date.now(), 0);
}

function decodeAt(token: unknown, now: number, depth: number): JwtResult {
  const jws = decodeJws(token);
  if (!jws.ok) return jws;
  if (jws.detached)
    return jwtError('missing-payload', 'the JWS has no payload (detached content)', jws.header);
  const cty = str(jws.header.cty);
  // RFC 7519 §5.2: cty "JWT" means the payload is a nested JWT, not a claims set.
  if (cty !== null && cty.toUpperCase() === 'JWT' && depth < MAX_NESTING) {
    const inner = decodeAt(jws.payloadText.trim(), now, depth + 1);
    if (inner.ok) {
      return { ...resultOf(jws, token as string, {}, {}), nested: inner };
    }
  }
  // Depth-bounded: the claims are stored, rendered and serialised; `payloadRaw` keeps the whole text.
  const parsed = parseBoundedJson(jws.payloadText);
  if (!parsed.ok)
    return jwtError('bad-json', 'payload is not JSON (this is a JWS but not a JWT)', jws.header);
  const payload = parsed.value;
  if (!isPlainObject(payload)) {
    return jwtError('not-an-object', 'payload is JSON but not a claims object', jws.header);
  }
  const times: DecodedJwt['times'] = {};
  for (const claim of ['exp', 'iat', 'nbf'] as const) {
    const t = claimTime(payload[claim], now, claim);
    if (t) times[claim] = t;
  }
  const result = resultOf(jws, token as string, payload, times);
  if (parsed.tooDeep || jws.headerTooDeep) result.tooDeep = true;
  return result;
}

/** One object literal with a fixed shape (no spread): this runs per cookie on every capture. */
function resultOf(
  jws: Extract<ReturnType<typeof decodeJws>, { ok: true }>,
  token: string,
  payload: Record<string, unknown>,
  times: DecodedJwt['times'],
): DecodedJwt {
  return {
    ok: true,
    token,
    header: jws.header,
    headerRaw: jws.headerRaw,
    payload,
    payloadRaw: jws.payloadText,
    encoding: jws.encoding,
    signatureB64: jws.signatureB64,
    alg: str(jws.header.alg),
    kid: str(jws.header.kid),
    typ: str(jws.header.typ),
    cty: str(jws.header.cty),
    times,
  };
}

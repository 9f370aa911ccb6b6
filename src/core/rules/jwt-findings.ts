/**
 * Every token rule over one decoded value, in one call: what the audit engine, the panel's detail
 * pane and `cookie-lens decode` use. Pure and synchronous; pass the weak-secret hit (found by the async
 * `findWeakSecret`) when you have it.
 */
import type { Finding } from '../model';
import type { WeakSecretHit } from '../secrets/find-weak-secret';
import type { DecodedValue } from '../values/value-types';
import { checkAuthWeakSecret } from './auth-weak-secret';
import { checkJweOpaque } from './jwe-opaque';
import { checkJwtAlgNone } from './jwt-alg-none';
import { checkJwtExpired } from './jwt-expired';
import { checkJwtNoExp } from './jwt-no-exp';
import type { TokenContext } from './jwt-rule-context';
import { checkJwtSensitiveClaims } from './jwt-sensitive-claims';

export function tokenFindings(
  decoded: DecodedValue,
  ctx: TokenContext,
  weak: WeakSecretHit | null = null,
): Finding[] {
  const out: Finding[] = [];
  const jwt = decoded.jwt;
  if (jwt) {
    out.push(...checkJwtAlgNone(jwt, ctx));
    const claims = jwt.nested ?? jwt;
    out.push(...checkJwtExpired(claims, ctx));
    out.push(...checkJwtNoExp(jwt, ctx));
    out.push(...checkJwtSensitiveClaims(jwt, ctx));
  } else if (decoded.jwtError?.header) {
    // A JWS whose claims do not decode can still be unsigned.
    out.push(...checkJwtAlgNone({ header: decoded.jwtError.header }, ctx));
  }
  if (decoded.jwe) out.push(...checkJweOpaque(decoded.jwe, ctx));
  out.push(...checkAuthWeakSecret(weak, ctx));
  return out;
}

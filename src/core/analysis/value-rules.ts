/**
 * The seam to the token rules owned by the values engineer (jwt-*, jwe-opaque, auth-weak-secret): the
 * engine calls them here and nowhere else, so wiring a new token rule is a one-line change.
 */
import type { DecodedJwt } from '../jwt/jwt-types';
import type { Finding } from '../model';
import { checkJwtAlgNone } from '../rules/jwt-alg-none';
import { checkJwtExpired } from '../rules/jwt-expired';
import { checkJwtNoExp } from '../rules/jwt-no-exp';
import type { TokenContext } from '../rules/jwt-rule-context';
import { checkJwtSensitiveClaims } from '../rules/jwt-sensitive-claims';

type TokenCheck = (jwt: DecodedJwt, ctx: TokenContext) => Finding[];

const JWT_CHECKS: readonly TokenCheck[] = [
  checkJwtAlgNone,
  checkJwtExpired,
  checkJwtNoExp,
  checkJwtSensitiveClaims,
];

/** Findings for a decoded JWT seen in a cookie or a Bearer header. Never throws. */
export function jwtFindings(jwt: DecodedJwt, ctx: TokenContext): Finding[] {
  const out: Finding[] = [];
  for (const check of JWT_CHECKS) {
    try {
      out.push(...check(jwt, ctx));
    } catch {
      // A rule bug must not sink the whole audit; the other rules still report.
    }
  }
  return out;
}

/** Findings for a JWE (encrypted: only its existence can be judged). Wired when jwe-opaque lands. */
export function jweFindings(_ctx: TokenContext): Finding[] {
  return [];
}

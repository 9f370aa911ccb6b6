/**
 * `jwt-no-exp`: a JWT without `exp` (RFC 7519 §4.1.4) is valid forever once stolen.
 * Severity (decided here, docs/architecture.md §5): medium when it is a credential — an auth cookie or a Bearer
 * header; low for any other cookie (a JWT used for preferences or CSRF state is not a login).
 */
import type { DecodedJwt } from '../jwt/jwt-types';
import type { Finding } from '../model';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwt-no-exp',
  severity: 'medium',
});

export function checkJwtNoExp(jwt: Pick<DecodedJwt, 'payload' | 'nested'>, ctx: TokenContext): Finding[] {
  // A nested JWT (cty: JWT) carries its claims inside: judge those.
  const claims = jwt.nested ? jwt.nested.payload : jwt.payload;
  const exp = claims.exp;
  if (typeof exp === 'number' && Number.isFinite(exp)) return [];
  const severity = ctx.isAuth ? 'medium' : 'low';
  const role = ctx.isAuth ? 'credential' : 'value';
  const message =
    exp === undefined
      ? `JWT in ${where(ctx)} has no exp: this ${role} never expires`
      : `JWT in ${where(ctx)} has a non-numeric exp (${JSON.stringify(exp).slice(0, 40)}): most verifiers ignore it`;
  const f = tokenFinding(meta, ctx, message, severity);
  // The non-numeric exp is claim content the message quotes: "Mask values" hides it.
  if (exp !== undefined) f.quoted = [JSON.stringify(exp).slice(0, 40)];
  return [f];
}

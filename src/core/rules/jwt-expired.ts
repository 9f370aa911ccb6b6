/** `jwt-expired` (low): the browser still holds/sends a JWT past its `exp` (RFC 7519 §4.1.4). */
import type { DecodedJwt } from '../jwt/jwt-types';
import { relativeTime } from '../jwt/relative-time';
import type { Finding } from '../model';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwt-expired',
  severity: 'low',
});

export function checkJwtExpired(jwt: Pick<DecodedJwt, 'payload'>, ctx: TokenContext): Finding[] {
  const exp = jwt.payload.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return [];
  const expMs = exp * 1000;
  if (expMs > ctx.now) return [];
  const date = Math.abs(expMs) <= 8.64e15 ? new Date(expMs).toISOString() : String(exp);
  const message = `JWT in ${where(ctx)} expired ${relativeTime(expMs, ctx.now)} (exp ${date})`;
  return [tokenFinding(meta, ctx, message)];
}

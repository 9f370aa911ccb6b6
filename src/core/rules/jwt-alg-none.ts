/** `jwt-alg-none` (high): an unsecured JWT (RFC 7519 §6) — anyone can forge its claims. */
import type { DecodedJwt } from '../jwt/jwt-types';
import type { Finding } from '../model';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwt-alg-none',
  severity: 'high',
});

/** Any letter case: `None`/`NONE` variants were used against case-sensitive blocklists. */
export function isAlgNone(header: Record<string, unknown>): boolean {
  return typeof header.alg === 'string' && header.alg.toLowerCase() === 'none';
}

export function checkJwtAlgNone(jwt: Pick<DecodedJwt, 'header'>, ctx: TokenContext): Finding[] {
  if (!isAlgNone(jwt.header)) return [];
  const alg = String(jwt.header.alg);
  return [
    tokenFinding(meta, ctx, `JWT in ${where(ctx)} is unsigned (alg "${alg}"): its claims can be forged`),
  ];
}

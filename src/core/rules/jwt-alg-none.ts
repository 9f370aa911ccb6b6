/** `jwt-alg-none` (high): an unsecured JWT (RFC 7519 §6) — anyone can forge its claims. */
import type { DecodedJwt } from '../jwt/jwt-types';
import type { Finding } from '../model';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwt-alg-none',
  severity: 'high',
  title: 'JWT with alg "none"',
  why:
    'A JWT with alg "none" carries no signature: anyone can edit its claims (user id, role) and a server ' +
    "that accepts it will believe them. Libraries that honour the header's alg have been bypassed this way.",
  fix:
    'Sign tokens (HS256 with a strong secret, or RS256/ES256/EdDSA) and pin the accepted algorithms when ' +
    "verifying, e.g. `jwt.verify(token, key, { algorithms: ['HS256'] })` or jose " +
    "`jwtVerify(token, key, { algorithms: ['ES256'] })`.",
  refs: [
    'RFC 8725 §2.1 (weak signatures and insufficient signature validation)',
    'RFC 8725 §3.1 (perform algorithm verification)',
    'RFC 7519 §6 (unsecured JWTs)',
    'CWE-347',
    'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
  ],
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

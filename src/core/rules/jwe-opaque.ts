/** `jwe-opaque` (info): an encrypted JWT (RFC 7516) — its claims cannot be inspected here. */
import type { Finding } from '../model';
import type { DecodedJwe } from '../values/value-types';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwe-opaque',
  severity: 'info',
});

export function checkJweOpaque(jwe: Pick<DecodedJwe, 'alg' | 'enc'>, ctx: TokenContext): Finding[] {
  const legacy = jwe.alg === 'RSA1_5' ? '; RSA1_5 key encryption is deprecated (RFC 8725 §3.2)' : '';
  const message = `${where(ctx)} holds an encrypted JWE (alg ${jwe.alg ?? '?'}, enc ${jwe.enc ?? '?'}): claims not inspected${legacy}`;
  return [tokenFinding(meta, ctx, message.charAt(0).toUpperCase() + message.slice(1))];
}

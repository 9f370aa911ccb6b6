/** `jwe-opaque` (info): an encrypted JWT (RFC 7516) — its claims cannot be inspected here. */
import type { Finding } from '../model';
import type { DecodedJwe } from '../values/value-types';
import { type TokenContext, tokenFinding, where } from './jwt-rule-context';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'jwe-opaque',
  severity: 'info',
  title: 'Encrypted JWT (JWE): contents not inspected',
  why:
    'A JWE hides its claims from the browser and from Cookie Lens, so expiry and claim checks cannot run ' +
    'on it. That is fine by design; the server alone must validate exp and audience after decrypting.',
  fix:
    'Nothing to fix if encryption is intended. Prefer RSA-OAEP-256, ECDH-ES or dir over RSA1_5 ' +
    '(RFC 8725 §3.2), and still set a cookie lifetime that matches the token.',
  refs: ['RFC 7516 §1', 'RFC 8725 §3.2', 'RFC 8725 §2.3'],
});

export function checkJweOpaque(jwe: Pick<DecodedJwe, 'alg' | 'enc'>, ctx: TokenContext): Finding[] {
  const legacy = jwe.alg === 'RSA1_5' ? '; RSA1_5 key encryption is deprecated (RFC 8725 §3.2)' : '';
  const message = `${where(ctx)} holds an encrypted JWE (alg ${jwe.alg ?? '?'}, enc ${jwe.enc ?? '?'}): claims not inspected${legacy}`;
  return [tokenFinding(meta, ctx, message.charAt(0).toUpperCase() + message.slice(1))];
}

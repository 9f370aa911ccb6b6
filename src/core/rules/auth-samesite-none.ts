/** `auth-samesite-none` (medium): a login cookie sent on cross-site requests. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-samesite-none',
  severity: 'medium',
  title: 'Auth cookie with SameSite=None',
  why:
    'SameSite=None sends the session cookie with requests from any site, so cross-site request forgery ' +
    'works again unless every state-changing endpoint checks a CSRF token.',
  fix: "Use sameSite: 'lax' (or 'strict') unless the cookie must work inside third-party iframes.",
  refs: ['RFC 6265bis §8.8', 'CWE-352', 'OWASP CSRF Prevention Cheat Sheet'],
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => s.parsed?.attributes.sameSite === 'none')
    .map((s) => authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} is SameSite=None`));
}

/** `auth-samesite-missing` (low): a login cookie that relies on the browser's SameSite default. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-samesite-missing',
  severity: 'low',
  title: 'Auth cookie without SameSite',
  why:
    'Without SameSite, Chrome applies Lax (with a 2-minute exception for top-level POSTs) but Firefox and ' +
    'Safari may send the cookie cross-site: CSRF protection then depends on the browser.',
  fix: "res.cookie(name, value, { sameSite: 'lax' }); express-session: cookie: { sameSite: 'lax' }.",
  refs: ['RFC 6265bis §5.6.7', 'RFC 6265bis §8.8', 'CWE-1275'],
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => s.parsed?.attributes.sameSite === null)
    .map((s) => authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} has no valid SameSite`));
}

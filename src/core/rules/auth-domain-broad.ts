/** `auth-domain-broad` (medium): a login cookie shared with every subdomain. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-domain-broad',
  severity: 'medium',
  title: 'Auth cookie shared with subdomains',
  why:
    'With a Domain attribute the cookie goes to every subdomain (RFC 6265bis §5.7 step 6): one compromised ' +
    'or user-controlled subdomain can read or overwrite the session.',
  fix: 'Omit Domain so the cookie is host-only, or better use the __Host- prefix.',
  refs: ['RFC 6265bis §4.1.2.3', 'RFC 6265bis §8.6', 'CWE-1275'],
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => s.parsed?.attributes.domain !== null && s.result.cookie?.hostOnly === false)
    .map((s) =>
      authFinding(
        meta,
        s,
        ctx.exchange.id,
        `Auth cookie ${s.cookie.name} is sent to every subdomain of ${s.cookie.domain}`,
      ),
    );
}

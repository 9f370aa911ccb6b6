/** `auth-domain-broad` (medium): a login cookie shared with every subdomain. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-domain-broad',
  severity: 'medium',
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

/** `auth-samesite-none` (medium): a login cookie sent on cross-site requests. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-samesite-none',
  severity: 'medium',
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => s.parsed?.attributes.sameSite === 'none')
    .map((s) => authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} is SameSite=None`));
}

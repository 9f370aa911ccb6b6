/** `auth-samesite-missing` (low): a login cookie that relies on the browser's SameSite default. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-samesite-missing',
  severity: 'low',
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => s.parsed?.attributes.sameSite === null)
    .map((s) => authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} has no valid SameSite`));
}

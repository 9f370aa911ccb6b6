/** `samesite-missing` (info): a non-auth cookie without a SameSite attribute. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'samesite-missing',
  severity: 'info',
});

export function check(ctx: ExchangeContext): Finding[] {
  return acceptedSets(ctx)
    .filter((s) => s.role.role !== 'auth' && s.parsed?.attributes.sameSiteRaw === null)
    .map((s) => finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name} has no SameSite attribute`));
}

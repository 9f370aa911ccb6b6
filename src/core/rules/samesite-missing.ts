/** `samesite-missing` (info): a non-auth cookie without a SameSite attribute. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'samesite-missing',
  severity: 'info',
  title: 'No SameSite attribute',
  why: 'Without SameSite the cross-site behaviour differs between browsers (Chrome defaults to Lax, others may not).',
  fix: "Say what you mean: res.cookie(name, value, { sameSite: 'lax' }).",
  refs: ['RFC 6265bis §5.6.7'],
});

export function check(ctx: ExchangeContext): Finding[] {
  return acceptedSets(ctx)
    .filter((s) => s.role.role !== 'auth' && s.parsed?.attributes.sameSiteRaw === null)
    .map((s) => finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name} has no SameSite attribute`));
}

/** `no-secure-on-https` (low): a non-auth cookie from an https site without Secure. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'no-secure-on-https',
  severity: 'low',
});

export function check(ctx: ExchangeContext): Finding[] {
  if (!ctx.https) return [];
  return acceptedSets(ctx)
    .filter((s) => s.role.role !== 'auth' && !s.parsed?.attributes.secure && !s.unknownFlags?.secure)
    .map((s) => finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name} is not Secure on an https site`));
}

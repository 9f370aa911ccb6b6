/** `third-party` (info): a cookie set by a response from another site than the page. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'third-party',
  severity: 'info',
});

export function check(ctx: ExchangeContext): Finding[] {
  if (ctx.pageSite === null || ctx.pageSite === ctx.site) return [];
  return acceptedSets(ctx).map((s) =>
    finding(
      meta,
      s.cookie,
      ctx.exchange.id,
      `${s.cookie.name} set by ${ctx.site} on a page of ${ctx.pageSite}`,
    ),
  );
}

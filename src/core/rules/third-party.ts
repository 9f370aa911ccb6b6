/** `third-party` (info): a cookie set by a response from another site than the page. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'third-party',
  severity: 'info',
  title: 'Third-party cookie',
  why:
    'Set by another site than the one in the address bar. Browsers increasingly block or partition such ' +
    'cookies (CHIPS), and they are the usual way of tracking users across sites.',
  fix: 'If it must work in an embed, use SameSite=None; Secure; Partitioned. Otherwise serve it first-party.',
  refs: ['RFC 6265bis §5.2', 'CHIPS (Partitioned cookies)'],
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

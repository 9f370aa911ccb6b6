/** `sent-over-http` (high): a cookie that an https response set, later sent over plain http. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'sent-over-http',
  severity: 'high',
});

export function check(ctx: ExchangeContext): Finding[] {
  if (ctx.https) return [];
  return ctx.sent
    .filter((c) => c.before.setOverHttps)
    .map((c) =>
      finding(
        meta,
        c.cookie,
        ctx.exchange.id,
        `${c.name}, set over https, was sent over http to ${ctx.host}`,
      ),
    );
}

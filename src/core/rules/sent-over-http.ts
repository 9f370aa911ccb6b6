/** `sent-over-http` (high): a cookie that an https response set, later sent over plain http. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'sent-over-http',
  severity: 'high',
  title: 'Cookie from https sent over http',
  why:
    'The cookie was set by an https response but travelled in clear over http: anyone on the network path ' +
    'saw it. Without Secure, one http link or redirect is enough (RFC 6265bis §8.3).',
  fix: 'Mark it Secure (res.cookie(name, value, { secure: true })) and redirect http to https with HSTS.',
  refs: ['RFC 6265bis §8.3', 'RFC 6797', 'CWE-319'],
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

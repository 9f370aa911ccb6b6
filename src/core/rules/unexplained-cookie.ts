/** `unexplained-cookie` (info): a cookie sent but never seen set in the capture. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'unexplained-cookie',
  severity: 'info',
});

export function check(ctx: ExchangeContext): Finding[] {
  // A cookie the replay rejected but the recording browser kept (other third-party settings) is
  // explained by its `rejected-*` finding: not "never seen set".
  return ctx.sent
    .filter((c) => !c.before.everSet && !ctx.rejectedEarlier?.(c.name))
    .map((c) =>
      finding(meta, c.cookie, ctx.exchange.id, `${c.name} was sent to ${ctx.host} but never seen set`),
    );
}

/** `expiry-capped` (info): an expiry beyond 400 days is silently shortened. */
import { MAX_COOKIE_AGE_DAYS } from '../cookie/cookie-lifetime';
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'expiry-capped',
  severity: 'info',
});

export function check(ctx: ExchangeContext): Finding[] {
  return acceptedSets(ctx)
    .filter((s) => s.lifetime?.kind === 'persistent' && s.lifetime.capped)
    .map((s) =>
      finding(
        meta,
        s.cookie,
        ctx.exchange.id,
        `${s.cookie.name}: expiry capped at ${MAX_COOKIE_AGE_DAYS} days`,
      ),
    );
}

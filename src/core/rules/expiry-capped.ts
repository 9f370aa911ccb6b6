/** `expiry-capped` (info): an expiry beyond 400 days is silently shortened. */
import { MAX_COOKIE_AGE_DAYS } from '../cookie/cookie-lifetime';
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'expiry-capped',
  severity: 'info',
  title: 'Expiry capped at 400 days',
  why: `Browsers cap Expires/Max-Age at ${MAX_COOKIE_AGE_DAYS} days from receipt (RFC 6265bis §5.6.1, §5.6.2); a "forever" cookie is not forever.`,
  fix: 'Ask for at most 400 days and refresh the cookie when the user comes back.',
  refs: ['RFC 6265bis §5.6.1', 'RFC 6265bis §5.6.2'],
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

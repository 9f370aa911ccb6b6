/**
 * `rejected-third-party` (info; low for a cookie that looks like a credential): a cross-site response
 * set a cookie without `SameSite=None`, so the browser dropped it (RFC 6265bis §5.7: a cross-site
 * response may set only SameSite=None cookies). Chrome does the same; the recording browser may not
 * have (other third-party settings), so such a cookie can still turn up in later Cookie headers.
 */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'rejected-third-party',
  severity: 'info',
});

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  for (const s of ctx.sets) {
    if (s.result.outcome !== 'rejected' || s.result.reason !== 'samesite-cross-site') continue;
    const credential = s.role.role === 'auth' && s.role.confidence !== 'low';
    out.push(
      finding(
        meta,
        s.cookie,
        ctx.exchange.id,
        `${s.cookie.name} from ${ctx.host} was rejected on a page of ${ctx.pageSite ?? 'another site'}: a third-party response without SameSite=None`,
        credential ? 'low' : 'info',
      ),
    );
  }
  return out;
}

/**
 * The shared shape of the `rejected-*` rules: the jar refused the cookie (RFC 6265bis §5.7) for one of a
 * few reject codes. The browser drops it silently — the only trace is a DevTools warning most people miss.
 */
import type { RejectCode } from '../cookie/types';
import type { Finding } from '../model';
import type { RuleMeta } from './rule';
import { type ExchangeContext, finding, type Rule } from './rule-context';

export function rejectRule(meta: RuleMeta, codes: readonly RejectCode[]): Rule {
  return {
    meta,
    check(ctx: ExchangeContext): Finding[] {
      const out: Finding[] = [];
      for (const s of ctx.sets) {
        const reason = s.result.reason;
        if (s.result.outcome !== 'rejected' || reason === undefined || !codes.includes(reason)) continue;
        // The reason in words is added where the finding is shown (findingMessage), not carried.
        const f = finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name} was rejected by the browser`);
        out.push({ ...f, rejectReason: reason });
      }
      return out;
    },
  };
}

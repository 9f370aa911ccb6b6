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
        const why = s.result.message ?? reason;
        out.push(
          finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name} was rejected by the browser: ${why}`),
        );
      }
      return out;
    },
  };
}

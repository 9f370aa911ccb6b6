/** `auth-long-lived` (medium): a login cookie that outlives 30 days. */
import { DAY_MS, formatDuration } from '../cookie/cookie-lifetime';
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-long-lived',
  severity: 'medium',
  authRole: true,
});

const LIMIT_MS = 30 * DAY_MS;

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  for (const s of authSets(ctx)) {
    const lt = s.lifetime;
    if (lt?.kind !== 'persistent') continue;
    // A "remember me" token (Devise `remember_user_token`, Laravel `remember_web_…`) is long-lived by
    // design: it is the opt-in persistent login, not a session that forgot to expire.
    if (/^remember[_-]/i.test(s.cookie.name)) continue;
    const left = lt.expiresAt - ctx.exchange.startedAt;
    if (left > LIMIT_MS) {
      out.push(
        authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} lives ${formatDuration(left)}`),
      );
    }
  }
  return out;
}

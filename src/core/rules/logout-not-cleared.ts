/** `logout-not-cleared` (medium): an auth cookie survives logout unchanged and is sent again. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'logout-not-cleared',
  severity: 'medium',
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.sent) {
    const after = c.before.survivedLogout;
    if (after === null || c.cookie.role.role !== 'auth' || after.value !== c.value) continue;
    out.push(
      authFinding(
        meta,
        { cookie: c.cookie, role: c.cookie.role },
        ctx.exchange.id,
        `${c.name} was neither deleted nor changed by logout (${after.exchange}) and was sent again`,
      ),
    );
  }
  return out;
}

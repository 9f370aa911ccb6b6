/** `auth-no-httponly` (high): a login cookie that page scripts can read. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-no-httponly',
  severity: 'high',
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => !s.parsed?.attributes.httpOnly && !s.unknownFlags?.httpOnly)
    .map((s) =>
      authFinding(
        meta,
        s,
        ctx.exchange.id,
        `Auth cookie ${s.cookie.name} is not HttpOnly: scripts can read it`,
      ),
    );
}

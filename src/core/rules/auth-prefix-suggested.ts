/** `auth-prefix-suggested` (info): an auth cookie without the `__Host-` / `__Secure-` prefix. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-prefix-suggested',
  severity: 'info',
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => !/^__(host|secure)-/i.test(s.cookie.name))
    .map((s) =>
      authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} could use the __Host- prefix`),
    );
}

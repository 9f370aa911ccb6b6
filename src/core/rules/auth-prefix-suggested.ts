/** `auth-prefix-suggested` (info): an auth cookie without the `__Host-` / `__Secure-` prefix. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-prefix-suggested',
  severity: 'info',
  title: 'Consider the __Host- prefix',
  why:
    'A `__Host-` cookie can only be set Secure, host-only and Path=/ (RFC 6265bis §4.1.3.2): a subdomain or ' +
    'an http page can then not plant or overwrite the session cookie.',
  fix: "express-session: session({ name: '__Host-sid', cookie: { secure: true, path: '/' } }).",
  refs: ['RFC 6265bis §4.1.3', 'OWASP Session Management Cheat Sheet'],
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => !/^__(host|secure)-/i.test(s.cookie.name))
    .map((s) =>
      authFinding(meta, s, ctx.exchange.id, `Auth cookie ${s.cookie.name} could use the __Host- prefix`),
    );
}

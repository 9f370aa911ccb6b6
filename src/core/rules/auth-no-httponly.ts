/** `auth-no-httponly` (high): a login cookie that page scripts can read. */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-no-httponly',
  severity: 'high',
  title: 'Auth cookie readable by scripts',
  why:
    'Without HttpOnly, any script on the page — including one injected through XSS — can read the session ' +
    'cookie from document.cookie and send it to an attacker, who then is the user.',
  fix: 'res.cookie(name, value, { httpOnly: true }); express-session: cookie: { httpOnly: true } (its default).',
  refs: ['RFC 6265bis §4.1.2.6', 'CWE-1004', 'OWASP Session Management Cheat Sheet'],
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

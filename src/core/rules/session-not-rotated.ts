/** `session-not-rotated` (medium): the same auth value before and after a login (session fixation). */
import type { Finding } from '../model';
import { isLoginRequest } from './flow-requests';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'session-not-rotated',
  severity: 'medium',
  authRole: true,
});

export function check(ctx: ExchangeContext): Finding[] {
  if (!isLoginRequest(ctx.exchange)) return [];
  // A login that issued a fresh auth cookie under another name while a signed JWT from an earlier login
  // rode along (lesson 4: POST /jwt/login-insecure sets `token`; `access_token` is sent) established a
  // new credential: the JWT is a self-contained token from a previous login, not a pre-login session id
  // carried across (issue #18, problem 7). An opaque id kept across a login that also sets another
  // cookie (connect.sid beside a remember-me token) is still fixation.
  const issued = new Set(authSets(ctx).map((s) => s.cookie.name));
  const out: Finding[] = [];
  for (const c of ctx.sent) {
    if (c.cookie.role.role !== 'auth') continue;
    const jwt = c.cookie.facts?.jwt !== undefined && c.cookie.facts?.jwt !== null;
    if (jwt && [...issued].some((name) => name !== c.name)) continue;
    const now = ctx.current(c.cookie.key);
    if (now && now.state === 'live' && now.value === c.value) {
      out.push(
        authFinding(
          meta,
          { cookie: c.cookie, role: c.cookie.role },
          ctx.exchange.id,
          `${c.name} kept the same value across the login request`,
        ),
      );
    }
  }
  return out;
}

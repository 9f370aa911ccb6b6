/** `session-not-rotated` (medium): the same auth value before and after a login (session fixation). */
import type { Finding } from '../model';
import { isLoginRequest } from './flow-requests';
import type { RuleMeta } from './rule';
import { authFinding, type ExchangeContext } from './rule-context';

export const meta: RuleMeta = {
  id: 'session-not-rotated',
  severity: 'medium',
  title: 'Session id not renewed at login',
  why:
    'If the session id stays the same across login, an attacker who planted or saw the id before login ' +
    '(session fixation) is logged in too once the victim signs in.',
  fix: 'express-session: req.session.regenerate((err) => { req.session.user = user; … }) on successful login.',
  refs: [
    'CWE-384',
    'OWASP Session Management Cheat Sheet (Renew the Session ID After Any Privilege Level Change)',
  ],
};

export function check(ctx: ExchangeContext): Finding[] {
  if (!isLoginRequest(ctx.exchange)) return [];
  const out: Finding[] = [];
  for (const c of ctx.sent) {
    if (c.cookie.role.role !== 'auth') continue;
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

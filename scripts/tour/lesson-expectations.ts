/**
 * What each lesson page tells the student to look for in the panel (its "What to look at" box), as
 * checks over what the tour read. A failed check becomes a mismatch line in the report:
 * "lesson N, after <button>: expected …, shown …" — either the panel or the lesson text is wrong.
 */
import type { LessonRun, PanelCookie } from './tour-types';

interface Expectation {
  /** The action after which the panel is read. */
  after: string;
  cookie: string;
  expected: string;
  /** True when the cookie as shown meets the expectation. */
  holds(c: PanelCookie): boolean;
}

const rules = (c: PanelCookie) => c.detail?.findings.map((f) => f.rule) ?? [];
const has = (rule: string) => (c: PanelCookie) => rules(c).includes(rule);
const lacks = (rule: string) => (c: PanelCookie) => !rules(c).includes(rule);
const all =
  (...checks: ((c: PanelCookie) => boolean)[]) =>
  (c: PanelCookie) =>
    checks.every((check) => check(c));

const EXPECTATIONS: Readonly<Record<string, readonly Expectation[]>> = {
  'set-read': [
    {
      after: 'set',
      cookie: 'mycookie',
      expected: 'session, HttpOnly',
      holds: (c) => c.lifetime === 'session' && c.flags.includes('HttpOnly'),
    },
    { after: 'clear', cookie: 'mycookie', expected: 'deleted', holds: (c) => c.lifetime === 'deleted' },
  ],
  'session-persistent': [
    { after: 'read', cookie: 'cart', expected: 'session', holds: (c) => c.lifetime === 'session' },
    {
      after: 'read',
      cookie: 'theme',
      expected: 'persistent, role preference',
      holds: (c) => c.lifetime.startsWith('persistent') && c.role === 'preference',
    },
  ],
  sessions: [
    {
      after: 'login',
      cookie: 'connect.sid',
      expected: 'role auth with auth-weak-secret and auth-no-secure',
      holds: all((c) => c.role === 'auth', has('auth-weak-secret'), has('auth-no-secure')),
    },
    {
      after: 'login-again',
      cookie: 'connect.sid',
      expected: 'session-not-rotated',
      holds: has('session-not-rotated'),
    },
    { after: 'logout', cookie: 'connect.sid', expected: 'deleted', holds: (c) => c.lifetime === 'deleted' },
    {
      after: 'fixed-login',
      cookie: 'sid',
      expected: 'auth-no-secure, no auth-weak-secret',
      holds: all(has('auth-no-secure'), lacks('auth-weak-secret')),
    },
    {
      after: 'fixed-login-again',
      cookie: 'sid',
      expected: 'no session-not-rotated',
      holds: lacks('session-not-rotated'),
    },
  ],
  jwt: [
    {
      after: 'login',
      cookie: 'access_token',
      expected:
        'JWT mark, role auth, persistent · expires in 15 min, auth-no-secure, no auth-no-httponly, no auth-weak-secret',
      holds: all(
        (c) => c.jwt && c.role === 'auth' && c.lifetime === 'persistent · expires in 15 min',
        has('auth-no-secure'),
        lacks('auth-no-httponly'),
        lacks('auth-weak-secret'),
      ),
    },
    {
      after: 'login-insecure',
      cookie: 'token',
      expected: 'JWT mark, role auth, auth-no-httponly, claims sub and exp',
      holds: all(
        (c) => c.jwt && c.role === 'auth',
        has('auth-no-httponly'),
        (c) => c.detail?.jwtClaims?.sub !== undefined && c.detail.jwtClaims.exp !== undefined,
      ),
    },
  ],
  'production-flags': [
    {
      after: 'set',
      cookie: '__Host-session',
      expected: 'accepted, flags Secure HttpOnly SameSite=Strict, no findings',
      holds: (c) =>
        c.lifetime !== 'rejected' &&
        ['Secure', 'HttpOnly', 'SameSite=Strict'].every((f) => c.flags.includes(f)) &&
        c.findingCount === 0,
    },
    { after: 'mistakes', cookie: '__Host-wrong', expected: 'rejected-prefix', holds: has('rejected-prefix') },
    {
      after: 'mistakes',
      cookie: 'widget_pref',
      expected: 'rejected-samesite-none-insecure',
      holds: has('rejected-samesite-none-insecure'),
    },
  ],
  'cross-site': [
    { after: 'fetch-set', cookie: 'xs_none', expected: 'third-party', holds: has('third-party') },
    {
      // The lesson: "SameSite=Lax stays home". RFC 6265bis §5.7 (the same-site-flag step): a Lax or
      // Strict cookie from a cross-site response is ignored; Chromium blocks it (the echo proves it).
      after: 'fetch-set',
      cookie: 'xs_lax',
      expected: 'not stored (rejected: SameSite=Lax set by a cross-site response)',
      holds: (c) => c.lifetime === 'rejected',
    },
  ],
};

function shown(c: PanelCookie | undefined): string {
  if (!c) return 'no such row';
  const found = rules(c);
  return `${c.lifetime}; flags ${c.flags.join(' ') || '-'}; role ${c.role}${c.jwt ? '; JWT' : ''}; findings ${found.join(', ') || 'none'}`;
}

export function expectationsFor(lessonId: string): readonly Expectation[] {
  return EXPECTATIONS[lessonId] ?? [];
}

export function lessonMismatches(run: LessonRun): string[] {
  const out: string[] = [];
  for (const e of expectationsFor(run.id)) {
    const step = run.steps.find((s) => s.id === e.after);
    const label = step?.label ?? e.after;
    const cookie = step?.cookies.find((c) => c.name === e.cookie);
    if (!cookie || !e.holds(cookie)) {
      out.push(
        `lesson ${run.n}, after “${label}”: ${e.cookie} expected ${e.expected}; shown: ${shown(cookie)}`,
      );
    }
  }
  return out;
}

/**
 * What each lesson page tells the student to look for in the panel (its "What to look at" box), as
 * checks over what the tour read. A failed check becomes a mismatch line in the report:
 * "lesson N, after <button>: expected …, shown …" — either the panel or the lesson text is wrong.
 */
import type { RuleId } from '../../src/core/rules';
import { PREPARED_LINES } from '../demo/playground/prepared-lines';
import type { ActionStep, LessonRun, PanelCookie } from './tour-types';

interface Expectation {
  /** The action after which the panel is read. */
  after: string;
  cookie: string;
  expected: string;
  /** True when the cookie as shown meets the expectation. */
  holds(c: PanelCookie): boolean;
}

const rules = (c: PanelCookie) => c.detail?.findings.map((f) => f.rule) ?? [];
const has = (rule: RuleId) => (c: PanelCookie) => rules(c).includes(rule);
const lacks = (rule: RuleId) => (c: PanelCookie) => !rules(c).includes(rule);
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
  playground: [
    {
      after: 'line-host-prefix-path',
      cookie: '__Host-pg',
      expected: 'rejected-prefix',
      holds: has('rejected-prefix'),
    },
    {
      after: 'line-none-insecure',
      cookie: 'pg_none',
      expected: 'rejected-samesite-none-insecure',
      holds: has('rejected-samesite-none-insecure'),
    },
    { after: 'line-domain-ip', cookie: 'pg_ip', expected: 'rejected-domain', holds: has('rejected-domain') },
    {
      after: 'line-path-admin',
      cookie: 'pg_admin',
      expected: 'kept, path /admin',
      holds: (c) => c.lifetime !== 'rejected' && c.path === '/admin',
    },
    {
      after: 'line-duplicate',
      cookie: 'pg_dup',
      expected: 'path / (the last Path wins)',
      holds: (c) => c.lifetime !== 'rejected' && c.path === '/',
    },
    {
      after: 'line-cross-site-none',
      cookie: 'pg_xs_none',
      expected: 'third-party',
      holds: has('third-party'),
    },
  ],
  csrf: [
    {
      after: 'login-none',
      cookie: 'bank_session',
      expected: 'role auth, SameSite=None, auth-samesite-none',
      holds: all((c) => c.role === 'auth' && c.flags.includes('SameSite=None'), has('auth-samesite-none')),
    },
    {
      after: 'login-lax',
      cookie: 'bank_session',
      expected: 'SameSite=Lax',
      holds: (c) => c.flags.includes('SameSite=Lax'),
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

/** A check of one click as a whole: what the page reported, or what the Flow tab showed. */
interface StepExpectation {
  after: string;
  expected: string;
  holds(s: ActionStep): boolean;
  shown(s: ActionStep): string;
}

/** The Flow tab's forged transfers that carried the bank's session cookie (cookie-less ones fold away). */
const transfersWithSession = (s: ActionStep) =>
  (s.flow ?? []).filter(
    (m) => m.method === 'POST' && m.path === '/bank/transfer' && m.sent.includes('bank_session'),
  ).length;
const flowShown = (s: ActionStep) =>
  `HTTP ${s.status}; ${transfersWithSession(s)} POST /bank/transfer with bank_session in the Flow tab`;

const STEP_EXPECTATIONS: Readonly<Record<string, readonly StepExpectation[]>> = {
  // Every prepared line: the page's RFC-vs-browser verdict is "agree", with the outcome the RFC predicts.
  playground: PREPARED_LINES.map((p) => ({
    after: `line-${p.id}`,
    expected: `the page says RFC and browser agree; browser ${p.rfc === 'stored' ? 'kept' : 'did not keep'} it`,
    holds: (s: ActionStep) =>
      s.verdict === 'agree' && s.result.includes(`this browser: ${p.rfc === 'stored' ? 'kept' : 'not kept'}`),
    shown: (s: ActionStep) => `verdict ${s.verdict ?? 'none'}; ${s.result.split('\n').slice(-2).join(' ')}`,
  })),
  // The forged POST (RFC 6265bis §5.8.3): SameSite=None → sent, Lax → not sent; the token refuses it anyway.
  csrf: [
    {
      after: 'attack-none',
      expected: 'the forged transfer went through (200) carrying bank_session (1 in the Flow tab)',
      holds: (s) => s.status === 200 && transfersWithSession(s) === 1,
      shown: flowShown,
    },
    {
      after: 'attack-lax',
      expected: 'refused (401): the forged POST carried no cookie (still 1 in the Flow tab)',
      holds: (s) => s.status === 401 && transfersWithSession(s) === 1,
      shown: flowShown,
    },
    {
      after: 'attack-token',
      expected: 'refused (403) although bank_session came along (2 in the Flow tab)',
      holds: (s) => s.status === 403 && transfersWithSession(s) === 2,
      shown: flowShown,
    },
    {
      after: 'transfer',
      expected: "the bank's own page, with the token, may transfer (200)",
      holds: (s) => s.status === 200 && s.result.includes('"outcome": "sent"'),
      shown: (s) => `HTTP ${s.status}`,
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

export function stepExpectationsFor(lessonId: string): readonly StepExpectation[] {
  return STEP_EXPECTATIONS[lessonId] ?? [];
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
  for (const e of stepExpectationsFor(run.id)) {
    const step = run.steps.find((s) => s.id === e.after);
    if (!step) out.push(`lesson ${run.n}: the action ${e.after} never ran`);
    else if (!e.holds(step)) {
      out.push(`lesson ${run.n}, after “${step.label}”: expected ${e.expected}; shown: ${e.shown(step)}`);
    }
  }
  return out;
}

/** Flow rules (docs/architecture.md §5) on scripted sequences: what counts as a login, a logout, a leak, a mystery. */
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { capture, type Step } from './helpers.ts';

const H = 'https://app.example.com';
const fired = (steps: Step[], rule: string) =>
  analyseExchanges(capture(steps)).findings.filter((f) => f.rule === rule);

describe('session-not-rotated', () => {
  const before: Step = { url: `${H}/`, set: ['connect.sid=s%3Aold.sig; HttpOnly; Secure; SameSite=Lax'] };

  it('fires on a successful POST /api/session that keeps the id, pointing at the login exchange', () => {
    const f = fired(
      [before, { url: `${H}/api/session`, method: 'POST', status: 200, cookie: 'connect.sid=s%3Aold.sig' }],
      'session-not-rotated',
    );
    expect(f.map((x) => x.exchanges)).toEqual([['e2']]);
  });

  it('is silent when the login sets a different auth cookie (lesson 4: access_token, then login-insecure sets token)', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHVkZW50In0.c2ln';
    const steps: Step[] = [
      { url: `${H}/jwt/login`, method: 'POST', set: [`access_token=${jwt}; HttpOnly; SameSite=Lax`] },
      { url: `${H}/jwt/profile`, cookie: `access_token=${jwt}` },
      {
        url: `${H}/jwt/login-insecure`,
        method: 'POST',
        cookie: `access_token=${jwt}`,
        set: [`token=${jwt}x; Max-Age=900`],
      },
    ];
    expect(fired(steps, 'session-not-rotated')).toEqual([]);
    // The nearest negative: the same login that sets nothing keeps the old credential as the session.
    const kept = steps.map((s, i) => (i === 2 ? { ...s, set: [] } : s));
    expect(fired(kept, 'session-not-rotated').map((f) => f.cookie?.name)).toEqual(['access_token']);
  });

  it('is silent on a failed login (401), on a GET /login page and for non-auth cookies', () => {
    expect(
      fired(
        [before, { url: `${H}/login`, method: 'POST', status: 401, cookie: 'connect.sid=s%3Aold.sig' }],
        'session-not-rotated',
      ),
    ).toEqual([]);
    expect(
      fired([before, { url: `${H}/login`, cookie: 'connect.sid=s%3Aold.sig' }], 'session-not-rotated'),
    ).toEqual([]);
    expect(
      fired(
        [
          { url: `${H}/`, set: ['theme=dark'] },
          { url: `${H}/login`, method: 'POST', cookie: 'theme=dark' },
        ],
        'session-not-rotated',
      ),
    ).toEqual([]);
  });
});

describe('logout-not-cleared', () => {
  const login: Step = { url: `${H}/login`, method: 'POST', set: ['sid=abc; HttpOnly; Secure'] };

  it('is silent when logout changes the value, and when the cookie is never sent again', () => {
    expect(
      fired(
        [
          login,
          { url: `${H}/logout`, cookie: 'sid=abc', set: ['sid=anon; HttpOnly; Secure'] },
          { url: `${H}/`, cookie: 'sid=anon' },
        ],
        'logout-not-cleared',
      ),
    ).toEqual([]);
    expect(fired([login, { url: `${H}/logout`, cookie: 'sid=abc' }], 'logout-not-cleared')).toEqual([]);
  });

  it('fires for POST /auth/sign-out too, on the request that sent it again', () => {
    const f = fired(
      [
        login,
        { url: `${H}/auth/sign-out`, method: 'POST', cookie: 'sid=abc' },
        { url: `${H}/home`, cookie: 'sid=abc' },
      ],
      'logout-not-cleared',
    );
    expect(f.map((x) => x.exchanges)).toEqual([['e3']]);
  });
});

describe('sent-over-http', () => {
  it('fires only for cookies that an https response set', () => {
    expect(
      fired(
        [
          { url: 'http://app.example.com/', set: ['a=1'] },
          { url: 'http://app.example.com/x', cookie: 'a=1' },
        ],
        'sent-over-http',
      ),
    ).toEqual([]);
    const f = fired(
      [
        { url: `${H}/`, set: ['a=1'] },
        { url: 'http://app.example.com/x', cookie: 'a=1' },
      ],
      'sent-over-http',
    );
    expect(f[0]?.severity).toBe('high');
  });
});

describe('unexplained-cookie', () => {
  it('fires once per cookie, with every exchange that sent it', () => {
    const f = fired(
      [
        { url: `${H}/`, cookie: 'pre=1' },
        { url: `${H}/a`, cookie: 'pre=1' },
      ],
      'unexplained-cookie',
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.exchanges).toEqual(['e1', 'e2']);
  });

  it('a cookie deleted by the server after being set before the capture is tracked as deleted', () => {
    const a = analyseExchanges(
      capture([
        { url: `${H}/`, cookie: 'pre=1' },
        { url: `${H}/logout`, set: ['pre=; Max-Age=0; Path=/'] },
      ]),
    );
    expect(a.cookies.find((c) => c.name === 'pre')?.state).toBe('deleted');
  });
});

/** Every rejection is visible, and a rejected cookie sent later is not "never seen set" (issue #12). */
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { capture } from './helpers.ts';

const PAGE = 'https://www.shop.example/';

describe('rejections', () => {
  const a = analyseExchanges(
    capture([
      { url: PAGE, set: ['sid=q8Vx2LmT7pZk4RbN; Secure; HttpOnly'] },
      // A cross-site subresource sets a cookie without SameSite=None: Chrome drops it.
      { url: 'https://tags.tracker.example/t.gif', page: PAGE, set: ['uid=4f1c9a7e2b; Secure'] },
      // The recording browser kept it anyway and sends it: explained by the rejection.
      { url: 'https://tags.tracker.example/t2.gif', page: PAGE, cookie: 'uid=4f1c9a7e2b' },
    ]),
  );

  it('a third-party rejection is an info finding, listed in the report', () => {
    const f = a.findings.filter((x) => x.rule === 'rejected-third-party');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', cookie: { name: 'uid', domain: 'tags.tracker.example' } });
    const report = buildReport(a);
    expect(report.rejectedCookies).toEqual([
      expect.objectContaining({ name: 'uid', reason: 'samesite-cross-site', exchange: 'e2' }),
    ]);
  });

  it('no "never seen set" for the rejected cookie when it is sent later', () => {
    expect(a.findings.filter((x) => x.rule === 'unexplained-cookie')).toEqual([]);
  });
});

describe('names of rejected lines (issue #19 break 6)', () => {
  const big = 'x'.repeat(5000);
  const a = analyseExchanges(
    capture([
      {
        url: PAGE,
        set: [`cart=${big}`, `prefs=${big}`, 'bell\u0007name=1', `a\u0001b=2`, `${'n'.repeat(300)}=${big}`],
      },
    ]),
  );

  it('keep the name as sent, escaped and cut, one rejected cookie per line', () => {
    const names = buildReport(a).rejectedCookies.map((r) => r.name);
    expect(names).toEqual(['cart', 'prefs', 'bell\\u0007name', 'a\\u0001b', `${'n'.repeat(63)}…`]);
  });

  it('two oversized cookies are two findings, not one merged nameless one', () => {
    const oversize = a.findings.filter((f) => f.rule === 'rejected-oversize').map((f) => f.cookie?.name);
    expect(oversize).toEqual(['cart', 'prefs', `${'n'.repeat(63)}…`]);
    expect(a.findings.every((f) => f.cookie === null || f.cookie.name !== '')).toBe(true);
  });
});

/** `unsigned-auth-state` stays for privileges in clear, not for a UI hint beside a real session (issue #12). */
describe('unsigned-auth-state beside a real session', () => {
  const run = (lines: string[]) =>
    analyseExchanges(capture([{ url: PAGE, set: lines }])).findings.filter(
      (f) => f.rule === 'unsigned-auth-state',
    );

  it('logged_in=yes next to an HttpOnly session cookie is a UI hint: no finding', () => {
    expect(run(['sid=q8Vx2LmT7pZk4RbN; Secure; HttpOnly; SameSite=Lax', 'logged_in=yes; Secure'])).toEqual(
      [],
    );
  });

  it('without that session the same flag is a finding (the server may trust it)', () => {
    expect(run(['logged_in=yes; Secure'])).toHaveLength(1);
    // A script-readable session is no proof the server ignores the flag.
    expect(run(['sid=q8Vx2LmT7pZk4RbN; Secure', 'logged_in=yes; Secure'])).toHaveLength(1);
  });

  it('isAdmin=true stays a finding even beside a real session', () => {
    const f = run(['sid=q8Vx2LmT7pZk4RbN; Secure; HttpOnly; SameSite=Lax', 'isAdmin=true; Secure']);
    expect(f.map((x) => x.cookie?.name)).toEqual(['isAdmin']);
  });
});

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

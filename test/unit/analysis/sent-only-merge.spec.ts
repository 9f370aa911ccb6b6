/** Cookies seen only in Cookie headers: one cookie per (name, value) across a site's hosts (issue #12). */
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import type { Exchange } from '../../../src/core/model.ts';

const T0 = Date.UTC(2026, 0, 1);
const sent = (i: number, url: string, cookie: string): Exchange => ({
  id: `e${i}`,
  startedAt: T0 + i,
  url,
  method: 'GET',
  status: 200,
  pageUrl: 'https://www.google.com/',
  requestCookieHeader: cookie,
  setCookieHeaders: [],
});

describe('sent-only cookies', () => {
  it('the same name and value on several hosts of a site is one cookie on their common domain', () => {
    const a = analyseExchanges(
      [
        sent(1, 'https://www.google.com/', 'SID=abc123; NID=1'),
        sent(2, 'https://accounts.google.com/x', 'SID=abc123'),
        sent(3, 'https://mail.google.com/y', 'SID=abc123'),
        sent(4, 'https://www.google.com/z', 'SID=abc123'),
      ],
      { now: T0 },
    );
    const sids = a.cookies.filter((c) => c.name === 'SID');
    expect(sids).toHaveLength(1);
    expect(sids[0]).toMatchObject({ domain: 'google.com', hostOnly: null, attributesFrom: null });
    expect(sids[0]?.sentOn).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(a.sites).toHaveLength(1);
    expect(a.sites[0]).toMatchObject({ site: 'google.com', cookies: 2, unknown: 2, session: 0 });
  });

  it('two hosts sending different values are two cookies (host-only guesses)', () => {
    const a = analyseExchanges(
      [sent(1, 'https://a.example.com/', 'pref=1'), sent(2, 'https://b.example.com/', 'pref=2')],
      { now: T0 },
    );
    expect(a.cookies.map((c) => `${c.name}@${c.domain}`).sort()).toEqual([
      'pref@a.example.com',
      'pref@b.example.com',
    ]);
  });

  it('never widens across sites', () => {
    const a = analyseExchanges(
      [sent(1, 'https://a.example.com/', 'id=same'), sent(2, 'https://a.example.org/', 'id=same')],
      { now: T0 },
    );
    expect(a.cookies.map((c) => c.domain).sort()).toEqual(['a.example.com', 'a.example.org']);
  });
});

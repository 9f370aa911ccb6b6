import { expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import type { Exchange } from '../../../src/core/model.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import type { Report } from '../../../src/core/report/report-types.ts';
import { exportFile } from '../../../src/ui/panel/panel-exports.ts';

const ex: Exchange = {
  id: 'e1',
  startedAt: Date.UTC(2026, 10, 21),
  url: 'https://shop.example/login',
  method: 'POST',
  status: 200,
  pageUrl: 'https://shop.example/',
  requestCookieHeader: null,
  setCookieHeaders: ['sid=<b>x</b>; Path=/; Secure'],
};

it('exports Markdown with the same report as the CLI (sites, findings, cookies), hostile text escaped', () => {
  const file = exportFile(
    'md',
    analyseExchanges([ex]),
    [ex],
    'shop capture',
    new Date(Date.UTC(2026, 10, 21)),
  );
  expect(file.filename).toBe('cookie-lens-2026-11-21-00-00-00.md');
  expect(file.text).toContain('# Cookie audit: shop capture');
  expect(file.text).toContain('## Sites');
  expect(file.text).toContain('`auth-no-httponly`');
  expect(file.text).toContain('## Cookies');
  expect(file.text).not.toContain('<b>');
});

/** Issue #19: "Mask values" on, the exports hide every value and say so. */
const secretEx: Exchange = {
  ...ex,
  requestCookieHeader: 'theme=Midnight Blue',
  setCookieHeaders: ['user=John Smith; Path=/', 'isAdmin=1; Path=/'],
  authorizationHeader: 'Bearer SuperSecretBearer',
};

for (const kind of ['json', 'md', 'har'] as const) {
  it(`masks every value in the ${kind} export under "Mask values" and says so`, () => {
    const analysis = analyseExchanges([secretEx], { now: secretEx.startedAt });
    const open = exportFile(kind, analysis, [secretEx], 'shop', new Date(secretEx.startedAt));
    expect(open.text).toContain('John Smith');
    const file = exportFile(kind, analysis, [secretEx], 'shop', new Date(secretEx.startedAt), {
      masked: true,
    });
    for (const secret of ['John Smith', 'Smith', 'Midnight', 'SuperSecretBearer', 'isAdmin=1']) {
      expect(file.text).not.toContain(secret);
    }
    expect(file.text).toMatch(
      kind === 'md' ? /Values masked/ : kind === 'json' ? /"masked": true/ : /Mask values/,
    );
    if (kind === 'har') {
      const har = JSON.parse(file.text) as {
        log: { entries: { response: { headers: { value: string }[] } }[] };
      };
      expect(har.log.entries[0]?.response.headers.map((h) => h.value)).toEqual([
        'user=••••••; Path=/',
        'isAdmin=••••••; Path=/',
      ]);
    }
  });
}

it('masks a cookie value that a URL of the masked HAR quotes (a session id in the query)', () => {
  const sid = 'a3f9c2e17b5d4e08a3f9c2e1';
  const first: Exchange = { ...secretEx, setCookieHeaders: [`sid=${sid}; Path=/; HttpOnly`] };
  const second: Exchange = {
    ...secretEx,
    id: 'e2',
    startedAt: secretEx.startedAt + 1000,
    url: `https://shop.example/account?sid=${sid}&tab=orders`,
    setCookieHeaders: [],
  };
  const analysis = analyseExchanges([first, second], { now: second.startedAt });
  const open = exportFile('har', analysis, [first, second], 'shop', new Date(second.startedAt));
  expect(open.text).toContain(sid);
  const file = exportFile('har', analysis, [first, second], 'shop', new Date(second.startedAt), {
    masked: true,
  });
  expect(file.text).not.toContain(sid);
  expect(file.text).toContain('https://shop.example/account?sid=••••••&tab=orders');
});

it('exports JSON and Markdown with the requests, each Set-Cookie line with its verdict, like the CLI', () => {
  const login: Exchange = {
    ...ex,
    setCookieHeaders: ['sid=abc; Path=/; Secure', 'bad=1; Domain=evil.example'],
  };
  const logout: Exchange = {
    ...ex,
    id: 'e2',
    url: 'https://shop.example/logout',
    requestCookieHeader: 'sid=abc',
    setCookieHeaders: ['sid=; Max-Age=0; Path=/'],
  };
  const analysis = analyseExchanges([login, logout], { now: ex.startedAt });
  const file = exportFile('json', analysis, [login, logout], 'shop', new Date(ex.startedAt));
  const report = JSON.parse(file.text) as Report;
  expect(report.requests.map((r) => [r.id, r.url])).toEqual([
    ['e1', login.url],
    ['e2', logout.url],
  ]);
  expect(report.requests[0]?.setCookies).toEqual([
    { name: 'sid', domain: 'shop.example', path: '/', outcome: 'stored', reason: null },
    { name: 'bad', domain: 'evil.example', path: '/', outcome: 'rejected', reason: 'domain-mismatch' },
  ]);
  expect(report.requests[1]?.setCookies?.map((s) => s.outcome)).toEqual(['deleted']);
  // The export is the CLI's report of the same capture: findings name their request.
  expect(report).toEqual(buildReport(analysis, { exchanges: [login, logout] }));
  expect(report.findings.every((f) => f.request !== null)).toBe(true);
  const md = exportFile('md', analysis, [login, logout], 'shop', new Date(ex.startedAt)).text;
  expect(md).toContain(`Request: \`POST ${login.url}\``);
});

it('masks a value the page echoed in a request URL, in requests and findings', () => {
  const echo: Exchange = { ...secretEx, url: 'https://shop.example/welcome?user=John%20Smith' };
  const analysis = analyseExchanges([echo], { now: echo.startedAt });
  const file = exportFile('json', analysis, [echo], 'shop', new Date(echo.startedAt), { masked: true });
  const report = JSON.parse(file.text) as Report;
  expect(report.requests[0]?.url).toBe('https://shop.example/welcome?user=••••••');
  expect(file.text).not.toContain('John');
  expect(report.findings.some((f) => f.request?.includes('welcome?user=••••••'))).toBe(true);
});

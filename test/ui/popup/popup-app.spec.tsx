// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRADE_FORMULA } from '../../../src/core/analysis/site-summary.ts';
import { MASK } from '../../../src/ui/popup/mask-value.ts';
import { PopupApp } from '../../../src/ui/popup/popup-app.tsx';
import { buildPopupModel, type PopupModel } from '../../../src/ui/popup/popup-model.ts';
import { exchange, input, jarCookie, judged, PAGE, T0 } from './popup-fixtures.ts';

afterEach(cleanup);

function show(model: PopupModel) {
  const handlers = { onAllowSite: vi.fn(), onAllowAll: vi.fn(), onToggleMask: vi.fn() };
  render(<PopupApp model={model} {...handlers} />);
  return handlers;
}

const count = (key: string) => screen.getByTestId(`count-${key}`).textContent;

describe('popup without host access', () => {
  it('says what it cannot see and offers both requests', () => {
    const h = show(buildPopupModel(input({ access: false, summary: null, jar: null }), 'Linux x86_64', T0));
    expect(screen.getByTestId('popup-site').textContent).toBe('127.0.0.1:8080');
    const notice = screen.getByTestId('access-notice').textContent ?? '';
    expect(notice).toContain('no access to 127.0.0.1:8080');
    expect(notice).toContain('has not captured its requests');
    expect(notice).toContain('cannot read its cookies');
    expect(screen.queryByTestId('grade')).toBeNull();
    expect(screen.queryByTestId('jar-count')).toBeNull();
    fireEvent.click(screen.getByTestId('allow-site'));
    expect(h.onAllowSite).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('allow-all'));
    expect(h.onAllowAll).toHaveBeenCalledTimes(1);
  });

  it('without the tab URL (hidden by the browser) offers only "all sites"', () => {
    show(buildPopupModel(input({ pageUrl: null, access: false, summary: null, jar: null }), 'Win32', T0));
    expect(screen.getByTestId('popup-site').textContent).toBe('No site in this tab.');
    expect(screen.getByTestId('access-notice').textContent).toContain('hides which site this tab shows');
    expect(screen.queryByTestId('allow-site')).toBeNull();
    expect(screen.getByTestId('allow-all')).toBeTruthy();
  });

  it('on a non-web tab asks for nothing', () => {
    show(
      buildPopupModel(
        input({ pageUrl: 'chrome://newtab/', access: false, summary: null, jar: null }),
        '',
        T0,
      ),
    );
    expect(screen.getByTestId('access-notice').textContent).toContain('http and https');
    expect(screen.queryByRole('button', { name: /Allow/ })).toBeNull();
  });
});

describe('popup opened from the toolbar without host access (activeTab shows the address)', () => {
  it('names the real site, offers "Allow on this site", and says capture and jar need it', async () => {
    const shop = 'https://shop.example/cart';
    const summary = await judged([], shop);
    const h = show(buildPopupModel(input({ pageUrl: shop, access: false, summary, jar: null }), 'Linux', T0));
    expect(screen.getByTestId('popup-site').textContent).toBe('shop.example');
    const notice = screen.getByTestId('access-notice').textContent ?? '';
    expect(notice).toContain('no access to shop.example yet');
    expect(notice).toContain('has not captured its requests');
    expect(notice).toContain('Allow it, then reload the page');
    expect(notice).not.toContain('hides which site');
    expect(screen.queryByTestId('jar-count')).toBeNull();
    expect(screen.queryByTestId('grade')).toBeNull();
    expect(screen.queryByTestId('capture-note')).toBeNull();
    fireEvent.click(screen.getByTestId('allow-site'));
    expect(h.onAllowSite).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('allow-site').className).toContain('pp-primary');
  });

  it('a jar read without a top-level site says partitioned cookies were not listed', () => {
    show(
      buildPopupModel(
        input({ summary: null, jar: { ok: true, cookies: [], partitions: 'not-read', dropped: 0 } }),
        'Linux',
        T0,
      ),
    );
    expect(screen.getByText('None for this page.')).toBeTruthy();
    expect(screen.getByText(/top-level site is unknown/)).toBeTruthy();
  });
});

describe('popup when the background fails', () => {
  it('says so and still shows the jar', () => {
    const failed = { ok: false as const, code: 'no-background', message: 'Could not establish connection' };
    show(buildPopupModel(input({ summary: failed }), 'Linux', T0));
    expect(screen.getByTestId('capture-note').textContent).toContain(
      'The background did not answer (Could not establish connection)',
    );
    expect(screen.queryByTestId('grade')).toBeNull();
    expect(screen.getByTestId('jar-count').textContent).toContain('1 cookie');
  });
});

describe('popup with access but an empty capture', () => {
  it('asks for a reload and still shows the jar', async () => {
    show(buildPopupModel(input({ summary: await judged([], PAGE) }), 'Linux', T0));
    expect(screen.queryByTestId('access-notice')).toBeNull();
    expect(screen.getByTestId('capture-note').textContent).toContain('Reload the page');
    expect(screen.queryByTestId('grade')).toBeNull();
    expect(screen.getByTestId('jar-count').textContent).toBe(
      'In the browser\u2019s jar now: 1 cookie'.replace('\u2019', "'"),
    );
  });
});

describe('popup with a capture holding an auth cookie without HttpOnly', () => {
  it('shows the grade, the counts and the finding first', async () => {
    show(buildPopupModel(input(), 'Linux x86_64', T0));
    const grade = screen.getByTestId('grade');
    // 1 high (auth-no-httponly), 1 medium (auth-no-secure, fine on local http), 1 low, 2 info. On this
    // machine the local-only medium does not count: 100 - 30 - 3 = 67 (D); production: 57 (F).
    expect(grade.textContent).toBe('D');
    expect(grade.getAttribute('title')).toBe(GRADE_FORMULA);
    expect(grade.className).toContain('pp-grade-D');
    expect(grade.getAttribute('aria-label')).toBe('On this machine: grade D, score 67 of 100');
    expect(screen.getByTestId('score').textContent).toBe('score 67/100');
    expect(screen.getByTestId('score-words').textContent).toBe(
      'Starts at 100, minus 30 for 1 high-severity finding, 3 for 1 low-severity finding (2 informational cost nothing): 67 of 100, grade D (A from 90, B from 80, C from 70, D from 60, F below).',
    );
    expect(screen.getByTestId('production').textContent).toMatch(
      /^Not ready for production: 1 finding is fine on local http but must be fixed before deploying .*grade is F, score 57\/100/,
    );
    const local = screen.getAllByTestId('local-only');
    expect(local.length).toBe(1);
    expect(local[0]?.closest('li')?.dataset.rule).toBe('auth-no-secure');
    expect(screen.getByTestId('count-legend').textContent).toContain(
      'third-partyset by another site than the page',
    );
    // sid (session), theme and _ga (persistent), old (deleted); _ga came from tracker.example.
    expect([count('session'), count('persistent'), count('deleted')]).toEqual(['1', '2', '1']);
    expect([count('auth'), count('jwt'), count('thirdParty')]).toEqual(['1', '0', '1']);
    const findings = screen.getAllByTestId('finding');
    expect(findings.length).toBe(5);
    expect(findings[0]?.dataset.rule).toBe('auth-no-httponly');
    expect(findings[0]?.textContent).toContain('Auth cookie sid is not HttpOnly');
    expect(findings[0]?.textContent).toContain('Fix: res.cookie(name, value, { httpOnly: true })');
    expect(findings.map((f) => f.dataset.severity)).toEqual(['high', 'medium', 'low', 'info', 'info']);
    expect(screen.getByTestId('capture-note').textContent).toBe(
      'From 2 requests on this tab across 2 sites.',
    );
  });

  it('counts third-party cookies and keeps at most 5 findings', async () => {
    const many = [
      exchange(1, 'https://app.example/', ['sid=a; Path=/', 'token=b; Path=/'], 'https://app.example/'),
      exchange(
        2,
        'https://ads.test/x',
        ['uid=1; Secure; SameSite=None; Max-Age=999'],
        'https://app.example/',
      ),
    ];
    const summary = await judged(many, 'https://app.example/');
    show(buildPopupModel(input({ pageUrl: 'https://app.example/', summary }), 'Linux', T0));
    expect(count('thirdParty')).toBe('1');
    expect(screen.getAllByTestId('finding').length).toBe(5);
    const total = summary.ok ? summary.totalFindings : 0;
    expect(total).toBeGreaterThan(5);
    expect(screen.getByText(/more in DevTools/).textContent).toContain(`${total - 5} more`);
    // An https site: every finding counts, the grade is production's and no "fine on this machine".
    expect(screen.queryByTestId('production')).toBeNull();
    expect(screen.queryByTestId('local-only')).toBeNull();
    if (summary.ok && summary.summary) {
      expect(screen.getByTestId('grade').textContent).toBe(summary.summary.grade);
      expect(screen.getByTestId('score').textContent).toBe(`score ${summary.summary.score}/100`);
    }
  });
});

describe('mask values', () => {
  it('hides every jar value and reports the toggle', () => {
    const hostile = jarCookie({ name: '<img src=x onerror=alert(1)>', value: '<script>alert(1)</script>' });
    const h = show(
      buildPopupModel(
        input({
          masked: true,
          jar: { ok: true, cookies: [jarCookie(), hostile], partitions: 'read', dropped: 0 },
        }),
        '',
        T0,
      ),
    );
    const values = screen.getAllByTestId('jar-value').map((v) => v.textContent);
    expect(values).toEqual([MASK, MASK]);
    expect(document.body.innerHTML).not.toContain('abc123def456');
    const toggle = screen.getByTestId('mask-toggle') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(h.onToggleMask).toHaveBeenCalledWith(false);
  });

  it('words a rejection the background judged by its reason (issue #16: the background has no sentences)', async () => {
    const summary = await judged([exchange(1, PAGE, ['__Host-id=1; Path=/'])]);
    show(buildPopupModel(input({ summary }), '', T0));
    const rejected = screen.getAllByTestId('finding').find((f) => f.dataset.rule === 'rejected-prefix');
    expect(rejected?.textContent).toContain(
      '__Host-id was rejected by the browser: __Host- cookies need Secure, no Domain attribute and Path=/',
    );
  });

  it('masks the values a top finding quotes, spaces included (issue #19)', async () => {
    const summary = await judged([exchange(1, PAGE, ['user=John Smith; Path=/', 'isAdmin=1; Path=/'])]);
    show(buildPopupModel(input({ masked: true, summary }), '', T0));
    const texts = screen.getAllByTestId('finding').map((f) => f.textContent ?? '');
    expect(texts.some((t) => t.includes(`user=${MASK}`))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/Smith|isAdmin=1/);
  });

  it('renders hostile names and values as text, never as markup', () => {
    const hostile = jarCookie({ name: '<img src=x onerror=alert(1)>', value: '<script>alert(1)</script>' });
    show(
      buildPopupModel(
        input({ jar: { ok: true, cookies: [hostile], partitions: 'read', dropped: 0 } }),
        '',
        T0,
      ),
    );
    const row = screen.getByTestId('jar-cookie');
    expect(row.querySelector('img, script')).toBeNull();
    expect(within(row).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByTestId('jar-value').textContent).toBe('<script>alert(1)</script>');
  });
});

describe('jar view', () => {
  it('marks partitioned cookies, flags and lifetimes, and bounds the rows', () => {
    const cookies = [
      jarCookie({
        name: 'chip',
        partitioned: true,
        secure: true,
        sameSite: 'none',
        session: false,
        expiresAt: T0 + 29 * 86_400_000,
      }),
      ...Array.from({ length: 70 }, (_, i) => jarCookie({ name: `c${i}` })),
    ];
    show(
      buildPopupModel(input({ jar: { ok: true, cookies, partitions: 'unsupported', dropped: 3 } }), '', T0),
    );
    const rows = screen.getAllByTestId('jar-cookie');
    expect(rows.length).toBe(60);
    expect(rows[0]?.textContent).toContain('partitioned');
    expect(rows[0]?.textContent).toContain('persistent · 29 d');
    expect(rows[0]?.textContent).toContain('SameSite=None');
    expect(rows[1]?.textContent).toContain('session');
    expect(screen.getByTestId('jar-count').textContent).toContain('74 cookies');
    expect(screen.getByText('and 14 more.')).toBeTruthy();
    expect(screen.getByText(/does not let extensions list partitioned cookies/)).toBeTruthy();
  });
});

describe('DevTools hint', () => {
  it('names the shortcut of the OS', () => {
    show(buildPopupModel(input({ access: false, summary: null, jar: null }), 'MacIntel', T0));
    expect(screen.getByRole('contentinfo').textContent).toContain('Option+Command+I');
    cleanup();
    show(buildPopupModel(input({ access: false, summary: null, jar: null }), 'Linux x86_64', T0));
    expect(screen.getByRole('contentinfo').textContent).toContain('Ctrl+Shift+I');
  });
});

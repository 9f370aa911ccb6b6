/**
 * The Cookies panel in the real Chromium DevTools (dist/chrome): lifetime badges, flags, roles,
 * findings and JWT claims for the cookies a local server sets; backfill when the panel opens after
 * the page loaded; hostile cookie names and values render as text (docs/architecture.md §9).
 * Build first: `npx tsx scripts/build.ts`.
 */
import { SignJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import { launchChromiumWithExtension, openTabWithId } from '../../scripts/browsers/chromium.ts';
import {
  harEntryCount,
  openCookiesPanel,
  openDevTools,
  type PanelDocument,
  waitForPanelRegistered,
} from '../../scripts/browsers/chromium-devtools.ts';
import { pollUntil, step } from '../../scripts/browsers/steps.ts';
import { browserSuite } from './harness/browser-suite.ts';
import { type CookieRowText, readCookieRows } from './harness/chromium-cookie-rows.ts';
import { noChromiumErrorsAfterEachTest } from './harness/extension-error-checks.ts';

const SECRET = 'a-long-random-test-secret-nobody-guesses';
/** A cookie name cannot hold "=": the <script> payload is the name, the <img> payload the value. */
const HOSTILE_NAME = '<script>alert(document.domain)</script>';
const HOSTILE_VALUE = '<img src=x onerror="window.__pwned=2,document.title=\'pwned\'">';

/** Waits for the rows of the cookies the page sets (not "any row": favicon traffic comes later). */
async function waitForRows(panel: PanelDocument, names: string[]): Promise<Map<string, CookieRowText>> {
  let seen: string[] = [];
  const rows = await step('chromium', `panel lists cookies ${names.join(', ')}`, () =>
    pollUntil(`rows for ${names.join(', ')}`, async () => {
      const list = await readCookieRows(panel);
      seen = list.map((r) => r.name);
      return names.every((n) => list.some((r) => r.name === n)) ? list : false;
    }).catch((e: Error) => {
      throw new Error(`${e.message}; rows seen: ${JSON.stringify(seen)}`);
    }),
  );
  return new Map(rows.map((r) => [r.name, r]));
}

function clickRow(panel: PanelDocument, name: string): Promise<string | null> {
  return panel.evaluate<string | null>((n: string) => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="cookie-row"]')].find(
      (r) => r.dataset.name === n,
    );
    row?.click();
    return row ? n : null;
  }, name);
}

function waitForText(panel: PanelDocument, testId: string, contains: string): Promise<string> {
  return step('chromium', `[data-testid=${testId}] contains "${contains}"`, () =>
    pollUntil(`[data-testid=${testId}] never contained "${contains}"`, async () => {
      const t = await panel.text(testId);
      return t?.includes(contains) ? t : false;
    }),
  );
}

const NAMES = ['visit', 'theme', 'sid', 'token', 'old', '__Host-admin', HOSTILE_NAME];

describe('Cookies panel in Chromium: rows, detail, backfill, hostile strings', () => {
  const suite = browserSuite({
    // The JWT is signed first: the page's cookies carry it.
    routes: async () => {
      const now = Math.floor(Date.now() / 1000);
      const jwt = await new SignJWT({ sub: 'student-42', name: 'Ada Lovelace' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(new TextEncoder().encode(SECRET));
      const page = `<!doctype html><html><head><title>cookies</title><link rel="icon" href="data:,"></head><body>cookies</body></html>`;
      return {
        '/': {
          body: page,
          setCookie: [
            'visit=1; Path=/',
            // 29.5 days: the badge reads whole days.
            'theme=dark; Max-Age=2548800; Path=/',
            'sid=s%3Aabc.def; Path=/; HttpOnly; SameSite=Lax',
            `token=${jwt}; Path=/`,
            'old=; Max-Age=0; Path=/',
            // RFC 6265bis §4.1.3.2: __Host- requires Secure — the browser refuses this one.
            '__Host-admin=1; Path=/',
            `${HOSTILE_NAME}=${HOSTILE_VALUE}; Path=/`,
          ],
        },
      };
    },
    launch: () => launchChromiumWithExtension(),
  });
  // This file judges the panel document; the service worker has its own tests.
  noChromiumErrorsAfterEachTest(suite, {
    what: 'the panel',
    keep: (e) => e.url.includes('/panel.html') || e.url.includes('/panel.js'),
  });

  test('rows show lifetimes, flags, roles, findings; the detail pane shows the JWT claims', async () => {
    const { browser: chromium, server } = suite;
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    const { panel } = await openCookiesPanel(tab, { extensionId: chromium.extensionId });
    expect(await harEntryCount(panel)).toBe(0);
    await step('chromium', `navigate to ${server.url('/')}`, () =>
      tab.goto(server.url('/'), { waitUntil: 'load' }),
    );
    const rows = await waitForRows(panel, NAMES);

    expect(rows.get('visit')?.lifetime).toBe('session');
    expect(rows.get('theme')?.lifetime).toBe('persistent · expires in 29 d');
    expect(rows.get('old')?.lifetime).toBe('deleted');
    expect(rows.get('__Host-admin')?.lifetime).toBe('rejected');
    expect(rows.get('sid')?.flags).toBe('HttpOnly SameSite=Lax');
    expect(rows.get('sid')?.role).toBe('auth');
    expect(rows.get('theme')?.role).toBe('preference');
    expect(rows.get('token')).toMatchObject({ role: 'auth', jwt: true, flags: '' });
    expect(rows.get('token')?.findings).toBeGreaterThan(0);
    expect(rows.get('visit')?.jwt).toBe(false);

    expect(await clickRow(panel, 'token')).toBe('token');
    await waitForText(panel, 'detail-findings', 'auth-no-httponly');
    const claims = await waitForText(panel, 'jwt-claims-table', 'student-42');
    expect(claims).toContain('Ada Lovelace');
    expect(await panel.text('claim-time-exp')).toMatch(/in (59|60) min|in 1 h/);
    expect(await panel.text('set-cookie-explained')).toContain(
      'No HttpOnly: scripts on the page can read it',
    );

    await clickRow(panel, 'sid');
    await waitForText(
      panel,
      'set-cookie-explained',
      'HttpOnly — scripts cannot read this cookie via document.cookie',
    );

    // The Findings tab lists the prefix rejection too.
    await panel.evaluate(() => document.querySelector<HTMLElement>('#tab-findings')?.click());
    const findings = await step('chromium', 'Findings tab lists rejected-prefix and auth-no-httponly', () =>
      pollUntil('findings text', async () => {
        const t = await panel.evaluate<string>(
          () => document.querySelector('[role="tabpanel"]')?.textContent ?? '',
        );
        return t.includes('rejected-prefix') && t.includes('auth-no-httponly') ? t : false;
      }),
    );
    expect(findings).toContain('__Host-admin');
  });

  test('hostile cookie names and values show as text; no script runs, no <img> appears', async () => {
    const { browser: chromium, server } = suite;
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    const { panel } = await openCookiesPanel(tab, { extensionId: chromium.extensionId });
    await harEntryCount(panel);
    await tab.goto(server.url('/'), { waitUntil: 'load' });
    await waitForRows(panel, [HOSTILE_NAME]);
    await clickRow(panel, HOSTILE_NAME);
    await waitForText(panel, 'detail-value', HOSTILE_VALUE);
    expect(await panel.text('detail-name')).toBe(HOSTILE_NAME);
    // Give a would-be onerror a moment to fire.
    await new Promise((r) => setTimeout(r, 300));
    const dom = await panel.evaluate<{ pwned: unknown; title: string; imgs: number; scripts: string[] }>(
      () => ({
        pwned: (window as { __pwned?: unknown }).__pwned ?? null,
        title: document.title,
        imgs: document.querySelectorAll('img').length,
        scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
      }),
    );
    expect(dom).toEqual({ pwned: null, title: 'Cookie Lens', imgs: 0, scripts: ['panel.js'] });
  });

  test('opened after the page loaded, the panel backfills the same rows from getHAR', async () => {
    const { browser: chromium, server } = suite;
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    const devtools = await openDevTools(tab);
    await waitForPanelRegistered(devtools, chromium.extensionId);
    await step('chromium', 'load the page before the panel exists', () =>
      tab.goto(server.url('/'), { waitUntil: 'load' }),
    );
    const { panel } = await openCookiesPanel(tab, { extensionId: chromium.extensionId, devtools });
    const rows = await waitForRows(panel, NAMES);
    expect(rows.get('theme')?.lifetime).toBe('persistent · expires in 29 d');
    expect(rows.get('token')?.jwt).toBe(true);
    expect(rows.get('__Host-admin')?.lifetime).toBe('rejected');
    expect(await panel.text('request-count')).toBe(String(await harEntryCount(panel)));
  });
});

/**
 * Issue #13 in the real Chromium DevTools (dist/chrome): a site sets its cookies BEFORE DevTools opens.
 * Without host access the rows say "set before DevTools opened" and the panel asks for the site; with
 * access (granted in the profile, as the popup tests do) each row takes lifetime and flags "from the
 * browser's jar", the auth finding lands only on the cookie without HttpOnly, the reload button records
 * the Set-Cookie lines, and a third-party cookie the replay stores but the browser refused (third-party
 * cookies blocked in the profile) is shown as refused, with the reason. Build first: `npx tsx scripts/build.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  type ChromiumWithExtension,
  launchChromiumWithExtension,
  openTabWithId,
} from '../../scripts/browsers/chromium.ts';
import { openCookiesPanel, type PanelDocument } from '../../scripts/browsers/chromium-devtools.ts';
import { repoRoot } from '../../scripts/browsers/extension-build.ts';
import { describeErrors } from '../../scripts/browsers/extension-errors.ts';
import { pollUntil, step } from '../../scripts/browsers/steps.ts';
import { type CookieRowText, readCookieRows } from './harness/chromium-cookie-rows.ts';
import { selfSignedLocalhost } from './harness/self-signed.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';
import { SITE_COOKIES, siteRoutes, THIRD_PARTY_ROUTES } from './panel-jar-site.ts';
import { launchChromiumWithHostAccess } from './popup-host-access.ts';

/** Waits until every named row satisfies `ok`; returns the rows by name. */
async function waitForRows(
  panel: PanelDocument,
  what: string,
  names: readonly string[],
  ok: (r: CookieRowText) => boolean,
): Promise<Map<string, CookieRowText>> {
  let seen: CookieRowText[] = [];
  const rows = await step('chromium', what, () =>
    pollUntil(
      what,
      async () => {
        seen = await readCookieRows(panel);
        return names.every((n) => seen.some((r) => r.name === n && ok(r))) ? seen : false;
      },
      { timeoutMs: 15_000 },
    ).catch((e: Error) => {
      throw new Error(`${e.message}; rows seen: ${JSON.stringify(seen)}`);
    }),
  );
  return new Map(rows.map((r) => [r.name, r]));
}

/**
 * Selects a row and returns the detail pane's text once it shows that cookie (and `until`, when given:
 * the jar's facts arrive after the row, from cookies.getAll, so a single read can come too early).
 */
async function detailOf(panel: PanelDocument, name: string, until?: string): Promise<string> {
  let last = '';
  return step('chromium', `detail pane of ${name}`, () =>
    pollUntil(`detail of ${name}${until ? ` saying "${until}"` : ''}`, async () => {
      const text = await panel.evaluate<string | false>((n: string) => {
        const row = [...document.querySelectorAll<HTMLElement>('[data-testid="cookie-row"]')].find(
          (r) => r.dataset.name === n,
        );
        row?.click();
        const name = document.querySelector('[data-testid="detail-name"]')?.textContent;
        return name === n
          ? (document.querySelector('[data-testid="cookie-detail"]')?.textContent ?? '')
          : false;
      }, name);
      if (text !== false) last = text;
      return text !== false && (until === undefined || text.includes(until)) ? text : false;
    }).catch((e: Error) => {
      throw new Error(`${e.message}; detail seen: ${last.slice(0, 600)}`);
    }),
  );
}

function panelErrors(chromium: ChromiumWithExtension) {
  return chromium.errors
    .collect()
    .then((all) => all.filter((e) => /\/(panel|background)\.(html|js)|chunks\//.test(e.url)));
}

describe('Cookies panel + the browser jar in Chromium (issue #13)', () => {
  let server: TestServer;
  let thirdParty: TestServer;
  let chromium: ChromiumWithExtension | undefined;

  beforeAll(async () => {
    thirdParty = await startTestServer(THIRD_PARTY_ROUTES, { tls: selfSignedLocalhost() });
    server = await startTestServer(siteRoutes(thirdParty.origin));
  });
  afterAll(async () => {
    await server?.close();
    await thirdParty?.close();
  });
  afterEach(async () => {
    const errors = chromium ? await panelErrors(chromium) : [];
    await chromium?.close();
    chromium = undefined;
    expect(errors, `errors in the extension:\n${describeErrors(errors)}`).toEqual([]);
  });

  test('without host access: rows say "set before DevTools opened" and the notice asks for this site', async () => {
    chromium = await launchChromiumWithExtension();
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    await step('chromium', 'log in before DevTools opens', () =>
      tab.goto(server.url('/'), { waitUntil: 'load' }),
    );
    const { panel } = await openCookiesPanel(tab, { extensionId: chromium.extensionId });
    // A request after DevTools opened carries the cookies: the panel sees them sent, never set.
    await tab.evaluate(() => fetch('/api').then((r) => r.text()));
    const rows = await waitForRows(
      panel,
      'rows of the cookies sent to /api',
      SITE_COOKIES,
      (r) => r.lifetime === 'set before DevTools opened',
    );
    for (const name of SITE_COOKIES) {
      expect(rows.get(name), name).toMatchObject({ flags: 'flags unknown', source: 'Cookie header only' });
    }
    const notice = await step('chromium', 'the access notice', () =>
      pollUntil('jar notice', async () => (await panel.text('jar-notice')) || false),
    );
    expect(notice).toContain('4 cookies were set before DevTools opened: allow reading this site’s cookies.');
    expect(notice).toContain('no cookies written by scripts, none the browser refused');
    expect(await panel.text('allow-jar')).toBe('Allow on 127.0.0.1');
    expect(await panel.text('record-hint')).toContain('Set before recording: 4 cookies');

    // Chrome exposes permissions.request to DevTools documents: a real click asks right there (the
    // native prompt stays open, unanswerable by automation: popup-host-access.ts) — no grant page opens.
    const box = await panel.evaluate<{ x: number; y: number }>(() => {
      const r = (document.querySelector('[data-testid="allow-jar"]') as HTMLElement).getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await step('chromium', 'a real click on "Allow on 127.0.0.1" (CDP Input on the panel)', async () => {
      for (const type of ['mousePressed', 'mouseReleased'] as const) {
        await panel.session.send('Input.dispatchMouseEvent', { type, ...box, button: 'left', clickCount: 1 });
      }
    });
    const pending = await step('chromium', 'the request is pending on the browser prompt', () =>
      pollUntil('allow button disabled while the prompt is open', () =>
        panel.evaluate<boolean>(
          () => (document.querySelector('[data-testid="allow-jar"]') as HTMLButtonElement).disabled,
        ),
      ),
    );
    expect(pending).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    const targets = chromium.browser.targets().map((t) => t.url());
    expect(targets.some((u) => u.includes('/grant.html'))).toBe(false);
    expect(await panel.text('grant-page-opened')).toBeNull();
  });

  test('with host access: jar facts, the auth finding from the jar, reload to record, a refused third-party cookie', async () => {
    chromium = await launchChromiumWithHostAccess(['http://127.0.0.1/*', 'https://localhost/*'], {
      thirdPartyCookies: 'block',
      args: ['--ignore-certificate-errors'],
    });
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    await step('chromium', 'log in before DevTools opens', () =>
      tab.goto(server.url('/'), { waitUntil: 'load' }),
    );
    const { panel, devtools } = await openCookiesPanel(tab, { extensionId: chromium.extensionId });

    const jar = await waitForRows(
      panel,
      'rows from the browser’s jar',
      SITE_COOKIES,
      (r) => r.source === 'from the browser’s jar',
    );
    expect(jar.get('sid')).toMatchObject({ lifetime: 'session', flags: 'HttpOnly SameSite=Lax' });
    expect(jar.get('theme')).toMatchObject({ lifetime: 'persistent · expires in 29 d' });
    expect(jar.get('session_token')).toMatchObject({ lifetime: 'session' });
    expect(jar.get('session_token')?.flags).not.toContain('HttpOnly');
    expect(jar.get('ui_density')).toMatchObject({ lifetime: 'session' });
    expect(await panel.text('jar-notice')).toBeNull();

    const token = await detailOf(panel, 'session_token');
    // The README's first screenshot: the real DevTools on a site the user was logged into before
    // DevTools opened, rows and the detail pane from the browser's jar.
    mkdirSync(join(repoRoot, 'docs'), { recursive: true });
    writeFileSync(
      join(repoRoot, 'docs', 'panel-logged-in-jar.png'),
      await devtools.screenshot({ type: 'png' }),
    );
    expect(token).toContain('auth-no-httponly');
    expect(token).toContain('from the browser’s jar');
    const sid = await detailOf(panel, 'sid');
    expect(sid).not.toContain('auth-no-httponly');
    expect(sid).toContain('HttpOnlyyes from the browser’s jar');

    await step('chromium', 'click "Reload page"', () =>
      panel.evaluate(() => (document.querySelector('[data-testid="reload-page"]') as HTMLElement).click()),
    );
    const recorded = await waitForRows(
      panel,
      'rows with their Set-Cookie recorded',
      ['sid', 'theme', 'session_token'],
      (r) => r.source.startsWith('Set-Cookie at #'),
    );
    expect(recorded.get('sid')).toMatchObject({ lifetime: 'session', flags: 'HttpOnly SameSite=Lax' });

    const refused = await waitForRows(
      panel,
      'the third-party cookie refused by the browser',
      ['tp'],
      (r) => r.lifetime === 'refused by the browser',
    );
    expect(refused.get('tp')?.source).toMatch(/^Set-Cookie at #\d+$/);
    const tp = await detailOf(panel, 'tp');
    expect(tp).toContain('Not in the browser’s jar.');
    expect(tp).toContain('the browser blocks third-party cookies');

    // The page's script wrote ui_density again on reload, with no Set-Cookie: a flow event of its own.
    const ui = await step('chromium', 'ui_density shows "set by a script"', () =>
      pollUntil('script-set', async () => {
        const text = await detailOf(panel, 'ui_density');
        return text.includes('set by a script') ? text : false;
      }),
    );
    expect(ui).toContain('Set by a script');
  });

  test('control: with third-party cookies allowed the browser keeps tp, and the panel reports no refusal', async () => {
    chromium = await launchChromiumWithHostAccess(['http://127.0.0.1/*', 'https://localhost/*'], {
      thirdPartyCookies: 'allow',
      args: ['--ignore-certificate-errors'],
    });
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    const { panel } = await openCookiesPanel(tab, { extensionId: chromium.extensionId });
    await step('chromium', 'load the page with DevTools open', () =>
      tab.goto(server.url('/'), { waitUntil: 'load' }),
    );
    const rows = await waitForRows(panel, 'tp recorded and in the jar', ['tp'], (r) =>
      r.source.startsWith('Set-Cookie at #'),
    );
    const tp = await detailOf(panel, 'tp', 'The browser’s jar agrees');
    expect(tp).toContain('The browser’s jar agrees with the last Set-Cookie.');
    expect(rows.get('tp')?.lifetime).toBe('session');
  });
});

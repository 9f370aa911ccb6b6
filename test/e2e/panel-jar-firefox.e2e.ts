/**
 * Issue #13 in the real Firefox ESR toolbox (dist/firefox): the site sets its cookies BEFORE the toolbox
 * opens. Without host access the rows say "set before DevTools opened", and the notice's button opens
 * grant.html in a tab (Firefox has no permissions API in DevTools documents, Bugzilla 1796933). Access
 * is then granted the way about:addons does (ExtensionPermissions.add, chrome scope), which fires
 * permissions.onAdded: the rows take lifetime and flags "from the browser's jar", the auth finding lands
 * only on the cookie without HttpOnly, the reload button records the Set-Cookie lines, and the
 * third-party cookie the replay stores is shown as refused (network.cookie.cookieBehavior 1 = block
 * third-party cookies). Build first: `npx tsx scripts/build.ts`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pollUntil, step } from '../../scripts/browsers/steps.ts';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness/firefox.ts';
import {
  evaluateInPanel,
  type FirefoxPanel,
  openToolboxWithCookiesPanel,
  panelHarUrls,
  panelText,
} from './harness/firefox-devtools.ts';
import { extensionScriptErrors } from './harness/firefox-errors.ts';
import { selfSignedLocalhost } from './harness/self-signed.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';
import { SITE_COOKIES, siteRoutes, THIRD_PARTY_ROUTES } from './panel-jar-site.ts';

interface Row {
  name: string;
  lifetime: string;
  flags: string;
  source: string;
}

const READ_ROWS = `(w) => Array.from(w.document.querySelectorAll('[data-testid="cookie-row"]'), (r) => ({
  name: r.getAttribute('data-name'),
  lifetime: r.querySelector('[data-testid="lifetime"]')?.textContent ?? '',
  flags: Array.from(r.querySelectorAll('[data-testid="flags"] > *'), (f) => f.textContent).join(' '),
  source: r.querySelector('[data-testid="source"]')?.textContent ?? '',
}))`;

describe('Cookies panel + the browser jar in Firefox ESR (issue #13)', () => {
  let server: TestServer;
  let thirdParty: TestServer;
  let firefox: FirefoxWithExtension;
  let panel: FirefoxPanel;

  async function waitForRows(what: string, names: readonly string[], ok: (r: Row) => boolean) {
    let seen: Row[] = [];
    const rows = await step('firefox', what, () =>
      pollUntil(
        what,
        async () => {
          seen = await evaluateInPanel<Row[]>(firefox, panel, READ_ROWS);
          return names.every((n) => seen.some((r) => r.name === n && ok(r))) ? seen : false;
        },
        { timeoutMs: 15_000 },
      ).catch(async (e: Error) => {
        const text = await panelText(firefox, panel, 'panel-app').catch(() => null);
        throw new Error(`${e.message}; rows seen: ${JSON.stringify(seen)}; panel: ${text?.slice(0, 400)}`);
      }),
    );
    return new Map(rows.map((r) => [r.name, r]));
  }

  function detailOf(name: string): Promise<string> {
    return step('firefox', `detail pane of ${name}`, () =>
      pollUntil(`detail of ${name}`, () =>
        evaluateInPanel<string | false>(
          firefox,
          panel,
          `(w) => {
            const row = Array.from(w.document.querySelectorAll('[data-testid="cookie-row"]')).find((r) => r.getAttribute('data-name') === ${JSON.stringify(name)});
            row?.click();
            const shown = w.document.querySelector('[data-testid="detail-name"]')?.textContent;
            return shown === ${JSON.stringify(name)} ? (w.document.querySelector('[data-testid="cookie-detail"]')?.textContent ?? '') : false;
          }`,
        ),
      ),
    );
  }

  const click = (testId: string) =>
    evaluateInPanel(
      firefox,
      panel,
      `(w) => { w.document.querySelector('[data-testid="${testId}"]').click(); return true; }`,
    );

  beforeAll(async () => {
    thirdParty = await startTestServer(THIRD_PARTY_ROUTES, { tls: selfSignedLocalhost() });
    server = await startTestServer(siteRoutes(thirdParty.origin));
    firefox = await launchFirefoxWithExtension({
      prefs: { 'network.cookie.cookieBehavior': 1 },
      acceptInsecureCerts: true,
    });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    await thirdParty?.close();
  });

  test('before access: set before DevTools opened; the button opens grant.html; after access: jar facts, reload, refusal', async () => {
    const startedAt = Date.now();
    await step('firefox', 'log in before the toolbox opens', () => firefox.navigate(server.url('/')));
    panel = await openToolboxWithCookiesPanel(firefox);
    // The panel's backfill answered: what follows is live traffic.
    await panelHarUrls(firefox, panel);
    await firefox.evaluateIn(firefox.context, "fetch('/api').then((r) => r.text())");
    const before = await waitForRows(
      'rows of the cookies sent to /api',
      SITE_COOKIES,
      (r) => r.lifetime === 'set before DevTools opened',
    );
    for (const name of SITE_COOKIES) expect(before.get(name)?.source, name).toBe('Cookie header only');
    const notice = await step('firefox', 'the access notice', () =>
      pollUntil('jar notice', async () => (await panelText(firefox, panel, 'jar-notice')) || false),
    );
    expect(notice).toContain('4 cookies were set before DevTools opened: allow reading this site’s cookies.');
    expect(await panelText(firefox, panel, 'allow-jar')).toBe('Allow on 127.0.0.1');

    // Firefox: no permissions.request in the panel — the button opens the extension's grant page.
    await click('allow-jar');
    const grantTab = await step('firefox', 'grant.html opens in a tab', () =>
      pollUntil('grant tab', async () => {
        const tree = await firefox.bidi.send<{ contexts: { url: string }[] }>('browsingContext.getTree', {});
        return (
          tree.contexts.find((c) => c.url.startsWith(`${firefox.extensionOrigin}grant.html?site=`)) ?? false
        );
      }),
    );
    expect(decodeURIComponent(grantTab.url)).toContain(`site=${server.url('/')}`);
    expect(await panelText(firefox, panel, 'grant-page-opened')).toContain('allow 127.0.0.1 there');

    const origins = ['http://127.0.0.1/*', 'https://localhost/*'];
    await step('firefox', 'grant the site (ExtensionPermissions.add, as about:addons does)', () =>
      firefox.evaluateInChrome(`(async () => {
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const policy = WebExtensionPolicy.getByID(${JSON.stringify(firefox.extensionId)});
        await ExtensionPermissions.add(${JSON.stringify(firefox.extensionId)}, { origins: ${JSON.stringify(origins)}, permissions: [] }, policy.extension);
        return true;
      })()`),
    );
    const jar = await waitForRows(
      'rows from the browser’s jar',
      SITE_COOKIES,
      (r) => r.source === 'from the browser’s jar',
    );
    expect(jar.get('sid')).toMatchObject({ lifetime: 'session' });
    expect(jar.get('sid')?.flags).toContain('HttpOnly');
    expect(jar.get('theme')?.lifetime).toBe('persistent · expires in 29 d');
    expect(jar.get('session_token')?.lifetime).toBe('session');
    expect(jar.get('session_token')?.flags).not.toContain('HttpOnly');
    expect(await detailOf('session_token')).toContain('auth-no-httponly');
    expect(await detailOf('sid')).not.toContain('auth-no-httponly');

    await click('reload-page');
    const recorded = await waitForRows(
      'rows with their Set-Cookie recorded',
      ['sid', 'theme', 'session_token'],
      (r) => r.source.startsWith('Set-Cookie at #'),
    );
    expect(recorded.get('sid')?.flags).toContain('HttpOnly');
    await waitForRows(
      'the third-party cookie refused by the browser',
      ['tp'],
      (r) => r.lifetime === 'refused by the browser',
    );
    const tp = await detailOf('tp');
    expect(tp).toContain('the browser blocks third-party cookies');

    const errors = (await extensionScriptErrors(firefox, startedAt)).filter((e) =>
      /\/(panel|grant|background)\.(html|js)|chunks\//.test(e.source),
    );
    expect(errors, 'script errors in the extension').toEqual([]);
  });
});

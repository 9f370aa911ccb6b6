/**
 * The real popup page (dist/chrome) in headless Chromium over a real capture: site access granted in
 * the profile, a local server setting a mix of cookies (an auth `sid` without HttpOnly among them),
 * then popup.html?tab=<id>: counts, grade, findings, jar, badge, a stopped service worker, hostile
 * text, and the screenshots in docs/. The background analyses (`getTabSummary`); the popup only
 * renders its answer. Build first: `npx tsx scripts/build.ts`.
 */
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ChromiumWithExtension,
  openExtensionPage,
  openTabWithId,
} from '../../scripts/browsers/chromium.ts';
import { repoRoot } from '../../scripts/browsers/extension-build.ts';
import { describeErrors } from '../../scripts/browsers/extension-errors.ts';
import { pollUntil, reportTiming, step } from '../../scripts/browsers/steps.ts';
import { startTestServer, type TestServer } from './harness/test-server.ts';
import { axeInEachScheme } from './layout/axe.ts';
import { launchChromiumWithHostAccess } from './popup-host-access.ts';

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** An HS256 JWT signed with a long random-looking secret (not on the weak-secret list). */
function jwt(): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }));
  const sig = createHmac('sha256', 'e2e-3c9f0a7b51d84e26b0c4a19f7d2e6b58')
    .update(`${head}.${body}`)
    .digest('base64url');
  return `${head}.${body}.${sig}`;
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const routes = {
  '/': {
    body: '<!doctype html><title>shop</title><link rel="icon" href="data:,"><h1>shop</h1>',
    setCookie: [
      'sid=abc123def456; Path=/', // auth, readable by scripts: auth-no-httponly (high)
      `jwt=${jwt()}; Path=/; HttpOnly; SameSite=Lax`, // auth + JWT
      'theme=dark; Max-Age=86400; SameSite=Lax', // persistent preference
      'old=; Max-Age=0', // a deletion
      `note=${HOSTILE}; Path=/; SameSite=Lax`, // hostile value, rendered as text
    ],
  },
};

const text = (page: Page, testId: string) =>
  page.$eval(`[data-testid="${testId}"]`, (e) => e.textContent ?? '');

async function openPopup(chromium: ChromiumWithExtension, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(chromium.browser, chromium.extensionId, `popup.html?tab=${tabId}`);
  // The grade shows first, the jar once read (popup-source.ts): "ready" is when both are in.
  await step('chromium', 'popup shows a grade, then the jar', () =>
    popup.waitForSelector('body[data-state="ready"] [data-testid="grade"]', { timeout: 10_000 }),
  );
  return popup;
}

async function readPopup(popup: Page) {
  const counts: Record<string, string> = {};
  for (const key of ['session', 'persistent', 'deleted', 'auth', 'jwt', 'thirdParty'])
    counts[key] = await text(popup, `count-${key}`);
  return {
    site: await text(popup, 'popup-site'),
    grade: await text(popup, 'grade'),
    score: await text(popup, 'score'),
    counts,
    findings: await popup.$$eval('[data-testid="finding"]', (els) =>
      els.map((e) => ({
        rule: (e as HTMLElement).dataset.rule,
        severity: (e as HTMLElement).dataset.severity,
        text: e.textContent,
      })),
    ),
    jar: await popup.$$eval('[data-testid="jar-cookie"] .pp-name', (els) =>
      els.map((e) => e.textContent).sort(),
    ),
  };
}

describe('the popup in Chromium (dist/chrome)', () => {
  let server: TestServer;
  let chromium: ChromiumWithExtension;
  let tabId = -1;

  beforeAll(async () => {
    const t0 = performance.now();
    server = await startTestServer(routes);
    chromium = await launchChromiumWithHostAccess();
    const opened = await openTabWithId(chromium, server.url('/'));
    tabId = opened.tabId;
    await opened.page.waitForFunction(() => document.readyState === 'complete');
    reportTiming('chromium launch with host access + page', t0);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  test('summarises the tab: site, grade, counts, top findings, jar', async () => {
    const popup = await openPopup(chromium, tabId);
    const seen = await readPopup(popup);
    expect(seen.site).toBe(new URL(server.origin).host);
    // sid, jwt and note are session cookies, theme persistent, old a deletion; sid and jwt are auth.
    expect(seen.counts).toEqual({
      session: '3',
      persistent: '1',
      deleted: '1',
      auth: '2',
      jwt: '1',
      thirdParty: '0',
    });
    // One high (sid readable by scripts) caps the site at C. The mediums for no Secure are fine on this
    // local http site: they do not lower the grade shown, but production's grade is worse and said so.
    expect(seen.grade).toMatch(/^[CD]$/);
    expect(await text(popup, 'production')).toMatch(
      /^Not ready for production: \d+ findings? (is|are) fine on local http .*the grade is [DF], score \d+\/100/,
    );
    expect(seen.findings[0]).toMatchObject({ rule: 'auth-no-httponly', severity: 'high' });
    expect(seen.findings[0]?.text).toContain('Auth cookie sid is not HttpOnly');
    expect(seen.findings.length).toBeLessThanOrEqual(5);
    expect(seen.jar).toEqual(['jwt', 'note', 'sid', 'theme']);
    expect(await popup.$eval('[data-testid="access-notice"]', () => true).catch(() => false)).toBe(false);
    // No horizontal scroll at the popup's width.
    await popup.setViewport({ width: 380, height: 600 });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await popup.close();
  });

  test('renders hostile cookie values as text only', async () => {
    const popup = await openPopup(chromium, tabId);
    const values = await popup.$$eval('[data-testid="jar-value"]', (els) => els.map((e) => e.textContent));
    expect(values).toContain(HOSTILE);
    expect(await popup.$('main img')).toBeNull();
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
  });

  test('mask values: the toggle hides values and is remembered (storage.local)', async () => {
    const popup = await openPopup(chromium, tabId);
    await popup.click('[data-testid="mask-toggle"]');
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="jar-value"]')].every((e) => e.textContent === '••••••'),
    );
    await popup.close();
    const again = await openPopup(chromium, tabId);
    expect(await again.$eval('[data-testid="mask-toggle"]', (e) => (e as HTMLInputElement).checked)).toBe(
      true,
    );
    const values = await again.$$eval('[data-testid="jar-value"]', (els) => els.map((e) => e.textContent));
    expect(new Set(values)).toEqual(new Set(['••••••']));
    expect(await again.content()).not.toContain('abc123def456');
    await again.click('[data-testid="mask-toggle"]'); // back to visible for the screenshots
    await again.waitForFunction(
      () => document.querySelector('[data-testid="jar-value"]')?.textContent !== '••••••',
    );
    await again.close();
  });

  test('the popup renders what the background judged (getTabSummary)', async () => {
    const popup = await openPopup(chromium, tabId);
    const seen = await readPopup(popup);
    const reply = await popup.evaluate(
      (id: number) => chrome.runtime.sendMessage({ type: 'getTabSummary', payload: { tabId: id } }),
      tabId,
    );
    expect(reply).toMatchObject({
      ok: true,
      tabId,
      captured: true,
      topLevelSite: 'http://127.0.0.1',
      summary: {
        machineGrade: seen.grade,
        session: 3,
        persistent: 1,
        deleted: 1,
        auth: 2,
        jwt: 1,
        thirdParty: 0,
      },
    });
    const r = reply as { topFindings: { rule: string }[]; exchanges: number; totalFindings: number };
    expect(r.topFindings.map((f) => f.rule)).toEqual(seen.findings.map((f) => f.rule));
    expect(r.exchanges).toBeGreaterThan(0);
    expect(r.totalFindings).toBeGreaterThanOrEqual(r.topFindings.length);
    // The popup page loads no analysis: no public-suffix list among its scripts.
    const scripts = await popup.evaluate(async () => {
      // popup.js and every chunk it imports, followed the way the browser does (static imports).
      const seen = new Map<string, string>();
      const visit = async (url: string): Promise<void> => {
        if (seen.has(url)) return;
        const text = await (await fetch(url)).text();
        seen.set(url, text);
        for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
          if (m[1]) await visit(new URL(m[1], url).href);
      };
      await visit(new URL('popup.js', location.href).href);
      const texts = [...seen.values()];
      return {
        count: texts.length,
        bytes: texts.reduce((n, t) => n + t.length, 0),
        // Entries of the Public Suffix List that tldts's trie holds as words.
        psl: texts.some((t) => t.includes('herokuapp') || t.includes('blogspot')),
      };
    });
    expect(scripts.psl).toBe(false);
    console.info(`[e2e] popup scripts: ${scripts.count} file(s), ${scripts.bytes} bytes minified`);
    await popup.close();
  });

  test('the badge shows the number of high findings the popup shows', async () => {
    const popup = await openPopup(chromium, tabId);
    const high = (await readPopup(popup)).findings.filter((f) => f.severity === 'high').length;
    expect(high).toBeGreaterThan(0);
    const badge = await pollUntil(`badge text of tab ${tabId} never became "${high}"`, async () => {
      const t = await popup.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
      return t === String(high) ? t : false;
    });
    expect(badge).toBe(String(high));
    await popup.close();
  });

  test('the capture survives the service worker being stopped', async () => {
    const before = await readPopup(await openPopup(chromium, tabId));
    await step(
      'chromium',
      'stop the service worker (puppeteer WebWorker.close: Target.closeTarget)',
      async () => {
        const sw = await chromium.serviceWorker();
        await sw.close();
      },
    );
    await pollUntil('the service worker target never went away', async () =>
      chromium.browser
        .targets()
        .every((t) => t.type() !== 'service_worker' || !t.url().startsWith(chromium.extensionOrigin)),
    );
    // Opening the popup sends getTabSummary, which wakes the worker; it answers from storage.session
    // (the summary cache died with the worker: the woken one analyses the restored capture again).
    const after = await readPopup(await openPopup(chromium, tabId));
    expect(after).toEqual(before);
    for (const p of await chromium.browser.pages())
      if (p.url().startsWith(chromium.extensionOrigin)) await p.close();
  });

  test('axe-core: no critical or serious violation, light and dark, score and legend open', async () => {
    const popup = await openPopup(chromium, tabId);
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForSelector('[data-testid="jar-cookie"]', { timeout: 10_000 });
    const found = await axeInEachScheme(
      <T>(source: string) => popup.evaluate(source) as Promise<T>,
      async (scheme) => {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await popup.waitForFunction(
          (dark: boolean) => document.documentElement.classList.contains('dark') === dark,
          { timeout: 10_000 },
          scheme === 'dark',
        );
      },
    );
    expect(found).toEqual([]);
    await popup.close();
  });

  // Written to out/screenshots so a test run never dirties the tree; UPDATE_DOCS=1 refreshes docs/.
  const shotDir = process.env.UPDATE_DOCS === '1' ? `${repoRoot}docs` : `${repoRoot}out/screenshots`;

  test('screenshots in light and dark (docs/popup-*.png)', async () => {
    mkdirSync(shotDir, { recursive: true });
    const popup = await openExtensionPage(chromium.browser, chromium.extensionId, `popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 380, height: 600, deviceScaleFactor: 1 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await popup.reload({ waitUntil: 'load' });
      await popup.waitForSelector('[data-testid="grade"]', { timeout: 10_000 });
      // A full-page shot measures the page when it starts: once in a few runs the dark one was cut at
      // the 600 px viewport. Wait for the jar rows, the fonts and one painted frame first.
      await popup.waitForSelector('[data-testid="jar-cookie"]', { timeout: 10_000 });
      await popup.evaluate(() =>
        document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => done(null)))),
      );
      expect(await popup.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        scheme === 'dark',
      );
      await popup.screenshot({ path: `${shotDir}/popup-${scheme}.png`, fullPage: true });
    }
    await popup.close();
  });

  test('no errors in extension pages', async () => {
    const errors = await chromium.errors.collect();
    expect(errors, describeErrors(errors)).toEqual([]);
  });
});

/**
 * Screenshots of issue #13 in light and dark (docs/panel-jar-*.png): the real dist/chrome panel.html
 * as a plain page, with a stub DevTools opened on a site the user was already logged into (the log
 * only holds a request that sent the cookies) and a stub background answering `readPageJar`:
 * - `panel-jar-notice-*`: no host access yet — the notice, the reload hint, rows "set before DevTools opened";
 * - `panel-jar-detail-*`: access granted — rows from the browser's jar, an auth cookie's detail pane;
 * Sizes are DevTools' own: 420 px docked right, 300 px docked at the bottom (`panel-jar-bottom-*`).
 * Usage: npx tsx scripts/build.ts && npx tsx scripts/bench/panel-jar-screenshots.ts
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { JarCookieFact } from '../../src/core/analysis/jar-types.ts';
import { jarFact } from '../fixtures/jar-fact.ts';
import { devtoolsStub, launchHeadless, repoRoot, servePanelPage } from './panel-page.ts';

const PAGE = 'https://shop.example/account';
const NOW = Date.now();
const DAY = 86_400_000;

const jarCookie = (name: string, value: string, over: Partial<JarCookieFact> = {}) =>
  jarFact({ name, value, domain: 'shop.example', ...over });

const COOKIES = [
  jarCookie('sid', 's%3A9f2c1e.hJd8', { httpOnly: true }),
  jarCookie('session_token', 'tok_5b1e77c2a9', { sameSite: null }),
  jarCookie('theme', 'dark', { expiresAt: NOW + 180 * DAY, domain: '.shop.example', hostOnly: false }),
  jarCookie('ui_density', 'compact', { secure: false, sameSite: null }),
];

const ENTRY = {
  startedDateTime: new Date(NOW - 2000).toISOString(),
  _resourceType: 'fetch',
  request: {
    method: 'GET',
    url: 'https://shop.example/api/cart',
    headers: [{ name: 'Cookie', value: COOKIES.map((c) => `${c.name}=${c.value}`).join('; ') }],
  },
  response: { status: 200, headers: [] },
};

const reply = (access: boolean) => ({
  ok: true,
  pageUrl: PAGE,
  access,
  cookies: access ? COOKIES : [],
  readHosts: access ? ['shop.example'] : [],
  unreadHosts: access ? [] : ['shop.example'],
  dropped: 0,
});

async function open(page: Page, origin: string, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await page.evaluateOnNewDocument(
    devtoolsStub([ENTRY], theme === 'dark' ? 'dark' : 'default', {
      pageUrl: PAGE,
      noAccess: reply(false),
      granted: reply(true),
    }),
  );
  await page.goto(`${origin}/panel.html`, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="jar-notice"]', { timeout: 5000 });
}

async function grant(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __jarAccess(): void }).__jarAccess());
  await page.waitForFunction(
    () => document.querySelector('[data-testid="source"]')?.textContent === 'from the browser\u2019s jar',
    { timeout: 5000 },
  );
}

async function select(page: Page, name: string): Promise<void> {
  await page.$eval(`[data-testid="cookie-row"][data-name="${name}"]`, (el) => (el as HTMLElement).click());
  await page.waitForSelector('[data-testid="cookie-sources"]', { timeout: 5000 });
}

async function main(): Promise<void> {
  const out = join(repoRoot, 'docs');
  const server = await servePanelPage();
  const browser = await launchHeadless();
  try {
    for (const theme of ['light', 'dark'] as const) {
      const right = await browser.newPage();
      await right.setViewport({ width: 420, height: 720, deviceScaleFactor: 1 });
      await open(right, server.origin, theme);
      await right.screenshot({ path: join(out, `panel-jar-notice-${theme}.png`) });
      await grant(right);
      await select(right, 'session_token');
      await right.screenshot({ path: join(out, `panel-jar-detail-${theme}.png`) });
      await right.close();

      const bottom = await browser.newPage();
      await bottom.setViewport({ width: 1100, height: 300, deviceScaleFactor: 1 });
      await open(bottom, server.origin, theme);
      await grant(bottom);
      await select(bottom, 'session_token');
      await bottom.screenshot({ path: join(out, `panel-jar-bottom-${theme}.png`) });
      await bottom.close();
      console.log(`docs/panel-jar-{notice,detail,bottom}-${theme}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

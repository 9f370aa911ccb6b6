/**
 * Screenshots of the panel's views in light and dark (README "Screenshots"): the real dist/chrome
 * panel.html as a plain page with a stub chrome.devtools fed the recorded Chromium login HAR.
 * Usage: npx tsx scripts/build.ts && npx tsx scripts/bench/panel-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { devtoolsStub, fixtureEntries, launchHeadless, repoRoot, servePanelPage } from './panel-page.ts';

const VIEWPORT = { width: 1180, height: Number(process.env.SHOT_HEIGHT ?? 600), deviceScaleFactor: 1 };

async function click(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 5000 });
  await page.$eval(selector, (el) => (el as HTMLElement).click());
}

async function clickRow(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`[data-testid="cookie-row"][data-name="${name}"]`, { timeout: 5000 });
  await page.$eval(`[data-testid="cookie-row"][data-name="${name}"]`, (el) => (el as HTMLElement).click());
}

async function main(): Promise<void> {
  const out = join(repoRoot, 'docs');
  mkdirSync(out, { recursive: true });
  // Up to the login and the authenticated requests: the JWT cookie is still live (the logout deletes it).
  const entries = fixtureEntries().slice(0, 6);
  const server = await servePanelPage();
  const browser = await launchHeadless();
  try {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await page.evaluateOnNewDocument(devtoolsStub(entries, theme === 'dark' ? 'dark' : 'default'));
      await page.goto(`${server.origin}/panel.html`, { waitUntil: 'load' });
      await clickRow(page, 'token');
      await page.waitForSelector('[data-testid="jwt-claims"]');
      // The weak-secret check runs after the first paint: wait for its findings, so every shot shows them.
      await page.waitForFunction(() => document.body.textContent?.includes('auth-weak-secret'));
      await page.screenshot({ path: join(out, `panel-cookies-${theme}.png`) });

      await click(page, '#tab-requests');
      await page.waitForFunction(() =>
        document.querySelector('[role="tabpanel"]')?.textContent?.includes('/login'),
      );
      await page.keyboard.press('Escape');
      // The login POST: its Cookie pairs and Set-Cookie verdicts fill the request detail.
      await page.$$eval('[role="tabpanel"] [role="option"]', (rows) =>
        (rows[3] as HTMLElement | undefined)?.click(),
      );
      await new Promise((r) => setTimeout(r, 200));
      await page.screenshot({ path: join(out, `panel-requests-${theme}.png`) });

      await click(page, '#tab-cookies');
      await clickRow(page, 'connect.sid');
      await click(page, '#tab-flow');
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 200));
      await page.screenshot({ path: join(out, `panel-flow-${theme}.png`) });

      await click(page, '#tab-findings');
      await new Promise((r) => setTimeout(r, 200));
      await page.screenshot({ path: join(out, `panel-findings-${theme}.png`) });
      await page.close();
      console.log(`docs/panel-{cookies,requests,flow,findings}-${theme}.png`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

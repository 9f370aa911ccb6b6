/**
 * What the user feels (issue #16), in headless Chromium, median of 5 opens each:
 * - the DevTools panel (the real dist/chrome panel.html as a plain page, scripts/bench/panel-page.ts)
 *   from navigation start to its first rendered cookie row, with a 1k-exchange backfill from getHAR;
 * - the toolbar popup (the real extension, popup.html?tab=<id>) from navigation start to its grade.
 * "Rendered" = the first animation frame after the element is in the DOM. Needs dist/chrome.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { BenchResult } from '../../scripts/bench/bench-types.ts';
import { devtoolsStub, launchHeadless, servePanelPage } from '../../scripts/bench/panel-page.ts';
import { openTabWithId } from '../../scripts/browsers/chromium.ts';
import { generateHar } from '../../scripts/fixtures/generate-har.ts';
import { startTestServer } from '../e2e/harness/test-server.ts';
import { launchChromiumWithHostAccess } from '../e2e/popup-host-access.ts';

const OPENS = 5;
const BACKFILL = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Page script: `window.__shownAt` = performance.now() at the first frame after `selector` exists. */
function firstFrameWith(selector: string): string {
  return `(() => {
    const seen = () => {
      if (window.__seen || !document.querySelector(${JSON.stringify(selector)})) return;
      window.__seen = true;
      obs.disconnect();
      requestAnimationFrame(() => { window.__shownAt = performance.now(); });
    };
    const obs = new MutationObserver(seen);
    obs.observe(document, { childList: true, subtree: true });
  })();`;
}

async function timeOpen(browser: Browser, url: string, scripts: string[], selector: string): Promise<number> {
  const page: Page = await browser.newPage();
  try {
    for (const s of scripts) await page.evaluateOnNewDocument(s);
    await page.evaluateOnNewDocument(firstFrameWith(selector));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => '__shownAt' in window, { timeout: 20_000 });
    return await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  } finally {
    await page.close();
  }
}

async function panelFirstRow(): Promise<number[]> {
  const entries = (generateHar(BACKFILL).log as { entries: unknown[] }).entries;
  const stub = devtoolsStub(entries, 'default');
  const server = await servePanelPage();
  const browser = await launchHeadless();
  try {
    const url = `${server.origin}/panel.html`;
    await timeOpen(browser, url, [stub], '[data-testid="cookie-row"]'); // warm the HTTP cache, as DevTools has
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++)
      times.push(await timeOpen(browser, url, [stub], '[data-testid="cookie-row"]'));
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function popupGrade(): Promise<number[]> {
  const server = await startTestServer({
    '/': {
      body: '<!doctype html><title>shop</title><link rel="icon" href="data:,"><h1>shop</h1>',
      setCookie: [
        'sid=abc123def456; Path=/',
        'theme=dark; Max-Age=86400; SameSite=Lax',
        '_ga=GA1.1.123456789.1700000000; Path=/; Max-Age=63072000; SameSite=Lax',
        'old=; Max-Age=0',
      ],
    },
  });
  const chromium = await launchChromiumWithHostAccess();
  try {
    const { page, tabId } = await openTabWithId(chromium, server.url('/'));
    await page.waitForFunction(() => document.readyState === 'complete');
    const url = `chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}`;
    await timeOpen(chromium.browser, url, [], '[data-testid="grade"]'); // the first open starts the worker
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++)
      times.push(await timeOpen(chromium.browser, url, [], '[data-testid="grade"]'));
    return times;
  } finally {
    await chromium.close();
    await server.close();
  }
}

export default async function (): Promise<BenchResult> {
  const panel = await panelFirstRow();
  const popup = await popupGrade();
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  return {
    title: 'Time to first useful pixel (headless Chromium)',
    rows: [
      {
        name: `panel: open → first cookie row, ${BACKFILL}-exchange backfill (median of ${OPENS})`,
        ms: median(panel),
        note: `runs ${list(panel)} ms`,
      },
      { name: `popup: open → grade (median of ${OPENS})`, ms: median(popup), note: `runs ${list(popup)} ms` },
    ],
    ratios: [
      {
        label: `panel open → first row (${BACKFILL} backfilled)`,
        value: median(panel),
        target: 150,
        better: 'lower',
        unit: 'ms',
      },
      { label: 'popup open → grade', value: median(popup), target: 100, better: 'lower', unit: 'ms' },
    ],
  };
}

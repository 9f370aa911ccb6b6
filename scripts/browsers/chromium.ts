/**
 * Chromium with the real extension loaded (dist/chrome), driven by puppeteer-core over CDP, for the
 * e2e tests and the headless tour. Flags and pitfalls: test/e2e/README.md. Headless always; a fresh
 * profile per launch, removed on close.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { assertSupported } from './browser-minimums';
import { findChromium } from './browser-paths';
import { distDir } from './extension-build';
import { type ExtensionErrors, watchExtensionErrors } from './extension-errors';
import { pollUntil, step, withTimeout } from './steps';

export interface ChromiumWithExtension {
  browser: Browser;
  /** Host of the extension's URLs: stable for a given dist folder path. */
  extensionId: string;
  /** `chrome-extension://<id>/` */
  extensionOrigin: string;
  /** Console errors and uncaught exceptions of every extension document and the service worker. */
  errors: ExtensionErrors;
  /** The background service worker (woken up again if Chromium stopped it). */
  serviceWorker(): Promise<WebWorker>;
  /** Closes every tab and DevTools window the test opened (keeps the first, blank tab). */
  closePagesOpenedByTests(): Promise<void>;
  /** Kills the browser (and its process group) and removes the temp profile. Safe to call twice. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension folder; default dist/chrome (build it first: `npx tsx scripts/build.ts`). */
  extensionDir?: string;
  /** Extra Chromium flags. */
  args?: readonly string[];
}

/** Flags of every automated Chromium: headless-friendly, and quiet — nothing may leave 127.0.0.1. */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox', // required as root (CI)
  '--disable-gpu',
  // No QUIC probes, no background fetches, no updates or sync.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function chromiumFlags(extensionDir: string, profileDir: string): string[] {
  return [
    ...QUIET_CHROMIUM_FLAGS,
    // Belt and braces: no host name resolves except localhost (IP literals such as 127.0.0.1 need
    // no resolution), so even a feature we did not think of cannot reach the network.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    `--user-data-dir=${profileDir}`,
    `--load-extension=${extensionDir}`,
    `--disable-extensions-except=${extensionDir}`,
  ];
}

export async function launchChromiumWithExtension(
  options: LaunchOptions = {},
): Promise<ChromiumWithExtension> {
  const extensionDir = resolve(options.extensionDir ?? distDir('chrome'));
  const executablePath = findChromium();
  const profileDir = mkdtempSync(join(tmpdir(), 'cookie-lens-chromium-'));
  let browser: Browser | undefined;
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  try {
    browser = await step('chromium', `launch ${executablePath}`, () =>
      puppeteer.launch({
        executablePath,
        headless: true, // '--headless=new'
        // puppeteer adds --disable-extensions unless told; true adds --enable-unsafe-extension-debugging.
        enableExtensions: true,
        pipe: true,
        userDataDir: profileDir,
        args: [...chromiumFlags(extensionDir, profileDir), ...(options.args ?? [])],
        timeout: 30_000,
      }),
    );
    const launched = browser;
    const version = await launched.version();
    await step('chromium', `version ${version} is supported`, async () =>
      assertSupported('chromium', version),
    );
    const worker = await extensionWorker(launched, extensionDir);
    const extensionId = new URL(worker.url()).host;
    const extensionOrigin = `chrome-extension://${extensionId}/`;
    const errors = watchExtensionErrors(launched, extensionOrigin);
    const [firstPage] = await launched.pages();
    let closed = false;
    return {
      browser: launched,
      extensionId,
      extensionOrigin,
      errors,
      async serviceWorker() {
        const target = await launched.waitForTarget(
          (t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin),
          { timeout: 10_000 },
        );
        const sw = await target.worker();
        if (!sw) throw new Error('service worker target has no worker');
        return sw;
      },
      async closePagesOpenedByTests() {
        const pages = await Promise.all(
          launched
            .targets()
            .filter((t) => t.type() === 'page' || t.url().startsWith('devtools://'))
            .map((t) => t.page()),
        );
        await Promise.all(pages.map((p) => (p && p !== firstPage ? p.close().catch(() => {}) : undefined)));
      },
      async close() {
        if (closed) return;
        closed = true;
        errors.stop();
        await closeBrowser(launched);
        removeProfile();
      },
    };
  } catch (error) {
    if (browser) await closeBrowser(browser);
    removeProfile();
    throw error;
  }
}

/** The extension's service worker target, once the extension APIs exist in it. */
async function extensionWorker(browser: Browser, extensionDir: string): Promise<Target> {
  const worker = await step('chromium', 'extension service worker starts', () =>
    withTimeout(
      browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      ),
      15_000,
      `no service worker of ${extensionDir} (is it built? run \`npx tsx scripts/build.ts\`)`,
    ),
  );
  // The worker's context can exist before the extension bindings are installed in it
  // ("chrome is not defined" when evaluated too early): wait for chrome.runtime.id.
  await step('chromium', 'extension APIs ready in the service worker', async () => {
    const sw = await worker.worker();
    if (!sw) throw new Error('service worker target has no worker');
    await pollUntil('chrome.runtime.id never appeared in the service worker', () =>
      sw.evaluate(() => typeof globalThis.chrome?.runtime?.id === 'string'),
    );
  });
  return worker;
}

/** Graceful close first; if Chromium hangs, kill it so no process outlives the test file. */
async function closeBrowser(browser: Browser): Promise<void> {
  const child = browser.process();
  try {
    await withTimeout(browser.close(), 5_000, 'browser.close()');
  } catch {
    child?.kill('SIGKILL');
  }
  // Chromium's helpers (zygote, renderers, utility) are its children; the main process reaps them on
  // exit. If the main process was killed, make sure none remain.
  if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
  }
}

/**
 * Opens `url` in a new tab through the extension (`tabs.create`), so the test knows the tab's id
 * and returns the puppeteer Page for it. The way to get a tab id: without the `tabs` permission the
 * extension cannot match a tab by URL or title, and "the active tab" is ambiguous across headless
 * windows (tried: tabs.query({active, lastFocusedWindow}) after bringToFront() named another tab).
 */
export async function openTabWithId(
  chromium: ChromiumWithExtension,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const tabId = await step('chromium', `tabs.create(${url}) from the service worker`, async () => {
    const sw = await chromium.serviceWorker();
    return sw.evaluate(async (u: string) => {
      const tab = await chrome.tabs.create({ url: u, active: true });
      return tab.id ?? -1;
    }, url);
  });
  const page = await step('chromium', `find the page of tab ${tabId}`, async () => {
    const target = await chromium.browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, {
      timeout: 10_000,
    });
    const p = await target.page();
    if (!p) throw new Error('target has no page');
    return p;
  });
  return { page, tabId };
}

/** Opens an extension page (e.g. `popup.html?tab=3`) in a normal tab and waits for it to load. */
export async function openExtensionPage(browser: Browser, extensionId: string, path: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return step('chromium', `open extension page ${path}`, async () => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
    return page;
  });
}

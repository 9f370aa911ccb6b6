/**
 * The real Chrome DevTools with our extension panel shown, in headless Chromium (../shared/E2E.md).
 *
 * Clicking the panel's tab does not work (it hides behind the native "»" overflow menu), nor does
 * Target.openDevTools with a panelId or a preset preference. What works: poll DevTools' InspectorView
 * until the extension panel is registered, then showPanel(). InspectorView is a DevTools internal, so
 * keep the keyboard fallback (Ctrl+[ from the first tab wraps round to the last one = ours).
 */
import type { Browser, Frame, Page, Target } from 'puppeteer-core';
import { pollUntil, step } from './steps';

export interface OpenPanelOptions {
  /** Our extension's id; found from its service worker when omitted. */
  extensionId?: string;
  /** The title given to devtools.panels.create (DESIGN §7: "Cookies"). */
  title?: string;
  /** The panel document's file name. */
  panelFile?: string;
  /** DevTools already opened for the page with openDevTools(); opened here when omitted. */
  devtools?: Page;
  timeoutMs?: number;
}

export interface OpenedPanel {
  /** The panel document (an iframe inside DevTools): read and drive its DOM. */
  frame: Frame;
  /** The DevTools front-end itself. */
  devtools: Page;
  /** How the panel was selected: through InspectorView, or the Ctrl+[ fallback. */
  selectedBy: 'InspectorView' | 'keyboard';
}

async function extensionIdOf(browser: Browser): Promise<string> {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 10_000 },
  );
  return new URL(worker.url()).host;
}

/** Opens DevTools (undocked, its own target) for `page` and returns the DevTools front-end page. */
export async function openDevTools(page: Page): Promise<Page> {
  const browser = page.browser();
  const before = new Set<Target>(browser.targets().filter((t) => t.url().startsWith('devtools://')));
  const pageSession = await page.createCDPSession();
  // Target.getTargetInfo without an id describes the session's own target: a public way to get it.
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  await pageSession.detach();
  const browserSession = await browser.target().createCDPSession();
  try {
    // Target.openDevTools (Chromium >= 132) is newer than the protocol types of puppeteer-core 24.8.
    await (browserSession.send as (method: string, params: object) => Promise<unknown>)(
      'Target.openDevTools',
      {
        targetId: targetInfo.targetId,
      },
    );
  } finally {
    await browserSession.detach().catch(() => {});
  }
  const target = await browser.waitForTarget((t) => t.url().startsWith('devtools://') && !before.has(t), {
    timeout: 10_000,
  });
  const devtools = await target.page();
  if (!devtools) throw new Error(`DevTools target ${target.url()} has no page`);
  await devtools.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
  return devtools;
}

type PanelState = 'no-inspector-view' | 'not-registered' | 'shown';

/**
 * Asks InspectorView about the panel; with `show`, selects it. Runs inside DevTools. Sent as source
 * text: vitest rewrites `import()` inside a function it transforms, which DevTools cannot run.
 */
async function inspectorView(devtools: Page, panelId: string, show: boolean): Promise<PanelState> {
  const source = `(async (id, doShow) => {
    const legacy = await import(new URL('ui/legacy/legacy.js', location.href).href);
    const view = legacy?.InspectorView?.InspectorView?.maybeGetInspectorViewInstance?.();
    if (!view) return 'no-inspector-view';
    if (!view.hasPanel(id)) return 'not-registered';
    if (doShow) await view.showPanel(id);
    return 'shown';
  })(${JSON.stringify(panelId)}, ${show})`;
  return (await devtools.evaluate(source)) as PanelState;
}

/**
 * Waits until DevTools has loaded our devtools page and registered its panel. Also the sign that
 * DevTools is fully attached to the page (its network log records from here on). Returns
 * 'no-inspector-view' when the DevTools internal is gone (callers then use the keyboard fallback).
 */
export async function waitForPanelRegistered(
  devtools: Page,
  extensionId: string,
  { title = 'Cookies', timeoutMs = 15_000 }: { title?: string; timeoutMs?: number } = {},
): Promise<'shown' | 'no-inspector-view'> {
  const panelId = `chrome-extension://${extensionId}${title}`;
  return step('chromium', `DevTools panel '${title}' registers`, () =>
    pollUntil(
      `DevTools panel '${title}' (${panelId}) never registered`,
      async () => {
        const s = await inspectorView(devtools, panelId, false);
        // Without InspectorView (a future DevTools) stop polling and use the keyboard fallback.
        return s === 'not-registered' ? false : s;
      },
      { timeoutMs },
    ),
  );
}

export async function openCookiesPanel(page: Page, options: OpenPanelOptions = {}): Promise<OpenedPanel> {
  const title = options.title ?? 'Cookies';
  const panelFile = options.panelFile ?? 'panel.html';
  const timeoutMs = options.timeoutMs ?? 15_000;
  const extensionId =
    options.extensionId ??
    (await step('chromium', 'find the extension id from its service worker', () =>
      extensionIdOf(page.browser()),
    ));
  const panelId = `chrome-extension://${extensionId}${title}`;

  const devtools =
    options.devtools ??
    (await step('chromium', 'open DevTools (Target.openDevTools)', () => openDevTools(page)));

  const state = await waitForPanelRegistered(devtools, extensionId, { title, timeoutMs });

  let selectedBy: OpenedPanel['selectedBy'] = 'InspectorView';
  if (state === 'shown') {
    await step('chromium', `show panel '${title}' via InspectorView.showPanel`, () =>
      inspectorView(devtools, panelId, true),
    );
  } else {
    selectedBy = 'keyboard';
    await step('chromium', `show panel '${title}' via Ctrl+[ (InspectorView unavailable)`, async () => {
      await devtools.bringToFront();
      await devtools.keyboard.down('Control');
      await devtools.keyboard.press('BracketLeft');
      await devtools.keyboard.up('Control');
    });
  }

  const frame = await step('chromium', `panel document ${panelFile} loads in DevTools`, () =>
    devtools.waitForFrame(
      (f) => f.url().startsWith(`chrome-extension://${extensionId}/`) && f.url().endsWith(`/${panelFile}`),
      {
        timeout: timeoutMs,
      },
    ),
  );
  return { frame, devtools, selectedBy };
}

/**
 * Resolves once the panel's own startup getHAR() (its backfill) has been answered: DevTools answers an
 * extension's getHAR calls in order, so ours returning means the panel's earlier one has too. Returns
 * the number of entries in the HAR now. Use it before driving traffic, to know the backfill is done.
 */
export async function harEntryCount(frame: Frame): Promise<number> {
  return step('chromium', 'chrome.devtools.network.getHAR() from the panel', () =>
    frame.evaluate(
      () =>
        new Promise<number>((resolve) =>
          chrome.devtools.network.getHAR((log) => resolve(log.entries.length)),
        ),
    ),
  );
}

/** Waits until the panel shows exactly `expected` in `[data-testid=<testId>]`; returns the text seen. */
export async function waitForPanelText(
  frame: Frame,
  testId: string,
  expected: string,
  timeoutMs = 10_000,
): Promise<string> {
  let last = '(element missing)';
  return step('chromium', `panel [data-testid=${testId}] shows "${expected}"`, () =>
    pollUntil(
      `[data-testid=${testId}] never showed "${expected}"`,
      async () => {
        last = await frame
          .$eval(`[data-testid="${testId}"]`, (el) => el.textContent ?? '')
          .catch(() => '(element missing)');
        return last === expected ? last : false;
      },
      { timeoutMs },
    ).catch((error: Error) => {
      throw new Error(`${error.message}; last seen "${last}"`);
    }),
  );
}

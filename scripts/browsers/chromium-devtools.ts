/**
 * The real Chrome DevTools with our extension panel shown, in headless Chromium (test/e2e/README.md).
 *
 * Clicking the panel's tab does not work (it hides behind the native "»" overflow menu), nor does
 * Target.openDevTools with a panelId or a preset preference. What works: poll DevTools' InspectorView
 * until the extension panel is registered, then showPanel(). InspectorView is a DevTools internal, so
 * keep the keyboard fallback (Ctrl+[ from the first tab wraps round to the last one = ours).
 */
import type { Browser, Page, Target } from 'puppeteer-core';
import { type PanelDocument, waitForPanelDocument } from './chromium-panel-document';
import { pollUntil, step, waitForTestIdText } from './steps';

export type { PanelDocument };

export interface OpenPanelOptions {
  /** Our extension's id; found from its service worker when omitted. */
  extensionId?: string;
  /** The title given to devtools.panels.create (docs/architecture.md §7: "Cookies"). */
  title?: string;
  /** The panel document's file name. */
  panelFile?: string;
  /** DevTools already opened for the page with openDevTools(); opened here when omitted. */
  devtools?: Page;
  timeoutMs?: number;
}

export interface OpenedPanel {
  /** The panel document (an iframe inside DevTools): read and drive its DOM. */
  panel: PanelDocument;
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
    const send = browserSession.send as (method: string, params: object) => Promise<unknown>;
    await send.call(browserSession, 'Target.openDevTools', { targetId: targetInfo.targetId });
  } finally {
    await browserSession.detach().catch(() => {});
  }
  const target = await browser
    .waitForTarget((t) => t.url().startsWith('devtools://') && !before.has(t), { timeout: 20_000 })
    .catch(() => {
      throw new Error('no DevTools target appeared after 20 s');
    });
  const devtools = await target.page();
  if (!devtools) throw new Error(`DevTools target ${target.url()} has no page`);
  await devtools
    .waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 })
    .catch(() => {
      throw new Error('the DevTools front-end did not finish loading after 20 s');
    });
  return devtools;
}

/**
 * - api-missing: this DevTools has no InspectorView.maybeGetInspectorViewInstance (internals changed)
 * - not-ready: the API is there but DevTools has not created its InspectorView yet
 */
type PanelState = 'api-missing' | 'not-ready' | 'not-registered' | 'registered';

/**
 * Asks InspectorView about the panel; with `show`, selects it. Runs inside DevTools. Sent as source
 * text: vitest rewrites `import()` inside a function it transforms, which DevTools cannot run.
 */
async function inspectorView(devtools: Page, panelId: string, show: boolean): Promise<PanelState> {
  const source = `(async (id, doShow) => {
    const legacy = await import(new URL('ui/legacy/legacy.js', location.href).href);
    const getView = legacy?.InspectorView?.InspectorView?.maybeGetInspectorViewInstance;
    if (typeof getView !== 'function') return 'api-missing';
    const view = getView();
    if (!view) return 'not-ready';
    if (!view.hasPanel(id)) return 'not-registered';
    if (doShow) await view.showPanel(id);
    return 'registered';
  })(${JSON.stringify(panelId)}, ${show})`;
  return (await devtools.evaluate(source)) as PanelState;
}

/**
 * Waits until DevTools has loaded our devtools page and registered its panel. Also the sign that
 * DevTools is fully attached to the page (its network log records from here on). Returns
 * 'api-missing' when the DevTools internal is gone (callers then use the keyboard fallback).
 */
export async function waitForPanelRegistered(
  devtools: Page,
  extensionId: string,
  { title = 'Cookies', timeoutMs = 15_000 }: { title?: string; timeoutMs?: number } = {},
): Promise<'registered' | 'api-missing'> {
  const panelId = `chrome-extension://${extensionId}${title}`;
  let last: PanelState | 'no answer' = 'no answer';
  return step('chromium', `DevTools panel '${title}' registers`, () =>
    pollUntil(
      `DevTools panel '${title}' (${panelId}) never registered`,
      async () => {
        last = await inspectorView(devtools, panelId, false);
        return last === 'registered' || last === 'api-missing' ? last : false;
      },
      { timeoutMs },
    ).catch((error: Error) => {
      const ours = devtools
        .browser()
        .targets()
        .filter((t) => t.url().startsWith(`chrome-extension://${extensionId}/`))
        .map((t) => t.url());
      throw new Error(
        `${error.message}; InspectorView said '${last}'; extension targets: ${ours.join(', ')}`,
      );
    }),
  );
}

export async function openCookiesPanel(page: Page, options: OpenPanelOptions = {}): Promise<OpenedPanel> {
  const title = options.title ?? 'Cookies';
  const panelFile = options.panelFile ?? 'panel.html';
  const timeoutMs = options.timeoutMs ?? 15_000;
  const browser = page.browser();
  const extensionId =
    options.extensionId ??
    (await step('chromium', 'find the extension id from its service worker', () => extensionIdOf(browser)));
  const panelId = `chrome-extension://${extensionId}${title}`;

  const devtools =
    options.devtools ??
    (await step('chromium', 'open DevTools (Target.openDevTools)', () => openDevTools(page)));

  const state = await waitForPanelRegistered(devtools, extensionId, { title, timeoutMs });
  let selectedBy: OpenedPanel['selectedBy'] = 'InspectorView';
  if (state === 'registered') {
    await step('chromium', `show panel '${title}' via InspectorView.showPanel`, () =>
      inspectorView(devtools, panelId, true),
    );
  } else {
    selectedBy = 'keyboard';
    await step(
      'chromium',
      `show panel '${title}' via Ctrl+[ (no InspectorView in this DevTools)`,
      async () => {
        await devtools.bringToFront();
        await devtools.keyboard.down('Control');
        await devtools.keyboard.press('BracketLeft');
        await devtools.keyboard.up('Control');
      },
    );
  }

  const panel = await step('chromium', `panel document ${panelFile} loads in DevTools`, () =>
    waitForPanelDocument(browser, devtools, `chrome-extension://${extensionId}/`, panelFile, timeoutMs),
  );
  return { panel, devtools, selectedBy };
}

/**
 * Resolves once the panel's own startup getHAR() (its backfill) has been answered: DevTools answers an
 * extension's getHAR calls in order, so ours returning means the panel's earlier one has too. Returns
 * the number of entries in the HAR now. Use it before driving traffic, to know the backfill is done.
 */
export async function harEntryCount(panel: PanelDocument): Promise<number> {
  return step('chromium', 'chrome.devtools.network.getHAR() from the panel', () =>
    panel.evaluate<number>(
      () =>
        new Promise<number>((resolve) =>
          chrome.devtools.network.getHAR((log) => resolve(log.entries.length)),
        ),
    ),
  );
}

/** Waits until the panel shows exactly `expected` in `[data-testid=<testId>]`; returns the text seen. */
export function waitForPanelText(
  panel: PanelDocument,
  testId: string,
  expected: string,
  timeoutMs = 10_000,
): Promise<string> {
  return waitForTestIdText('chromium', testId, expected, () => panel.text(testId), timeoutMs);
}

/**
 * Sets DevTools' dock side through its own DockController ('undocked' | 'right' | 'bottom' | 'left').
 * A DevTools window opened by Target.openDevTools believes it is docked (right, by default) and keeps
 * room for the inspected page beside its panels, so the panel is narrower than the window. Undocked,
 * the panels fill the DevTools page and `devtools.setViewport` sizes the panel exactly. Returns the
 * side DevTools reports afterwards.
 */
export async function setDockSide(
  devtools: Page,
  side: 'undocked' | 'right' | 'bottom' | 'left',
): Promise<string> {
  const source = `(async (side) => {
    const legacy = await import(new URL('ui/legacy/legacy.js', location.href).href);
    const dock = legacy.DockController.DockController.instance();
    dock.setDockSide(side);
    return dock.dockSide();
  })(${JSON.stringify(side)})`;
  return (await devtools.evaluate(source)) as string;
}

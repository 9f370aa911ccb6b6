/**
 * The real Firefox toolbox with our extension panel selected, and a way to read the panel's DOM.
 *
 * The panel document is not a BiDi browsing context: Firefox puts it in a remote `<browser>`
 * (messagemanagergroup "webext-browsers") inside chrome://browser/content/webext-panels.xhtml, an
 * iframe of the toolbox. `browsingContext.getTree` lists it neither with nor without
 * `moz:scope: 'chrome'`, and script.evaluate on its BrowsingContext id answers "no such frame". What
 * works: from the chrome scope, load a one-shot frame script into that `<browser>` and have it send
 * back what it read from `content.document`.
 */

import { expect } from 'vitest';
import { step, waitForTestIdText } from '../../../scripts/browsers/steps';
import type { FirefoxWithExtension } from './firefox';

export interface FirefoxPanel {
  /** The toolbox's id for our tool, e.g. "webext-devtools-panel-cookie-lens_cookie-lens_dev-148-0". */
  toolId: string;
  /** BiDi context id of the inspected tab. */
  context: string;
}

/**
 * Chrome-scope code shared by the helpers below: `tabOf(contextId)` maps a BiDi context id to its
 * <tab> through the remote agent's NavigableManager (an internal; ESR 153), else its TabManager
 * (ESR 140 has no NavigableManager). If both fail for the default tab, the selected tab is it; for
 * another tab it is an error. (Before the TabManager step, ESR 140 took the selected tab, which is
 * another one once a test opens a page in a new tab: panel-jar-firefox lost its toolbox there.)
 */
export function toolboxPrelude(firefox: FirefoxWithExtension, context: string): string {
  return `
  const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
  const { gDevTools } = require('devtools/client/framework/devtools');
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const contextById = (id) => {
    try {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      return NavigableManager.getBrowsingContextById(id);
    } catch {
      const { TabManager } = ChromeUtils.importESModule('chrome://remote/content/shared/TabManager.sys.mjs');
      return TabManager.getBrowsingContextById(id);
    }
  };
  const tabOf = (id) => {
    try {
      const tab = gBrowser.getTabForBrowser(contextById(id).top.embedderElement);
      if (tab) return tab;
    } catch (e) {
      if (id !== ${JSON.stringify(firefox.context)}) throw new Error('cannot map BiDi context ' + id + ' to a tab: ' + e);
    }
    return gBrowser.selectedTab;
  };
  const inspectedTab = tabOf(${JSON.stringify(context)});
`;
}

export interface OpenToolboxOptions {
  /** BiDi context id of the tab to inspect; default the launch tab. */
  context?: string;
  /** The title given to devtools.panels.create. */
  title?: string;
  panelFile?: string;
  timeoutMs?: number;
}

/**
 * Opens the toolbox for a tab (docked at the bottom: devtools.toolbox.host), waits until our
 * extension's tool is among its additional tools, selects it and waits for panel.html to load.
 */
export async function openToolboxWithCookiesPanel(
  firefox: FirefoxWithExtension,
  {
    context = firefox.context,
    title = 'Cookies',
    panelFile = 'panel.html',
    timeoutMs = 15_000,
  }: OpenToolboxOptions = {},
): Promise<FirefoxPanel> {
  const result = await step('firefox', `open the toolbox with panel '${title}' selected`, () =>
    firefox.evaluateInChrome<{ toolId?: string; error?: string }>(`(async () => {
      ${toolboxPrelude(firefox, context)}
      const toolbox = await gDevTools.showToolboxForTab(inspectedTab);
      const deadline = Date.now() + ${timeoutMs};
      let tool;
      while (!(tool = toolbox.getAdditionalTools().find((t) => t.extensionId === ${JSON.stringify(firefox.extensionId)} && t.label === ${JSON.stringify(title)}))) {
        if (Date.now() > deadline) {
          return { error: "DevTools panel '" + ${JSON.stringify(title)} + "' never registered after ${timeoutMs / 1000} s; tools: " + toolbox.getAdditionalTools().map((t) => t.label).join(', ') };
        }
        await sleep(50);
      }
      await toolbox.selectTool(tool.id);
      const iframe = toolbox.doc.getElementById('toolbox-panel-iframe-' + tool.id);
      while (true) {
        const spec = iframe?.contentDocument?.querySelector('browser')?.currentURI?.spec ?? '';
        if (spec.startsWith(${JSON.stringify(firefox.extensionOrigin)}) && spec.endsWith('/${panelFile}')) break;
        if (Date.now() > deadline) return { error: '${panelFile} never loaded in the panel; last URL ' + spec };
        await sleep(50);
      }
      return { toolId: tool.id };
    })()`),
  );
  if (!result.toolId) throw new Error(`firefox: ${result.error ?? 'toolbox did not open'}`);
  return { toolId: result.toolId, context };
}

/**
 * Evaluates `fnSource` — a function of the panel's window, e.g. `(w) => w.document.title` — inside the
 * panel document and returns its (structured-cloneable) result, awaited if it is a promise. It runs
 * as a privileged frame script: `w` is an Xray wrapper; reach page objects through `w.wrappedJSObject`
 * and hand callbacks to them with `Cu.exportFunction(fn, w)`.
 */
export async function evaluateInPanel<T>(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  fnSource: string,
): Promise<T> {
  const reply = `cookie-lens-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  // The function may return a promise; errors (thrown or rejected) come back as values.
  const frameScript = `(async () => (${fnSource})(content))().then(
    (value) => sendAsyncMessage(${JSON.stringify(reply)}, { value }),
    (e) => sendAsyncMessage(${JSON.stringify(reply)}, { error: String(e) }),
  );`;
  const result = await firefox.evaluateInChrome<{ value?: T; error?: string }>(`(async () => {
    ${toolboxPrelude(firefox, panel.context)}
    const toolbox = gDevTools.getToolboxForTab(inspectedTab);
    const iframe = toolbox?.doc.getElementById('toolbox-panel-iframe-' + ${JSON.stringify(panel.toolId)});
    const browser = iframe?.contentDocument?.querySelector('browser');
    if (!browser?.messageManager) return { error: 'the panel <browser> is gone (toolbox closed?)' };
    const mm = browser.messageManager;
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ error: 'the panel frame script never answered' }), 5000);
      mm.addMessageListener(${JSON.stringify(reply)}, function onReply(message) {
        mm.removeMessageListener(${JSON.stringify(reply)}, onReply);
        clearTimeout(timer);
        resolve(message.data);
      });
      mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
    });
  })()`);
  if (result.error !== undefined) throw new Error(`firefox: in the panel: ${result.error}`);
  return result.value as T;
}

/** Text of `[data-testid=<testId>]` in the panel, or null when it is not there. */
export function panelText(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  testId: string,
): Promise<string | null> {
  return evaluateInPanel<string | null>(
    firefox,
    panel,
    `(w) => w.document.querySelector(${JSON.stringify(`[data-testid="${testId}"]`)})?.textContent ?? null`,
  );
}

/** Waits until the panel shows exactly `expected` in `[data-testid=<testId>]`. */
export function waitForFirefoxPanelText(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  testId: string,
  expected: string,
  timeoutMs = 10_000,
): Promise<string> {
  return waitForTestIdText('firefox', testId, expected, () => panelText(firefox, panel, testId), timeoutMs);
}

/**
 * The request URLs in DevTools' network log, read by calling the panel's own
 * chrome.devtools.network.getHAR(). Also proves the panel's startup backfill was answered (calls are
 * answered in order), so traffic after this is live.
 */
export function panelHarUrls(firefox: FirefoxWithExtension, panel: FirefoxPanel): Promise<string[]> {
  return step('firefox', 'chrome.devtools.network.getHAR() from the panel', () =>
    evaluateInPanel<string[]>(
      firefox,
      panel,
      `(w) => new Promise((resolve) => w.wrappedJSObject.chrome.devtools.network.getHAR(
        Cu.exportFunction((log) => resolve(Array.from(log.entries, (e) => e.request.url)), w)))`,
    ),
  );
}

/**
 * Opens the toolbox on the Cookies panel before the page loads, then loads `url` in the test tab. The
 * panel's startup backfill is answered (empty) first, so the page's requests reach it live.
 */
export async function openPanelThenNavigate(
  firefox: FirefoxWithExtension,
  url: string,
): Promise<FirefoxPanel> {
  const panel = await openToolboxWithCookiesPanel(firefox);
  expect(await panelHarUrls(firefox, panel)).toEqual([]);
  await step('firefox', `navigate to ${url}`, () => firefox.navigate(url));
  return panel;
}

/**
 * A panel probe for code shared with Chromium's PanelDocument (test/e2e/layout/): `evaluate` runs a
 * script or expression with the panel's `window` as its global — `document`, `innerWidth` — and
 * returns its JSON-able value, awaited. It runs in a privileged sandbox whose prototype is the panel
 * window (as Marionette runs WebDriver scripts), kept on that window so what one evaluation defines
 * (axe-core) is there for the next; a reloaded panel document starts a fresh one. The page's CSP
 * does not apply to it.
 */
export function firefoxPanelProbe(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
): { evaluate<T = unknown>(source: string): Promise<T> } {
  return {
    evaluate: <T>(source: string) =>
      evaluateInPanel<T>(
        firefox,
        panel,
        `(w) => {
          w.__cookieLensE2e ??= Cu.Sandbox(w, { sandboxPrototype: w, wantXrays: true, sandboxName: 'cookie-lens e2e' });
          return Promise.resolve(Cu.evalInSandbox(${JSON.stringify(source)}, w.__cookieLensE2e))
            .then((value) => {
              const json = JSON.stringify(value);
              return json === undefined ? undefined : JSON.parse(json);
            });
        }`,
      ),
  };
}

/**
 * The Firefox toolbox around our panel, driven from the chrome scope: where it is docked and at what
 * size, DevTools' theme, real keys, the split console, screenshots.
 *
 * Sizes: a docked toolbox is a `<browser>` beside (right) or under (bottom) the page, as wide or high
 * as `devtools.toolbox.sidebar.width` / `devtools.toolbox.footer.height` say when it is created
 * (devtools/client/framework/toolbox-hosts.js) and as the splitter leaves it; the other side follows
 * the browser window. `placeToolbox` sets the prefs, moves the toolbox (Toolbox.switchHost, what the
 * dock menu does), then sizes the frame and the window until the toolbox is exactly the size asked
 * for. Headless Firefox resizes its window past the screen's 1366×768. Everything used here is the
 * same on ESR 140 and ESR 153.
 */
import { writeFileSync } from 'node:fs';
import { step } from '../../../scripts/browsers/steps';
import type { FirefoxWithExtension } from './firefox';
import { type FirefoxPanel, toolboxPrelude } from './firefox-devtools';

export type ToolboxHost = 'bottom' | 'right' | 'window';

export interface ToolboxPlacement {
  host: ToolboxHost;
  /** The toolbox's own size in CSS px (its tab strip included, as DevTools' size is in Chromium). */
  width: number;
  height: number;
}

export interface ToolboxBox {
  host: string;
  width: number;
  height: number;
}

/** Chrome-scope lines: `toolbox` of the panel's tab and `frame`, the `<browser>` that holds it. */
function withToolbox(firefox: FirefoxWithExtension, panel: FirefoxPanel, body: string): string {
  return `(async () => {
    ${toolboxPrelude(firefox, panel.context)}
    const toolbox = gDevTools.getToolboxForTab(inspectedTab);
    if (!toolbox) return { error: 'no toolbox for the tab' };
    const frameOf = () => toolbox.win.browsingContext.embedderElement;
    ${body}
  })()`;
}

/**
 * Docks the toolbox (or gives it its own window) at `width` × `height`. Moving it makes Firefox load the
 * panel document anew; returns the toolbox's size once it is the one asked for.
 */
export async function placeToolbox(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  { host, width, height }: ToolboxPlacement,
): Promise<ToolboxBox> {
  const result = await step('firefox', `toolbox ${host}, ${width}×${height}`, () =>
    firefox.evaluateInChrome<ToolboxBox & { error?: string }>(
      withToolbox(
        firefox,
        panel,
        `
    Services.prefs.setIntPref('devtools.toolbox.sidebar.width', ${width});
    Services.prefs.setIntPref('devtools.toolbox.footer.height', ${height});
    // Room for the page beside or above a docked toolbox (toolbox-hosts.js keeps 25 px of page).
    if (${JSON.stringify(host)} === 'right') window.resizeTo(${width} + 800, window.outerHeight);
    if (${JSON.stringify(host)} === 'bottom') window.resizeTo(${width}, ${height} + 500);
    if (toolbox.hostType !== ${JSON.stringify(host)}) await toolbox.switchHost(${JSON.stringify(host)});
    const frame = frameOf();
    const win = frame.ownerDocument.defaultView;
    const deadline = Date.now() + 10000;
    const box = () => ({ host: toolbox.hostType, width: frame.clientWidth, height: frame.clientHeight });
    for (;;) {
      const now = box();
      if (now.host === ${JSON.stringify(host)} && now.width === ${width} && now.height === ${height}) return now;
      if (Date.now() > deadline) return { ...now, error: 'the toolbox never reached the size: ' + JSON.stringify(now) };
      // What the splitter does by hand (docked), or the toolbox window's own size.
      if (now.host === 'right') frame.style.width = '${width}px';
      if (now.host === 'bottom') frame.style.height = '${height}px';
      const dw = ${width} - now.width;
      const dh = ${height} - now.height;
      if (now.host === 'window' && (dw || dh)) win.resizeTo(win.outerWidth + dw, win.outerHeight + dh);
      if (now.host === 'right' && dh) win.resizeTo(win.outerWidth, win.outerHeight + dh);
      if (now.host === 'bottom' && dw) win.resizeTo(win.outerWidth + dw, win.outerHeight);
      await new Promise((r) => setTimeout(r, 100));
    }`,
      ),
    ),
  );
  if (result.error !== undefined) throw new Error(`firefox: ${result.error}`);
  return result;
}

/** DevTools' theme (`devtools.theme`), which Firefox hands to extension panels (onThemeChanged). */
export async function setDevtoolsTheme(
  firefox: FirefoxWithExtension,
  theme: 'light' | 'dark',
): Promise<void> {
  await firefox.evaluateInChrome(`Services.prefs.setCharPref('devtools.theme', ${JSON.stringify(theme)})`);
}

/** Whether the toolbox's split console is open (Firefox's counterpart of Chrome's Console drawer). */
export async function splitConsoleOpen(firefox: FirefoxWithExtension, panel: FirefoxPanel): Promise<boolean> {
  const open = await firefox.evaluateInChrome<boolean | { error: string }>(
    withToolbox(firefox, panel, 'return toolbox.splitConsole === true;'),
  );
  if (typeof open !== 'boolean') throw new Error(`firefox: ${open.error}`);
  return open;
}

/**
 * Whether keyboard focus is in the panel (the browser's focused element is the panel's <browser>),
 * once a split console that a key started to load is loaded: opening it focuses its input when it
 * is ready (Toolbox.openSplitConsole), even if it was closed again meanwhile.
 */
export async function focusInPanel(firefox: FirefoxWithExtension, panel: FirefoxPanel): Promise<boolean> {
  const focused = await firefox.evaluateInChrome<boolean | { error: string }>(
    withToolbox(
      firefox,
      panel,
      `if (toolbox.doc.getElementById('toolbox-panel-iframe-webconsole')) await toolbox.loadTool('webconsole');
    await new Promise((r) => setTimeout(r, 0));
    const iframe = toolbox.doc.getElementById('toolbox-panel-iframe-' + ${JSON.stringify(panel.toolId)});
    const browser = iframe?.contentDocument?.querySelector('browser');
    return !!browser && Services.focus.focusedElement === browser;`,
    ),
  );
  if (typeof focused !== 'boolean') throw new Error(`firefox: ${focused.error}`);
  return focused;
}

/**
 * Presses a key with focus in the panel, as the keyboard does: a TextInputProcessor in the window
 * that holds the toolbox (what mochitests' EventUtils.synthesizeKey uses), so the parent process sees
 * it first and the panel's process after, as with a real key.
 */
export async function pressKeyInPanel(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  key: { key: string; code: string; keyCode: number },
): Promise<void> {
  const done = await firefox.evaluateInChrome<true | { error: string }>(
    withToolbox(
      firefox,
      panel,
      `
    const iframe = toolbox.doc.getElementById('toolbox-panel-iframe-' + ${JSON.stringify(panel.toolId)});
    const browser = iframe?.contentDocument?.querySelector('browser');
    if (!browser) return { error: 'the panel <browser> is gone' };
    browser.focus();
    const win = frameOf().ownerDocument.defaultView;
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(win)) return { error: 'no input transaction for the toolbox window' };
    const event = new win.KeyboardEvent('', ${JSON.stringify(key)});
    tip.keydown(event);
    tip.keyup(event);
    return true;`,
    ),
  );
  if (done !== true) throw new Error(`firefox: ${done.error}`);
}

/** A PNG of the toolbox alone (docked or in its window), drawn by the compositor (drawSnapshot). */
export async function screenshotToolbox(
  firefox: FirefoxWithExtension,
  panel: FirefoxPanel,
  path: string,
): Promise<void> {
  const png = await firefox.evaluateInChrome<string | { error: string }>(
    withToolbox(
      firefox,
      panel,
      `
    const frame = frameOf();
    const win = frame.ownerDocument.defaultView;
    const r = frame.getBoundingClientRect();
    const rect = new win.DOMRect(r.left, r.top, r.width, r.height);
    const bitmap = await win.browsingContext.currentWindowGlobal.drawSnapshot(rect, 1, 'white');
    const canvas = win.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png');`,
    ),
  );
  if (typeof png !== 'string') throw new Error(`firefox: ${png.error}`);
  writeFileSync(path, Buffer.from(png.slice(png.indexOf(',') + 1), 'base64'));
}

/**
 * The panel as a plain page (house style §5) for screenshots and the panel bench: serves dist/chrome
 * (the real panel.html + panel.js) and a bench bundle on 127.0.0.1, and gives the stub
 * `chrome.devtools` that stands in for DevTools (getHAR → fixture entries, onRequestFinished → a
 * `window.__emitEntry` the caller drives, themeName).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChromium } from '../browsers/browser-paths.ts';
import { bundleInMemory } from './bundle-in-memory.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const distChrome = join(repoRoot, 'dist/chrome');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface PanelPageServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Page script: once an element matching `selector` is in the DOM, the performance mark `inDom`, then at
 * the next animation frame (the element rendered) the mark `frame` if given and `window.__shownAt` =
 * performance.now(). What the first-render bench and its one-off tools time.
 */
export function firstFrameScript(selector: string, marks: { inDom: string; frame?: string }): string {
  const frameMark = marks.frame === undefined ? '' : `performance.mark(${JSON.stringify(marks.frame)}); `;
  return `(() => {
    const obs = new MutationObserver(() => {
      if (window.__seen || !document.querySelector(${JSON.stringify(selector)})) return;
      window.__seen = true;
      obs.disconnect();
      performance.mark(${JSON.stringify(marks.inDom)});
      requestAnimationFrame(() => { ${frameMark}window.__shownAt = performance.now(); });
    });
    obs.observe(document, { childList: true, subtree: true });
  })();`;
}

/** The bench page: panel.html's styles, with the bench bundle (PanelApp + a store the bench drives). */
async function benchFiles(): Promise<{ html: string; js: string }> {
  const result = await bundleInMemory('scripts/bench/panel-bench-entry.ts', {
    target: ['chrome120'],
    logLevel: 'warning',
  });
  const js = result.outputFiles[0]?.text ?? '';
  const html = readFileSync(join(repoRoot, 'panels/panel.html'), 'utf8').replace('panel.js', 'bench.js');
  return { html, js };
}

/** `dir`: the build to serve (dist/chrome; first-render-ab.ts passes two copies of it). */
export async function servePanelPage(dir = distChrome): Promise<PanelPageServer> {
  if (!existsSync(join(dir, 'panel.js'))) {
    throw new Error(`${relative(repoRoot, dir)}/panel.js is missing: run \`npx tsx scripts/build.ts\` first`);
  }
  const bench = await benchFiles();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/bench.html' || path === '/bench.js') {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain' });
      res.end(path.endsWith('.js') ? bench.js : bench.html);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Source for `page.evaluateOnNewDocument`: a stub `chrome.devtools` with `entries` as the backfill. */
/**
 * A stub of what panel.html reads: chrome.devtools (theme, network log, inspected page) and the
 * runtime the background is reached through. `jar` answers `readPageJar` (issue #13); without it the
 * page has no host access. `window.__jarAccess(reply)` switches the answer and tells the panel, as the
 * background's permissions.onAdded relay does.
 */
export function devtoolsStub(
  entries: readonly unknown[],
  theme: 'default' | 'dark',
  jar: { pageUrl: string; noAccess: object; granted?: object } | null = null,
): string {
  // The log travels as JSON text, parsed when getHAR answers: DevTools hands the panel a deserialised
  // copy per call, and a 1,000-entry object literal evaluated at document start cost the page ~20 ms of
  // parsing before any panel code ran (traced, issue #16), which no real panel pays.
  return `(() => {
    const entriesJson = ${JSON.stringify(JSON.stringify(entries))};
    const jar = ${JSON.stringify(jar)};
    const listeners = [];
    const portListeners = [];
    let jarReply = jar ? jar.noAccess : { ok: false };
    window.__emitEntry = (e) => listeners.forEach((l) => l(e));
    window.__jarAccess = () => {
      jarReply = jar.granted;
      portListeners.forEach((l) => l({ type: 'access-changed' }));
    };
    const event = (list) => ({ addListener: (l) => list.push(l), removeListener: () => {}, hasListener: () => false });
    window.chrome = window.chrome || {};
    window.chrome.runtime = {
      id: 'cookie-lens-stub',
      // Promise-style when called without a callback, as the native namespace (src/platform/browser.ts).
      sendMessage: (msg, cb) => {
        const reply = new Promise((resolve) => setTimeout(() => resolve(msg && msg.type === 'readPageJar' ? jarReply : { ok: false }), 0));
        if (typeof cb !== 'function') return reply;
        reply.then(cb);
      },
      connect: () => ({ onMessage: event(portListeners), onDisconnect: event([]), postMessage: () => {}, disconnect: () => {} }),
    };
    window.chrome.devtools = {
      panels: { themeName: ${JSON.stringify(theme)} },
      inspectedWindow: {
        eval: (_e, cb) => setTimeout(() => cb(jar ? jar.pageUrl : 'about:blank'), 0),
        reload: () => {},
      },
      network: {
        getHAR: (cb) => setTimeout(() => cb({ entries: JSON.parse(entriesJson) }), 0),
        onRequestFinished: { addListener: (l) => listeners.push(l), removeListener: () => {} },
        onNavigated: { addListener: () => {}, removeListener: () => {} },
      },
    };
  })();`;
}

export function launchHeadless(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
  });
}

export function fixtureEntries(name = 'chromium-login.har'): unknown[] {
  const har = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures', name), 'utf8')) as {
    log: { entries: unknown[] };
  };
  return har.log.entries;
}

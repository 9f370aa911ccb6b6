/**
 * One-off breakdown of the popup's open → grade (issue #16), the same setup as
 * test/bench/first-render.bench.ts: when each extension call the popup makes starts and answers, when
 * the scripts arrived, and when the grade was in the DOM, over a few warm opens.
 * Usage: npx tsx test/bench/popup-profile.ts
 */
import { openTabWithId } from '../../scripts/browsers/chromium.ts';
import { startTestServer } from '../e2e/harness/test-server.ts';
import { launchChromiumWithHostAccess } from '../e2e/popup-host-access.ts';

// Wraps the chrome.* calls the popup makes (the polyfill calls them with a callback) and logs each.
const spy = `(() => {
  window.__log = [];
  const log = (s) => window.__log.push(performance.now().toFixed(1) + ' ' + s);
  const wrap = (ns, name, label) => {
    const f = ns && ns[name];
    if (typeof f !== 'function') return;
    ns[name] = function (...args) {
      log('→ ' + label);
      const cb = args[args.length - 1];
      if (typeof cb === 'function') {
        args[args.length - 1] = (...r) => { log('← ' + label); return cb(...r); };
        return f.apply(this, args);
      }
      const p = f.apply(this, args);
      if (p && typeof p.then === 'function') p.then(() => log('← ' + label), () => log('✗ ' + label));
      return p;
    };
  };
  const c = window.chrome;
  wrap(c.tabs, 'get', 'tabs.get'); wrap(c.tabs, 'query', 'tabs.query');
  wrap(c.runtime, 'sendMessage', 'runtime.sendMessage');
  wrap(c.permissions, 'contains', 'permissions.contains');
  wrap(c.cookies, 'getAll', 'cookies.getAll');
  wrap(c.storage && c.storage.local, 'get', 'storage.local.get');
  new MutationObserver((_, obs) => {
    if (!document.querySelector('[data-testid="grade"]')) return;
    obs.disconnect(); log('grade in DOM');
    requestAnimationFrame(() => { log('frame'); window.__done = true; });
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => log('DOMContentLoaded'));
})();`;

const server = await startTestServer({
  '/': {
    body: '<!doctype html><title>shop</title><link rel="icon" href="data:,"><h1>shop</h1>',
    setCookie: ['sid=abc123def456; Path=/', 'theme=dark; Max-Age=86400; SameSite=Lax'],
  },
});
const chromium = await launchChromiumWithHostAccess();
try {
  const { page, tabId } = await openTabWithId(chromium, server.url('/'));
  await page.waitForFunction(() => document.readyState === 'complete');
  const url = `chrome-extension://${chromium.extensionId}/popup.html?tab=${tabId}`;
  for (let i = 0; i < 4; i++) {
    const p = await chromium.browser.newPage();
    await p.evaluateOnNewDocument(spy);
    await p.goto(url, { waitUntil: 'domcontentloaded' });
    await p.waitForFunction('window.__done === true', { timeout: 20_000 });
    const log = (await p.evaluate('window.__log')) as string[];
    const scripts = (await p.evaluate(
      `(() => { const n = performance.getEntriesByType('navigation')[0].toJSON(); const keys = ['redirectEnd', 'fetchStart', 'requestStart', 'responseStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventStart', 'domContentLoadedEventEnd', 'loadEventEnd']; return keys.map((k) => k + ' ' + n[k].toFixed(1)).join(', ') + '\\n' + performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\\//, '') + ' ' + e.startTime.toFixed(1) + '..' + e.responseEnd.toFixed(1)).join('\\n'); })()`,
    )) as string;
    console.log(`\nopen ${i}${i === 0 ? ' (starts the worker)' : ''}\n${scripts}\n${log.join('\n')}`);
    await p.close();
  }
} finally {
  await chromium.close();
  await server.close();
}

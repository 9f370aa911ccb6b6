/** One-off breakdown of the panel's per-request cost at 10k requests (which part of an update costs what). */
import { generateHar } from '../fixtures/generate-har.ts';
import { launchHeadless, servePanelPage } from './panel-page.ts';

const har = generateHar(25_001);
const entries = (har.log as { entries: unknown[] }).entries;
const server = await servePanelPage();
const browser = await launchHeadless();
const page = await browser.newPage();
await page.goto(`${server.origin}/bench.html`);
await page.waitForFunction(() => '__bench' in window);
await page.evaluate(`window.__list = ${JSON.stringify(entries)}`);
const out = await page.evaluate(`(() => {
  const b = window.__bench; const list = window.__list;
  for (const e of list.slice(0, 10000)) b.add(e);
  const s = b.store.getState();
  function time(fn, n) { const t0 = performance.now(); for (let k = 0; k < n; k++) fn(); return (performance.now() - t0) / n; }
  let i = 10000;
  const addOnly = time(() => b.add(list[i++]), 100);
  const snapshot = time(() => { b.add(list[i++]); b.store.getState(); }, 100);
  const exchanges = time(() => { b.add(list[i++]); b.store.exchanges(); }, 100);
  // Past the 20k ring: the add that drops the 5000th exchange starts a sliced background rebuild.
  for (; i < 20000; i++) b.add(list[i]);
  let worst = 0;
  for (; i < 25001; i++) { const t0 = performance.now(); b.add(list[i]); worst = Math.max(worst, performance.now() - t0); }
  return { cookies: s.analysis.cookies.length, findings: s.analysis.findings.length, addOnly, snapshot, exchanges, worstAddPast20k: worst, dropped: b.store.getState().dropped };
})()`);
console.log(out);
await browser.close();
await server.close();

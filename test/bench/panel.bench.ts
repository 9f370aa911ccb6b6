/**
 * DevTools panel at 10k captured requests (docs/architecture.md §8), in headless Chromium with the real PanelApp on a
 * plain page (scripts/bench/panel-page.ts): p95 time to take one more request and update the view,
 * JS heap, import + first render of a 10k-exchange HAR, and the gzipped panel bundle.
 * Needs dist/chrome (npx tsx scripts/build.ts) and Chromium.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { bundleInMemory } from '../../scripts/bench/bundle-in-memory.ts';
import { launchHeadless, servePanelPage } from '../../scripts/bench/panel-page.ts';
import { generateHar } from '../../scripts/fixtures/generate-har.ts';
import { BUDGETS_KB } from '../../scripts/lib/bundle-sizes.ts';

const CAPTURED = 10_000;
const MEASURED = 300;

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function benchPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 600 });
  await page.goto(`${origin}/bench.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'window' in globalThis && '__bench' in window);
  return page;
}

/** Feeds `entries` (unmounted: the capture before the panel looks), mounts, then times one-more-request steps. */
async function perRequest(page: Page, entries: unknown[], extra: unknown[], tab: string): Promise<number[]> {
  await page.evaluate((list: unknown[]) => {
    for (const e of list) window.__bench.add(e);
  }, entries);
  await page.evaluate(() => window.__bench.mount());
  if (tab !== 'cookies')
    await page.evaluate((t: string) => document.querySelector<HTMLElement>(`#tab-${t}`)?.click(), tab);
  const result = await page.evaluate((list: unknown[]) => {
    const times: number[] = [];
    for (const e of list) {
      const t0 = performance.now();
      window.__bench.add(e);
      times.push(performance.now() - t0);
    }
    // Read before any task or microtask runs: proves each timed step included the DOM update.
    const shown = document.querySelector('[data-testid="request-count"]')?.textContent ?? '';
    return { times, shown, expected: String(window.__bench.store.getState().requestCount) };
  }, extra);
  if (result.shown !== result.expected) {
    throw new Error(`the view lagged the store: shows ${result.shown}, store has ${result.expected}`);
  }
  return result.times;
}

async function bundleGzip(): Promise<{ total: number; tldts: number }> {
  const r = await bundleInMemory('panels/panel.tsx', {
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: ['chrome120', 'firefox128'],
    logLevel: 'silent',
  });
  const out = r.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(r.metafile.outputs)[0]?.inputs ?? {};
  const tldtsBytes = Object.entries(inputs)
    .filter(([k]) => k.includes('node_modules/tldts'))
    .reduce((n, [, v]) => n + v.bytesInOutput, 0);
  const total = gzipSync(out).length;
  // tldts' share of the gzipped bundle, estimated from its share of the minified bytes.
  return { total, tldts: Math.round((total * tldtsBytes) / out.length) };
}

export default async function panelBench(): Promise<BenchResult> {
  const har = generateHar(CAPTURED + MEASURED);
  const entries = (har.log as { entries: unknown[] }).entries;
  const first = entries.slice(0, CAPTURED);
  const extra = entries.slice(CAPTURED);
  const harText = JSON.stringify({ log: { ...har.log, entries: first } });

  const server = await servePanelPage();
  const browser = await launchHeadless();
  const rows: BenchRow[] = [];
  try {
    const page = await benchPage(browser, server.origin);
    const cookiesTimes = await perRequest(page, first, extra, 'cookies');
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
    const metrics = await page.metrics();
    const heapMb = (metrics.JSHeapUsedSize ?? 0) / 1024 / 1024;
    await page.close();

    const reqPage = await benchPage(browser, server.origin);
    const requestsTimes = await perRequest(reqPage, first, extra, 'requests');
    await reqPage.close();

    const imports: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await benchPage(browser, server.origin);
      imports.push(
        await p.evaluate(async (text: string) => {
          const t0 = performance.now();
          // Async only for the HAR reader's lazy chunk, inlined in the bench bundle (one microtask).
          if (!(await window.__bench.importHar(text))) return Number.NaN;
          window.__bench.mount();
          return performance.now() - t0;
        }, harText),
      );
      await p.close();
    }
    const size = await bundleGzip();

    const cookiesP95 = p95(cookiesTimes);
    const requestsP95 = p95(requestsTimes);
    const importMs = median(imports);
    rows.push(
      { name: `one more request + render, Cookies tab (p95 of ${MEASURED}, at ${CAPTURED})`, ms: cookiesP95 },
      { name: 'one more request + render, Cookies tab (median)', ms: median(cookiesTimes) },
      { name: `one more request + render, Requests tab (p95 of ${MEASURED})`, ms: requestsP95 },
      { name: `JS heap after ${CAPTURED + MEASURED} requests (MB)`, ms: heapMb, note: 'MB, after gc' },
      {
        name: `import + first render of a ${CAPTURED}-exchange HAR (median of 3)`,
        ms: importMs,
        note: `${(harText.length / 1e6).toFixed(1)} MB JSON`,
      },
      {
        name: 'panel bundle, gzipped KB (one file: every chunk, lazy ones included)',
        ms: size.total / 1024,
        // The budget counts what the panel loads before its first paint: bundle.bench.ts (issue #16).
        note: `tldts ≈ ${(size.tldts / 1024).toFixed(1)} KB of it; budget ${BUDGETS_KB.panel} KB is on the static part (bundle.bench.ts)`,
      },
    );
    console.log(
      `panel: p95 ${cookiesP95.toFixed(2)} ms (Cookies), ${requestsP95.toFixed(2)} ms (Requests); heap ${heapMb.toFixed(1)} MB; import ${importMs.toFixed(0)} ms; bundle ${(size.total / 1024).toFixed(1)} KB gz`,
    );
    return {
      title: 'DevTools panel at 10k requests (headless Chromium)',
      rows,
      ratios: [
        {
          label: 'p95 one more request + render, Cookies tab',
          value: cookiesP95,
          target: 4,
          better: 'lower',
          unit: 'ms',
        },
        {
          label: 'p95 one more request + render, Requests tab',
          value: requestsP95,
          target: 4,
          better: 'lower',
          unit: 'ms',
        },
        { label: 'JS heap at 10k requests', value: heapMb, target: 60, better: 'lower', unit: 'MB' },
        {
          label: 'import + first render of a 10k HAR',
          value: importMs,
          target: 300,
          better: 'lower',
          unit: 'ms',
        },
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * One-off A/B of the panel's open → first cookie row (issue #16) between two builds, the page of
 * test/bench/first-render.bench.ts: opens alternate between the two copies of dist/chrome, one
 * untimed and one traced per round, so both see the same load of a shared machine (the wall clock
 * swung 105–206 ms between two back-to-back runs of one build at load 2–5; alternating, and the
 * main-thread CPU beside, is what told a 5 ms change from noise).
 * Usage: cp -r dist/chrome /tmp/before; (change, build); npx tsx scripts/bench/first-render-ab.ts
 * /tmp/before dist/chrome [rounds, default 8]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { generateHar } from '../fixtures/generate-har.ts';
import { CPU_TRACE_CATEGORIES, mainThreadCpuMs, type TraceEvent } from './main-thread-cpu.ts';
import { devtoolsStub, launchHeadless } from './panel-page.ts';

const dirs = process.argv.slice(2, 4).map((d) => resolve(d));
const rounds = Number(process.argv[4] ?? 8);
if (dirs.length !== 2) throw new Error('usage: first-render-ab.ts <dist A> <dist B> [rounds]');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const MARK = 'first-useful-pixel';

function serve(dir: string): Promise<string> {
  const server = createServer((req, res) => {
    const file = normalize(join(dir, new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

const origins = await Promise.all(dirs.map(serve));
const stub = devtoolsStub((generateHar(1000).log as { entries: unknown[] }).entries, 'default');
const firstRow = `(() => { const obs = new MutationObserver(() => {
  if (window.__seen || !document.querySelector('[data-testid="cookie-row"]')) return;
  window.__seen = true; obs.disconnect(); performance.mark(${JSON.stringify(MARK)});
  requestAnimationFrame(() => { window.__shownAt = performance.now(); }); });
  obs.observe(document, { childList: true, subtree: true }); })();`;
const browser = await launchHeadless();

async function open(origin: string, traced: boolean): Promise<{ ms: number; cpu: number | null }> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(stub);
  await page.evaluateOnNewDocument(firstRow);
  if (traced) await page.tracing.start({ categories: CPU_TRACE_CATEGORIES });
  await page.goto(`${origin}/panel.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => '__shownAt' in window, { timeout: 20_000 });
  const ms = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  let cpu: number | null = null;
  if (traced) {
    const raw = Buffer.from((await page.tracing.stop()) ?? []).toString('utf8');
    cpu = mainThreadCpuMs((JSON.parse(raw) as { traceEvents: TraceEvent[] }).traceEvents, MARK);
  }
  await page.close();
  return { ms, cpu };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const wall: number[][] = [[], []];
const cpu: number[][] = [[], []];
for (const o of origins) await open(o, false); // warm, as the bench does
for (let r = 0; r < rounds; r++) {
  for (const [k, o] of origins.entries()) {
    wall[k]?.push((await open(o, false)).ms);
    const c = (await open(o, true)).cpu;
    if (c !== null) cpu[k]?.push(c);
  }
}
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
for (const [k, d] of dirs.entries()) {
  const w = wall[k] ?? [];
  const c = cpu[k] ?? [];
  console.log(
    `${d}: wall median ${median(w).toFixed(0)} min ${Math.min(...w).toFixed(0)} ms [${list(w)}], CPU median ${median(c).toFixed(1)} min ${Math.min(...c).toFixed(1)} ms [${list(c)}]`,
  );
}
await browser.close();
process.exit(0);

/**
 * One-off A/B of the panel's open → first cookie row (issue #16) between two builds, the page of
 * test/bench/first-render.bench.ts: opens alternate between the two copies of dist/chrome, one
 * untimed and one traced per round, so both see the same load of a shared machine (the wall clock
 * swung 105–206 ms between two back-to-back runs of one build at load 2–5; alternating, and the
 * main-thread CPU beside, is what told a 5 ms change from noise).
 * Usage: cp -r dist/chrome /tmp/before; (change, build); npx tsx scripts/bench/first-render-ab.ts
 * /tmp/before dist/chrome [rounds, default 8]
 */
import { resolve } from 'node:path';
import { generateHar } from '../fixtures/generate-har.ts';
import { CPU_TRACE_CATEGORIES, mainThreadCpuMs, type TraceEvent } from './main-thread-cpu.ts';
import { devtoolsStub, firstFrameScript, launchHeadless, servePanelPage } from './panel-page.ts';

const dirs = process.argv.slice(2, 4).map((d) => resolve(d));
const rounds = Number(process.argv[4] ?? 8);
if (dirs.length !== 2) throw new Error('usage: first-render-ab.ts <dist A> <dist B> [rounds]');
const MARK = 'first-useful-pixel';

const servers = await Promise.all(dirs.map((d) => servePanelPage(d)));
const origins = servers.map((s) => s.origin);
const stub = devtoolsStub((generateHar(1000).log as { entries: unknown[] }).entries, 'default');
const firstRow = firstFrameScript('[data-testid="cookie-row"]', { inDom: MARK });
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
for (const s of servers) await s.close();
process.exit(0);

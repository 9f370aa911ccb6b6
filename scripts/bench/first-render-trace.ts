/**
 * One-off timeline of the panel's open → first cookie row (issue #16), the page of
 * test/bench/first-render.bench.ts: the renderer main thread's top-level tasks from navigation start to
 * the row's frame, each with wall and CPU time and what ran in it (script evaluation, timers, style,
 * layout, paint; "wall/cpu" ms), so a gap (the network, a timer, another process) shows apart from
 * work. It is what showed the empty panel's own render, forced layout and frame before the rows.
 * Usage: npx tsx scripts/bench/first-render-trace.ts [--backfill 1000] [--opens 3]
 */
import { generateHar } from '../fixtures/generate-har.ts';
import type { TraceEvent } from './main-thread-cpu.ts';
import { devtoolsStub, firstFrameScript, launchHeadless, servePanelPage } from './panel-page.ts';

interface Ev extends TraceEvent {
  args?: { data?: { url?: string; functionName?: string; type?: string } };
}

const argOf = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? dflt : Number(process.argv[i + 1]);
};
const backfill = argOf('--backfill', 1000);
const opensN = argOf('--opens', 3);
const entries = (generateHar(backfill).log as { entries: unknown[] }).entries;
const server = await servePanelPage();
const browser = await launchHeadless();
const url = `${server.origin}/panel.html`;
const rowFrame = firstFrameScript('[data-testid="cookie-row"]', { inDom: 'row-in-dom', frame: 'row-frame' });

const CATS = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'loading',
];
const INNER = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Commit',
  'ParseAuthorStyleSheet',
  'v8.parseOnBackground',
  'RunMicrotasks',
  'EventDispatch',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'BlinkGC.AtomicPhase',
  'ResourceReceiveResponse',
  'ResourceFinish',
  'V8.CompileCode',
  'v8.produceModuleCache',
  'v8.compile',
  'V8.StackGuard',
  'HitTest',
  'ScheduleStyleRecalculation',
]);

async function open(traced: boolean): Promise<number> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(devtoolsStub(entries, 'default'));
  await page.evaluateOnNewDocument(rowFrame);
  if (traced) await page.tracing.start({ categories: CATS });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => '__shownAt' in window, { timeout: 20_000 });
  const shownAt = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  if (traced) {
    const raw = (await page.tracing.stop()) ?? new Uint8Array();
    const events = (JSON.parse(Buffer.from(raw).toString('utf8')) as { traceEvents: Ev[] }).traceEvents;
    report(events);
  }
  await page.close();
  return shownAt;
}

function report(events: Ev[]): void {
  const end = events.find((e) => e.name === 'row-frame');
  const nav = events
    .filter((e) => e.name === 'navigationStart' && end && e.pid === end.pid && e.ts <= end.ts)
    .pop();
  if (!end || !nav) return void console.log('trace missed the navigation');
  const at = (ts: number) => ((ts - nav.ts) / 1000).toFixed(1).padStart(6);
  const main = events.filter(
    (e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts - 1000 && e.ts <= end.ts,
  );
  let cpu = 0;
  for (const t of main.filter((e) => e.name === 'RunTask' && e.ph === 'X')) {
    const tEnd = t.ts + (t.dur ?? 0);
    cpu += (t.tdur ?? 0) / 1000;
    if ((t.dur ?? 0) < 500) continue;
    const inner = main
      .filter((e) => e.ph === 'X' && INNER.has(e.name) && e.ts >= t.ts && e.ts <= tEnd && (e.dur ?? 0) > 300)
      .map((e) => {
        const d = e.args?.data;
        const what = d?.url ? d.url.replace(/^.*\//, '') : (d?.functionName ?? d?.type ?? '');
        const cpu = e.tdur === undefined ? '' : `/${(e.tdur / 1000).toFixed(1)}`;
        return `${e.name}${what ? `(${what})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}${cpu}`;
      });
    console.log(
      `${at(t.ts)}..${at(tEnd)} wall ${((t.dur ?? 0) / 1000).toFixed(1).padStart(5)} cpu ${((t.tdur ?? 0) / 1000).toFixed(1).padStart(5)}  ${inner.join(', ')}`,
    );
  }
  for (const m of main.filter((e) => e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')) {
    if (
      [
        'row-in-dom',
        'row-frame',
        'firstPaint',
        'firstContentfulPaint',
        'domContentLoadedEventStart',
      ].includes(m.name)
    )
      console.log(`${at(m.ts)} mark ${m.name}`);
  }
  console.log(`row frame at ${at(end.ts)} ms, main-thread CPU ${cpu.toFixed(1)} ms`);
}

await open(false); // warm the HTTP cache, as the bench does
for (let i = 0; i < opensN; i++) console.log(`untraced: ${(await open(false)).toFixed(0)} ms`);
await open(true);
await browser.close();
await server.close();

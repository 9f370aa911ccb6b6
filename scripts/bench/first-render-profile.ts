/**
 * One-off breakdown of the panel's open → first cookie row (issue #16), the same page as
 * test/bench/first-render.bench.ts: a CPU profile of one warm open with a 1k-exchange backfill, summed
 * by self time per script and per function, plus the performance marks the page left.
 * Usage: npx tsx scripts/bench/first-render-profile.ts [--backfill 1000]
 * PROFILE_OUT=x.cpuprofile also writes the profile (open it in DevTools' Performance panel). On a busy
 * machine the sampler's gaps (the renderer descheduled) land on whatever runs next: compare with the
 * main-thread CPU time of test/bench/first-render.bench.ts before trusting one big self time.
 */
import { writeFileSync } from 'node:fs';
import { generateHar } from '../fixtures/generate-har.ts';
import { devtoolsStub, firstFrameScript, launchHeadless, servePanelPage } from './panel-page.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const arg = process.argv.indexOf('--backfill');
const backfill = arg === -1 ? 1000 : Number(process.argv[arg + 1]);
const entries = (generateHar(backfill).log as { entries: unknown[] }).entries;
const server = await servePanelPage();
const browser = await launchHeadless();
const url = `${server.origin}/panel.html`;
const rowFrame = firstFrameScript('[data-testid="cookie-row"]', { inDom: 'row-in-dom' });

async function open(profile: boolean): Promise<{ shownAt: number; profile?: Profile; marks: unknown }> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(devtoolsStub(entries, 'default'));
  await page.evaluateOnNewDocument(rowFrame);
  const cdp = await page.createCDPSession();
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => '__shownAt' in window, { timeout: 20_000 });
  const shownAt = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  const marks = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType !== 'resource' || e.name.endsWith('.js') || e.name.endsWith('.css'))
      .map(
        (e) =>
          `${e.entryType} ${e.name.replace(/^.*\//, '')} ${e.startTime.toFixed(1)}..${(e.startTime + e.duration).toFixed(1)}`,
      ),
  );
  const out: { shownAt: number; profile?: Profile; marks: unknown } = { shownAt, marks };
  if (profile) out.profile = ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
  await page.close();
  return out;
}

await open(false); // warm the HTTP cache, as the bench does
const times: number[] = [];
for (let i = 0; i < 3; i++) times.push((await open(false)).shownAt);
const run = await open(true);
console.log(
  `first row at ${times.map((t) => t.toFixed(0)).join(', ')} ms (profiled run ${run.shownAt.toFixed(0)} ms)`,
);
console.log((run.marks as string[]).join('\n'));
const p = run.profile as Profile;
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(p));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const perFn = new Map<string, number>();
const perUrl = new Map<string, number>();
p.samples.forEach((id, i) => {
  const n = byId.get(id);
  const dt = (p.timeDeltas[i] ?? 0) / 1000;
  if (!n) return;
  const file = n.callFrame.url.replace(/^.*\//, '') || '(native)';
  const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  perFn.set(key, (perFn.get(key) ?? 0) + dt);
  perUrl.set(file, (perUrl.get(file) ?? 0) + dt);
});
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
    .join('\n');
console.log(`\nself time per script:\n${top(perUrl, 15)}\n\nself time per function:\n${top(perFn, 40)}`);
await browser.close();
await server.close();

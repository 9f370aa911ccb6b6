/**
 * parseSetCookie vs npm `cookie` on the shapes of issue #16, in headless Chromium: the engine the
 * extension runs on (V8 of Chromium 150+), where the Node bench (set-cookie-shapes.bench.ts, Node 20's
 * V8 11.3) is only a stand-in. The same workloads and candidates, bundled into a blank page; medians
 * of per-round ratios on `performance.now` (wall time, coarsened to 0.1 ms in a page that is not
 * cross-origin isolated: a workload run takes several ms, so that is a few percent at most).
 */
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { bundleInMemory } from '../../scripts/bench/bundle-in-memory.ts';
import type { RatioMeasured } from '../../scripts/bench/measure.ts';
import { launchHeadless } from '../../scripts/bench/panel-page.ts';
import { realHarHeaders, SET_COOKIE_COUNT } from './cookie-shapes.ts';
import { TARGET } from './set-cookie-shapes.bench.ts';

export default async function (): Promise<BenchResult> {
  const bundle = await bundleInMemory('test/bench/set-cookie-shapes-page.ts', { format: 'iife' });
  const code = bundle.outputFiles[0]?.text ?? '';
  const browser = await launchHeadless();
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    await page.evaluate(code);
    const measured = (await page.evaluate(
      (w) =>
        (
          globalThis as unknown as {
            measureSetCookieShapes: (realLines: string[]) => [string, RatioMeasured[]][];
          }
        ).measureSetCookieShapes(w),
      realHarHeaders().setCookie,
    )) as [string, RatioMeasured[]][];
    const rows: BenchRow[] = [];
    const ratios: BenchResult['ratios'] = [];
    for (const [name, [ours, peer, , floor]] of measured) {
      // A run too short for the page's 0.1 ms clock would give 0/0: say so rather than print NaN.
      if (!ours || !peer || !floor || !(ours.ms > 0 && peer.ms > 0))
        throw new Error(`${name}: a run took no measurable time in the page`);
      for (const x of [ours, peer, floor])
        rows.push({
          name: `${name}: ${x.name}`,
          ms: x.ms,
          opsPerSec: (SET_COOKIE_COUNT / x.ms) * 1000,
          note: 'median wall',
        });
      rows.push({
        name: `${name}: floor = cookie / floor parser`,
        note: `${(peer.ratioToFirst / floor.ratioToFirst).toFixed(2)}x: the best ratio once the pair is split and sliced too`,
      });
      ratios.push({
        label: `${name}: vs cookie parseSetCookie, in ${version}`,
        value: peer.ratioToFirst,
        target: TARGET,
      });
    }
    return {
      title: `parseSetCookie vs npm cookie in headless ${version} (the extension's engine)`,
      rows,
      ratios,
    };
  } finally {
    await browser.close();
  }
}

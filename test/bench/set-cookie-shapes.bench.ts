/**
 * parseSetCookie vs npm `cookie`'s parseSetCookie on the shapes of issue #16 and on the Set-Cookie lines
 * of the real captures, 20k headers each: medians of per-round ratios (measureRatios), target 1.2x.
 * `cookie` does less (no §5.6 step 1 CTL check, no size limits, `new Date()` instead of §5.1.1), so
 * 1.2x means the full algorithm costs no more than its shortcut parse. The "ceiling" row times the
 * §5.6 step 1 control-character scan alone (V8 runs the regular expression at ~0.7 ns a character
 * here, `indexOf` ~0.06): on long values that scan by itself costs more than `cookie`'s whole parse.
 */
import * as cookie from 'cookie';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { measureRatios } from '../../scripts/bench/measure.ts';
import { parseSetCookie } from '../../src/core/cookie/set-cookie-parser.ts';
import { generate, realHarHeaders, repeatTo, SET_COOKIE_SHAPES } from './cookie-shapes.ts';

const COUNT = 20_000;
/** The parser's own §5.6 step 1 test (set-cookie-parser.ts), timed alone. */
const CLEAN = /^[\t\x20-\x7e\x80-\uffff]*$/;
export const TARGET = 1.2;

function each(headers: string[], f: (h: string) => unknown) {
  return () => {
    let n = 0;
    for (const h of headers) if (f(h)) n++;
    return n;
  };
}

export default async function (): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  const ratios: BenchResult['ratios'] = [];
  const real = realHarHeaders().setCookie;
  const workloads: [string, string[]][] = [
    ...SET_COOKIE_SHAPES.map(([name, make], i): [string, string[]] => [name, generate(make, COUNT, 16 + i)]),
    [`real-HAR mix (${real.length} lines)`, repeatTo(real, COUNT)],
  ];
  for (const [name, headers] of workloads) {
    const [ours, peer, scan] = measureRatios([
      { name: 'cookie-lens parseSetCookie', run: each(headers, (h) => parseSetCookie(h)) },
      { name: 'cookie parseSetCookie', run: each(headers, (h) => cookie.parseSetCookie(h)) },
      { name: '§5.6 step 1 CTL scan alone', run: each(headers, (h) => CLEAN.test(h)) },
    ]);
    if (!ours || !peer || !scan) continue;
    for (const x of [ours, peer, scan])
      rows.push({
        name: `${name}: ${x.name}`,
        ms: x.ms,
        opsPerSec: (COUNT / x.ms) * 1000,
        note: 'median CPU',
      });
    rows.push({
      name: `${name}: ceiling = cookie / CTL scan alone`,
      note: `${(peer.ratioToFirst / scan.ratioToFirst).toFixed(2)}x: the best ratio a parser that scans every character can reach`,
    });
    ratios.push({ label: `${name}: vs cookie parseSetCookie`, value: peer.ratioToFirst, target: TARGET });
  }
  return { title: 'parseSetCookie vs npm cookie on the shapes the web sends', rows, ratios };
}

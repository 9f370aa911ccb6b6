/**
 * parseCookieHeader vs npm `cookie`'s parse (the Cookie request header), on the shapes in
 * cookie-shapes.ts and the Cookie headers of the real captures: medians of per-round ratios, target
 * 1.2x. `cookie` returns an object keyed by name (first wins, values percent-decoded when they hold
 * a "%"); ours keeps every pair in order, as sent.
 */
import * as cookie from 'cookie';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { measureRatios } from '../../scripts/bench/measure.ts';
import { parseCookieHeader } from '../../src/core/cookie/cookie-header-parser.ts';
import { COOKIE_HEADER_SHAPES, generate, realHarHeaders, repeatTo } from './cookie-shapes.ts';
import { TARGET } from './set-cookie-shapes.bench.ts';

const COUNT = 20_000;

export default async function (): Promise<BenchResult> {
  const rows: BenchRow[] = [
    {
      name: 'cookie-lens parseCookieHeader does',
      note: 'every pair in order (duplicates and nameless kept), WSP-trimmed, at most 10,000; no decoding',
    },
    {
      name: 'cookie parse does',
      note: 'an object keyed by name (the first wins), values percent-decoded when they hold a "%"',
    },
  ];
  const ratios: BenchResult['ratios'] = [];
  const real = realHarHeaders().cookie;
  const workloads: [string, string[]][] = [
    ...COOKIE_HEADER_SHAPES.map(([name, make], i): [string, string[]] => [
      name,
      generate(make, COUNT, 60 + i),
    ]),
    [`real-HAR mix (${real.length} headers)`, repeatTo(real, COUNT)],
  ];
  for (const [name, headers] of workloads) {
    const [ours, peer] = measureRatios([
      {
        name: 'cookie-lens parseCookieHeader',
        run: () => {
          let n = 0;
          for (const h of headers) n += parseCookieHeader(h).length;
          return n;
        },
      },
      {
        name: 'cookie parse',
        run: () => {
          let n = 0;
          for (const h of headers) if (cookie.parse(h)) n++;
          return n;
        },
      },
    ]);
    if (!ours || !peer) continue;
    for (const x of [ours, peer])
      rows.push({ name: `${name}: ${x.name}`, ms: x.ms, opsPerSec: (COUNT / x.ms) * 1000, note: 'median' });
    ratios.push({ label: `Cookie ${name}: vs cookie parse`, value: peer.ratioToFirst, target: TARGET });
  }
  return { title: 'parseCookieHeader vs npm cookie parse', rows, ratios };
}

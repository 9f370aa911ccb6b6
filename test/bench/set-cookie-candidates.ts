/**
 * The four candidates of the Set-Cookie shape benches, in Node (set-cookie-shapes.bench.ts) and in
 * headless Chromium (set-cookie-shapes-chromium.bench.ts, whose page bundles this file): ours, npm
 * `cookie`, our §5.6 step 1 scan alone, and the "floor parser" (that scan plus the least a parser
 * must then do: split at the first ";" and "=", slice the name and the value, return them).
 */
import * as cookie from 'cookie';
import { type Candidate, measureRatios, type RatioMeasured } from '../../scripts/bench/measure.ts';
import { findControlCharacter } from '../../src/core/cookie/control-characters.ts';
import { parseSetCookie } from '../../src/core/cookie/set-cookie-parser.ts';

/** The least a parser that keeps §5.6 step 1 does: the scan, the pair split, two slices, a result. */
function floorParse(h: string): { name: string; value: string } | null {
  if (findControlCharacter(h) !== -1) return null;
  let semi = h.indexOf(';');
  if (semi === -1) semi = h.length;
  const eq = h.indexOf('=');
  return eq === -1 || eq > semi
    ? { name: '', value: h.slice(0, semi) }
    : { name: h.slice(0, eq), value: h.slice(eq + 1, semi) };
}

function each(headers: string[], f: (h: string) => unknown) {
  return () => {
    let n = 0;
    for (const h of headers) if (f(h)) n++;
    return n;
  };
}

/** [ours, cookie, scan alone, floor parser] on `headers`, ratios to ours, timed by `clock`. */
export function measureSetCookieCandidates(headers: string[], clock?: () => number): RatioMeasured[] {
  const candidates: Candidate[] = [
    { name: 'cookie-lens parseSetCookie', run: each(headers, (h) => parseSetCookie(h)) },
    { name: 'cookie parseSetCookie', run: each(headers, (h) => cookie.parseSetCookie(h)) },
    { name: '§5.6 step 1 CTL scan alone', run: each(headers, (h) => findControlCharacter(h) === -1) },
    { name: 'floor parser (scan, split, two slices)', run: each(headers, floorParse) },
  ];
  return measureRatios(candidates, undefined, undefined, clock);
}

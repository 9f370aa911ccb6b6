/**
 * The page side of set-cookie-shapes-chromium.bench.ts, bundled and run in headless Chromium: the
 * same workloads (built here, only the real captures' lines cross over: 20k-header workloads sent
 * through the DevTools protocol left the Node process's later benches measurably slower) and the
 * same candidates as in Node, timed by `performance.now` (a page has no CPU clock).
 */
import type { RatioMeasured } from '../../scripts/bench/measure.ts';
import { setCookieWorkloads } from './header-shapes.ts';
import { measureSetCookieCandidates } from './set-cookie-candidates.ts';

/** A flat copy: JSON.parse builds a sequential string, where concatenation built a rope. */
const flatten = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

function measureSetCookieShapes(realLines: string[]): [string, RatioMeasured[]][] {
  return setCookieWorkloads(realLines, flatten).map(([name, headers]) => [
    name,
    measureSetCookieCandidates(headers, () => performance.now()),
  ]);
}

Object.assign(globalThis, { measureSetCookieShapes });

/**
 * The main thread's CPU time from a page's navigation to a `performance.mark`, from a Chromium trace
 * (the `tdur` of its top-level tasks). On a shared machine the wall-clock "open → first row" swings
 * with the load of the other processes (traced: the renderer waited up to 90 ms between samples);
 * the CPU the page itself spent does not, so the bench prints both (issue #16).
 */

export interface TraceEvent {
  name: string;
  ph?: string;
  pid?: number;
  tid?: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** Milliseconds of main-thread CPU from the last navigation before `mark` to `mark`, or null. */
export function mainThreadCpuMs(events: readonly TraceEvent[], mark: string): number | null {
  const end = events.find((e) => e.name === mark);
  if (!end) return null;
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.pid === end.pid && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts)
    .pop();
  if (!nav) return null;
  let us = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== nav.pid || e.tid !== nav.tid) continue;
    if (e.ts + (e.dur ?? 0) < nav.ts || e.ts > end.ts) continue;
    us += e.tdur ?? 0;
  }
  return us / 1000;
}

/** The categories `mainThreadCpuMs` needs: top-level tasks with thread time, and the marks. */
export const CPU_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

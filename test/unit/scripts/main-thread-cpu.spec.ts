import { describe, expect, it } from 'vitest';
import { mainThreadCpuMs, type TraceEvent } from '../../../scripts/bench/main-thread-cpu.ts';

const task = (ts: number, dur: number, tdur: number, tid = 1, pid = 7): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  tdur,
});

describe('mainThreadCpuMs', () => {
  it('sums the thread time of the page thread tasks from its navigation to the mark', () => {
    const events: TraceEvent[] = [
      { name: 'navigationStart', pid: 7, tid: 1, ts: 500 }, // an earlier document
      task(600, 100, 100), // before the last navigation
      { name: 'navigationStart', pid: 7, tid: 1, ts: 1000 },
      task(1000, 5000, 2000),
      task(7000, 3000, 1000, 2), // another thread of the page
      task(8000, 4000, 500, 1, 9), // another process
      task(9000, 1000, 1500),
      { name: 'row-in-dom', pid: 7, tid: 1, ts: 9500 },
      task(10_000, 1000, 900), // after the mark
    ];
    expect(mainThreadCpuMs(events, 'row-in-dom')).toBe(3.5);
  });

  it('is null without the mark or a navigation before it', () => {
    expect(mainThreadCpuMs([task(0, 1, 1)], 'row-in-dom')).toBeNull();
    expect(mainThreadCpuMs([{ name: 'row-in-dom', pid: 7, tid: 1, ts: 5 }], 'row-in-dom')).toBeNull();
  });
});

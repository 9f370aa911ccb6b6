/**
 * The background rebuild of the log's analysis (src/ui/panel/analysed-log.ts): it replays the ring in
 * slices that end by time, not by count (an exchange with 1,000 Set-Cookie lines takes ~24 ms, so a
 * count-sized slice could hold the panel for seconds), and the old analysis serves until it is done.
 * The clock is the test's: `performance.now` moves 20 ms a read, past a slice's 12 ms at every check.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnalysedLog } from '../../../src/ui/panel/analysed-log.ts';
import { exchange } from './views/fixtures.ts';

const RING = 64;
/** Exchanges a slice replays between two reads of the clock (REBUILD_CHECK in analysed-log.ts). */
const CHECK = 16;

function fullLog(changed: () => void): AnalysedLog {
  // The weak-secret check never fires within the test (an hour of quiet).
  const log = new AnalysedLog(RING, changed, 3_600_000);
  for (let i = 0; i < RING; i++)
    log.add(exchange(`e${i}`, { url: `https://a.example/${i}`, setCookieHeaders: [`c${i}=1`] }));
  return log;
}

/** Fake timers, and a clock that moves 20 ms a read: past a slice's deadline at its first check. */
function fixClock(): void {
  vi.useFakeTimers();
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    clock += 20;
    return clock;
  });
}

describe('the analysed log rebuilds its analysis in time slices', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('each slice stops at its deadline; the old analysis serves until the last one installs the new', async () => {
    fixClock();
    let changed = 0;
    const log = fullLog(() => changed++);
    const before = log.analyzer;
    log.rebuild();
    const slices = RING / CHECK;
    for (let i = 1; i < slices; i++) {
      await vi.advanceTimersToNextTimerAsync();
      // A slice of 16 exchanges, then the deadline: the rebuild is not done and has not replaced it.
      expect(log.analyzer, `after slice ${i}`).toBe(before);
      expect(changed, `after slice ${i}`).toBe(0);
    }
    // An exchange that arrives mid-rebuild is analysed now and queued for the new analysis too.
    log.add(exchange('late', { url: 'https://a.example/late', setCookieHeaders: ['late=1'] }));
    await vi.advanceTimersToNextTimerAsync();
    // The fourth slice ends the ring's 64 but the late one is still queued: one more slice.
    expect(log.analyzer).toBe(before);
    await vi.advanceTimersToNextTimerAsync();
    expect(log.analyzer).not.toBe(before);
    expect(changed).toBe(1);
    const names = log.analyzer.snapshot().cookies.map((c) => c.name);
    // The ring as it stood when the rebuild began (c0 was dropped for the late one afterwards, and
    // one drop is far from the quarter that starts another rebuild), then the late one.
    expect(names).toEqual([...Array.from({ length: RING }, (_, i) => `c${i}`), 'late']);
  });

  test('a clear during a rebuild abandons it: its slices never install their analysis', async () => {
    fixClock();
    let changed = 0;
    const log = fullLog(() => changed++);
    log.rebuild();
    await vi.advanceTimersToNextTimerAsync();
    log.clear();
    const cleared = log.analyzer;
    await vi.runAllTimersAsync();
    expect(log.analyzer).toBe(cleared);
    expect(log.analyzer.snapshot().cookies).toEqual([]);
  });
});

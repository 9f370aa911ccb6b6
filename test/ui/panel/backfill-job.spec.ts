import { describe, expect, test } from 'vitest';
import { startBackfill } from '../../../src/ui/panel/backfill-job.ts';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';
import { FakeSource, harEntry } from './panel-fixtures.ts';

/** A clock that moves `step` ms per reading, and a scheduler the test runs by hand. */
function fakes(step: number) {
  let t = 0;
  const queue: (() => void)[] = [];
  return {
    clock: () => (t += step),
    next: (slice: () => void) => queue.push(slice),
    runNext: () => queue.shift()?.(),
    pending: () => queue.length,
  };
}

describe('startBackfill', () => {
  test('the first slice runs at once within its time, the rest in later slices, in order', async () => {
    const f = fakes(3);
    const added: number[] = [];
    let slices = 0;
    let finished = 0;
    const job = startBackfill(
      [1, 2, 3, 4, 5, 6, 7],
      (e) => added.push(e as number),
      () => slices++,
      () => finished++,
      { slices: { firstMs: 5, laterMs: 8 }, clock: f.clock, next: f.next },
    );
    expect(added).toEqual([1, 2]);
    expect(slices).toBe(1);
    f.runNext();
    expect(added).toEqual([1, 2, 3, 4, 5]);
    f.runNext();
    expect(added).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(finished).toBe(1);
    expect(f.pending()).toBe(0);
    await job.done;
  });

  test('a slice adds at least one entry, however slow the clock', () => {
    const f = fakes(1000);
    const added: number[] = [];
    startBackfill(
      [1, 2],
      (e) => added.push(e as number),
      () => {},
      () => {},
      {
        slices: { firstMs: 5, laterMs: 5 },
        clock: f.clock,
        next: f.next,
      },
    );
    expect(added).toEqual([1]);
    f.runNext();
    expect(added).toEqual([1, 2]);
  });

  test('settle adds the rest now and finishes once; a slice already scheduled then does nothing', async () => {
    const f = fakes(10);
    const added: number[] = [];
    let finished = 0;
    const job = startBackfill(
      [1, 2, 3, 4],
      (e) => added.push(e as number),
      () => {},
      () => finished++,
      {
        slices: { firstMs: 5, laterMs: 5 },
        clock: f.clock,
        next: f.next,
      },
    );
    job.settle();
    expect(added).toEqual([1, 2, 3, 4]);
    f.runNext();
    job.settle();
    expect(added).toEqual([1, 2, 3, 4]);
    expect(finished).toBe(1);
    await job.done;
  });

  test('cancel stops without finishing; an empty backfill finishes at once', async () => {
    const f = fakes(10);
    const added: number[] = [];
    let finished = 0;
    const job = startBackfill(
      [1, 2, 3],
      (e) => added.push(e as number),
      () => {},
      () => finished++,
      {
        clock: f.clock,
        next: f.next,
      },
    );
    job.cancel();
    f.runNext();
    expect(added).toEqual([1]);
    expect(finished).toBe(0);
    await job.done;
    const empty = startBackfill(
      [],
      () => {},
      () => {},
      () => finished++,
    );
    expect(finished).toBe(1);
    await empty.done;
  });
});

describe('PanelStore backfill in slices', () => {
  const entries = Array.from({ length: 6 }, (_, i) =>
    harEntry({ url: `https://shop.example/p${i}`, setCookie: [`c${i}=v; Path=/`] }, i),
  );

  function slicedStore() {
    const f = fakes(4);
    const notified: number[] = [];
    const store = new PanelStore({
      schedule: (flush) => flush(),
      weakSecretDelayMs: 60_000,
      backfillSlices: { slices: { firstMs: 5, laterMs: 5 }, clock: f.clock, next: f.next },
    });
    store.subscribe(() => notified.push(store.getState().requestCount));
    return { store, f, notified };
  }

  test('the first rows are shown before the whole log is in; loading until it is; connect resolves at the end', async () => {
    const { store, f, notified } = slicedStore();
    const source = new FakeSource(entries);
    let connected = false;
    const done = store.connect(source).then(() => {
      connected = true;
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().requestCount).toBe(2);
    expect(store.getState().loading).toBe(true);
    expect(store.getState().analysis.cookies.map((c) => c.name)).toEqual(['c0', 'c1']);
    expect(notified).toContain(2);
    // A live request during the replay comes after the whole backfill.
    source.live?.(harEntry({ url: 'https://shop.example/live', setCookie: ['live=1'] }, 99));
    while (f.pending()) f.runNext();
    await done;
    expect(connected).toBe(true);
    expect(store.getState().loading).toBe(false);
    expect(store.exchanges().map((e) => e.url.split('/').pop())).toEqual([
      'p0',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'live',
    ]);
  });

  test('a navigation during the replay acts on the whole backfill, as without slices', async () => {
    const { store, f } = slicedStore();
    store.setPreserveLog(true);
    const source = new FakeSource(entries);
    void store.connect(source);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().requestCount).toBe(2);
    source.nav?.('https://shop.example/next');
    expect(store.getState().requestCount).toBe(6);
    expect(store.getState().loading).toBe(false);
    expect(f.pending()).toBe(1);
    f.runNext();
    expect(store.getState().requestCount).toBe(6);
  });
});

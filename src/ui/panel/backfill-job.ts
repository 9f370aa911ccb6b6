/**
 * Replaying the backfill (what DevTools recorded before the panel opened) in time-boxed slices, so the
 * first rows paint before the whole log is analysed (issue #16: open → first row ≤ 150 ms with 1,000
 * requests in the log). Measured in headless Chromium: the 1,000-exchange replay took 100–160 ms of a
 * cold, not yet optimised main thread; with a first slice of ~6 ms the first rows paint after it, and
 * the rest follows in slices with frames in between. The replay order is the log's (the analysis needs
 * time order), so what the first rows show is the truth of the requests replayed so far, and the
 * store says it is still loading.
 */

export interface BackfillSlices {
  /** Work before the first paint: enough for the first requests' cookies. */
  firstMs: number;
  /** Work per later slice: long enough to finish soon, short enough to keep input responsive. */
  laterMs: number;
}

export const BACKFILL_SLICES: BackfillSlices = { firstMs: 6, laterMs: 40 };

export interface BackfillJob {
  /** Adds every entry not yet added, now (a clear, navigation or import must see the whole backfill). */
  settle(): void;
  /** Stops without adding the rest (the store is going away). */
  cancel(): void;
  /** Resolves once every entry was added (by the slices or `settle`); never rejects. */
  readonly done: Promise<void>;
}

export interface BackfillJobOptions {
  slices?: BackfillSlices;
  clock?: () => number;
  /** Runs the next slice: after the frame that shows the first one, where there are frames. */
  next?: (slice: () => void) => void;
}

/** After the next paint where the page paints (rAF, then a task), else after a task. */
function afterPaint(slice: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    requestAnimationFrame(() => setTimeout(slice, 0));
  } else {
    setTimeout(slice, 0);
  }
}

/**
 * Calls `add` for each entry in order, the first slice synchronously, then `sliceDone` after each slice
 * (the store notifies its views) and `finished` once, after the last entry.
 */
export function startBackfill(
  entries: readonly unknown[],
  add: (entry: unknown) => void,
  sliceDone: () => void,
  finished: () => void,
  opts: BackfillJobOptions = {},
): BackfillJob {
  const slices = opts.slices ?? BACKFILL_SLICES;
  const clock = opts.clock ?? (() => performance.now());
  const next = opts.next ?? afterPaint;
  let pos = 0;
  let over = false;
  let resolve: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolve = r;
  });
  const finish = () => {
    over = true;
    finished();
    resolve();
  };
  const run = (budgetMs: number) => {
    if (over) return;
    const started = clock();
    // At least one entry per slice, whatever the clock says.
    do add(entries[pos++]);
    while (pos < entries.length && clock() - started < budgetMs);
    if (pos >= entries.length) return finish();
    sliceDone();
    next(() => run(slices.laterMs));
  };
  if (entries.length === 0) finish();
  else run(slices.firstMs);
  return {
    settle() {
      if (over) return;
      while (pos < entries.length) add(entries[pos++]);
      finish();
    },
    cancel() {
      if (over) return;
      over = true;
      resolve();
    },
    done,
  };
}

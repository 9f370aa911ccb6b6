/**
 * The panel store's change signal: a version bumped on every change views care about, and one
 * notification per burst (a backfill slice adds hundreds of exchanges; the views render once).
 */

/** The next frame where the panel paints (rAF), else a microtask (a hidden panel gets no frames). */
function defaultSchedule(flush: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
    requestAnimationFrame(flush);
  } else {
    queueMicrotask(flush);
  }
}

export class ChangeNotifier {
  #version = 0;
  #listeners = new Set<() => void>();
  #scheduled = false;
  readonly #schedule: (flush: () => void) => void;

  /** `schedule` coalesces notifications; default requestAnimationFrame, else a microtask. */
  constructor(schedule: ((flush: () => void) => void) | undefined) {
    this.#schedule = schedule ?? defaultSchedule;
  }

  get version(): number {
    return this.#version;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Something changed: bump the version now, notify once the burst is over. */
  changed(): void {
    this.#version++;
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#schedule(() => this.flush());
  }

  /** Notifies the listeners now (the scheduler calls it; the bench and tests may call it directly). */
  flush(): void {
    this.#scheduled = false;
    for (const l of [...this.#listeners]) l();
  }
}

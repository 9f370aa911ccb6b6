/**
 * Filling the log from DevTools' network log: getHAR()'s answer (what DevTools recorded before the
 * panel opened) replayed in slices (backfill-job.ts), the live entries that race it, each request
 * counted once, and in a panel that replaces one just closed the refill (backfill-refill.ts).
 */
import { type BackfillJob, type BackfillJobOptions, startBackfill } from './backfill-job';
import { BackfillRefill, type RetryDelays } from './backfill-refill';
import { type BackfillKey, backfillKey, mergeBackfill } from './panel-backfill';
import type { PanelSource } from './panel-source';

/** What the coordinator needs of the panel's store. */
export interface BackfillHost {
  /** Adds one entry to the log; whether it was kept. */
  addEntry(entry: unknown): boolean;
  /** The inspected page navigated (top level). */
  navigated(url: string): void;
  changed(): void;
  /** Notifies the views now. */
  flush(): void;
  scheduleSecrets(): void;
  /** True once asking again would overwrite what the user chose (navigated, imported, paused). */
  settled(): boolean;
  /** The log becomes these entries (a refill merged with what arrived live), numbered from #1 again. */
  replaceLog(entries: unknown[]): void;
}

export interface BackfillOptions {
  /** Delays of the refill's asks after an empty or failed first backfill (PanelStoreOptions.backfillRetryMs). */
  retryMs: RetryDelays;
  /** How the backfill is sliced (backfill-job.ts). */
  slices: BackfillJobOptions;
}

export class BackfillCoordinator {
  readonly #host: BackfillHost;
  readonly #opts: BackfillOptions;
  #loading = false;
  /** Live entries that arrive while the backfill is pending, replayed after it. */
  #pendingLive: unknown[] | null = null;
  /** The backfill being replayed in slices (backfill-job.ts), or null. */
  #job: BackfillJob | null = null;
  #replaying = false;
  #refill: BackfillRefill | null = null;
  /**
   * Keys of the requests a getHAR() answer brought: one that finished while getHAR was answered also
   * arrives live afterwards, and counts once. As large as that one answer; emptied by Clear and imports.
   */
  #fromSnapshot = new Set<BackfillKey>();
  #unsubscribe: (() => void)[] = [];

  constructor(host: BackfillHost, opts: BackfillOptions) {
    this.#host = host;
    this.#opts = opts;
  }

  /** The page's backfill (getHAR) has not answered yet, or is still being replayed. */
  get loading(): boolean {
    return this.#loading;
  }

  /** The backfill is being replayed: it schedules the weak-secret check once, at its end. */
  get replaying(): boolean {
    return this.#replaying;
  }

  /** Wires a source: backfill first (DevTools recorded before the panel opened), then live entries. */
  connect(source: PanelSource): Promise<void> {
    this.#loading = true;
    this.#pendingLive = [];
    this.#unsubscribe.push(
      source.subscribe((entry) => this.#live(entry)),
      source.onNavigated((url) => this.#host.navigated(url)),
      () => this.#refill?.stop(),
    );
    this.#host.changed();
    return source.backfill().then(
      (entries) => {
        const list = Array.isArray(entries) ? entries : [];
        const done = this.#replay(list);
        if (list.length === 0) this.#startRefill(source);
        return done;
      },
      () => {
        const done = this.#replay([]);
        this.#startRefill(source);
        return done;
      },
    );
  }

  disconnect(): void {
    this.#job?.cancel();
    this.#job = null;
    this.#replaying = false;
    for (const off of this.#unsubscribe.splice(0)) off();
  }

  /** A clear, navigation, recording switch or import acts on the whole backfill, as before slicing. */
  settle(): void {
    this.#job?.settle();
  }

  /** The log is the new page's now: nothing is refilled into it. */
  stopRefill(): void {
    this.#refill?.stop();
  }

  /** Clear and imports: the log is no longer DevTools' network log, nothing is refilled into it. */
  forget(): void {
    this.#refill?.stop();
    this.#fromSnapshot = new Set();
  }

  #live(entry: unknown): void {
    if (this.#pendingLive) this.#pendingLive.push(entry);
    else if (!this.#fromSnapshot.has(backfillKey(entry)) && this.#host.addEntry(entry))
      this.#refill?.noteLive(entry);
  }

  /** Asks getHAR() again after an empty or failed first answer, when the options say when. */
  #startRefill(source: PanelSource): void {
    const delays = this.#opts.retryMs;
    this.#refill = new BackfillRefill(source, typeof delays === 'function' ? delays() : delays, {
      settled: () => this.#host.settled(),
      replace: (entries) => {
        this.#fromSnapshot = new Set(entries.map(backfillKey));
        this.#host.replaceLog(entries);
      },
    });
  }

  /** Replays the backfill in slices (first rows first, backfill-job.ts), then what came live meanwhile. */
  #replay(entries: unknown[]): Promise<void> {
    const host = this.#host;
    const list = mergeBackfill(entries);
    const seen = new Set<BackfillKey>(list.map(backfillKey));
    this.#fromSnapshot = seen;
    let over = false;
    let first = true;
    this.#replaying = true;
    const job = startBackfill(
      list,
      (e) => host.addEntry(e),
      () => {
        host.changed();
        // The first rows render in this task, for the next frame, not one frame later.
        if (first) host.flush();
        first = false;
      },
      () => {
        over = true;
        this.#job = null;
        this.#replaying = false;
        const live = this.#pendingLive ?? [];
        this.#pendingLive = null;
        this.#loading = false;
        // A live event may also be in the HAR when it finished while getHAR was being answered.
        for (const e of live) if (!seen.has(backfillKey(e))) host.addEntry(e);
        host.changed();
        host.scheduleSecrets();
      },
      this.#opts.slices,
    );
    if (!over) this.#job = job;
    return job.done;
  }
}

/**
 * One HAR import in the panel, off the panel's thread where it can be (issue #19 break 4): the worker
 * parses and adapts the file (import-job.ts), batches come back, and the analysis replays them in
 * time-boxed slices so no task holds the panel for long; progress is reported and the import can be
 * cancelled at any point, leaving the log as it was. Without a Worker (tests, old hosts) the same job
 * runs in-thread after a tick: parsing is then one task, the analysis is still sliced.
 */
import { Analyzer } from '../../../core/analysis/analyzer';
import type { DataLimit, Exchange } from '../../../core/model';
import type { ImportMessage } from './import-messages';

/** What the panel needs of a Worker: enough to fake in tests. */
export interface ImportWorker {
  onmessage: ((e: { data: ImportMessage }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface ImportProgress {
  name: string;
  phase: 'reading' | 'parsing' | 'receiving' | 'analysing';
  /** Exchanges received (receiving) or analysed (analysing). */
  done: number;
  /** Exchanges in the file, once known (analysing), else null. */
  total: number | null;
}

export interface ImportOutcome {
  exchanges: Exchange[];
  analyzer: Analyzer;
  notes: string[];
  limits: DataLimit[];
}

export interface ImportCallbacks {
  progress(p: ImportProgress): void;
  done(outcome: ImportOutcome): void;
  failed(message: string): void;
}

/**
 * A slice of analysis stops after this long: well under the 100 ms the issue allows per task (one
 * exchange with 1,000 Set-Cookie lines takes ~13 ms, measured with scripts/bench/import-bench.ts).
 */
export const SLICE_MS = 25;
/** The pause between slices, for input, rendering and the garbage collector's idle-time work. */
export const GAP_MS = 4;

export interface ImportRunnerOptions {
  /** The ring's bound: only the latest `limit` exchanges are kept (and analysed), as live traffic. */
  limit: number;
  worker?: (() => ImportWorker | null) | undefined;
  /** Clock for slicing only (not for the analysis: the analysis takes no `now` here). */
  clock?: () => number;
}

export class ImportRunner {
  #cancelled = false;
  #worker: ImportWorker | null = null;
  readonly name: string;
  #opts: ImportRunnerOptions;
  #cb: ImportCallbacks;
  #received: Exchange[] = [];

  constructor(name: string, opts: ImportRunnerOptions, cb: ImportCallbacks) {
    this.name = name;
    this.#opts = opts;
    this.#cb = cb;
  }

  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** Starts on the file's bytes; they are transferred to the worker (not copied). */
  start(bytes: ArrayBuffer): void {
    this.#cb.progress({ name: this.name, phase: 'parsing', done: 0, total: null });
    let worker: ImportWorker | null = null;
    try {
      worker = this.#opts.worker?.() ?? null;
    } catch {
      // A host that refuses the worker (a stricter CSP) still imports: in-thread, analysis sliced.
      worker = null;
    }
    if (worker) {
      this.#worker = worker;
      worker.onmessage = (e) => this.#onMessage(e.data);
      worker.onerror = () => this.#fail('the import worker stopped');
      worker.postMessage({ bytes }, [bytes]);
      return;
    }
    // The HAR reader is a lazy chunk here (issue #16: the panel's first paint does not need it); the
    // worker has its own copy. The import resolves after a tick, as the setTimeout before it did.
    import('../later-parts').then(
      ({ runImportJob }) => {
        if (!this.#cancelled) runImportJob(bytes, (m) => this.#onMessage(m));
      },
      () => this.#fail('the HAR reader could not be loaded'),
    );
  }

  cancel(): void {
    this.#cancelled = true;
    this.#worker?.terminate();
    this.#worker = null;
    this.#received = [];
  }

  #fail(message: string): void {
    if (this.#cancelled) return;
    this.cancel();
    this.#cb.failed(message);
  }

  #onMessage(m: ImportMessage): void {
    if (this.#cancelled) return;
    if (m.type === 'error') this.#fail(m.message);
    else if (m.type === 'progress')
      this.#cb.progress({ name: this.name, phase: 'parsing', done: 0, total: null });
    else if (m.type === 'batch') {
      for (const ex of m.exchanges) this.#received.push(ex);
      this.#cb.progress({ name: this.name, phase: 'receiving', done: this.#received.length, total: null });
    } else {
      this.#worker?.terminate();
      this.#worker = null;
      this.#analyse(m.notes, m.limits);
    }
  }

  /** Replays the kept exchanges into a fresh Analyzer in time-boxed slices, then hands it over. */
  #analyse(notes: string[], fileLimits: DataLimit[]): void {
    const all = this.#received;
    this.#received = [];
    const limit = this.#opts.limit;
    const kept = all.length > limit ? all.slice(all.length - limit) : all;
    const limits = [...fileLimits];
    if (all.length > limit) {
      limits.push({
        kind: 'capture-ring',
        limit,
        dropped: all.length - limit,
        message: `the log keeps the latest ${limit.toLocaleString('en-US')} requests: the first ${(all.length - limit).toLocaleString('en-US')} of the file are not shown`,
      });
    }
    const analyzer = new Analyzer();
    const clock = this.#opts.clock ?? (() => performance.now());
    let pos = 0;
    const step = () => {
      if (this.#cancelled) return;
      const started = clock();
      while (pos < kept.length && clock() - started < SLICE_MS) analyzer.add(kept[pos++] as Exchange);
      if (pos < kept.length) {
        this.#cb.progress({ name: this.name, phase: 'analysing', done: pos, total: kept.length });
        // A short gap, not 0: V8 does its incremental marking in idle time between tasks; without any,
        // it marks inside our slices (traced: 100 ms steps on a 350 MB heap).
        setTimeout(step, GAP_MS);
        return;
      }
      this.#cb.done({ exchanges: kept, analyzer, notes, limits });
    };
    this.#cb.progress({ name: this.name, phase: 'analysing', done: 0, total: kept.length });
    setTimeout(step, 0);
  }
}

/**
 * One HAR import in the panel (issue #19 break 4). With a worker, the worker parses, adapts and analyses
 * the file (analysis-host.ts); the exchanges and the analysis come back in bounded messages, and the
 * worker stays on as the log's analysis (worker-analysis.ts). Without a Worker (tests, a host that
 * refuses one) the file is read in-thread after a tick — parsing is then one task — and the analysis
 * replays in time-boxed slices. Either way progress is reported and the import can be cancelled at any
 * point, leaving the log as it was. It is in the panel's lazy chunk (later-parts.ts, issue #16); the
 * worker itself is started before it loads (started-worker.ts).
 */
import { Analyzer } from '../../../core/analysis/analyzer';
import type { DataLimit, Exchange } from '../../../core/model';
import { AnalysisMirror } from './analysis-mirror';
import { type ReadImport, readImport } from './import-job';
import type { ImportMessage, ImportRequest } from './import-messages';
import { unpackLines } from './packed-lines';
import type { PanelAnalyzer } from './panel-analyzer';
import type { StartedWorker } from './started-worker';
import { WorkerAnalysis, type WorkerAnalysisHooks } from './worker-analysis';

/** What the panel needs of a Worker: enough to fake in tests. */
export interface ImportWorker {
  onmessage: ((e: { data: ImportMessage }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface ImportProgress {
  name: string;
  phase: 'reading' | 'parsing' | 'receiving' | 'analysing' | 'loading';
  /** Exchanges received (receiving) or analysed (analysing); 0 otherwise. */
  done: number;
  /** Exchanges to analyse, once known (analysing), else null. */
  total: number | null;
}

export interface ImportOutcome {
  exchanges: Exchange[];
  analyzer: PanelAnalyzer;
  notes: string[];
  limits: DataLimit[];
}

export interface ImportCallbacks {
  progress(p: ImportProgress): void;
  done(outcome: ImportOutcome): void;
  failed(message: string): void;
}

/**
 * A slice of in-thread analysis stops after this long: well under the 100 ms the issue allows per task
 * (one exchange with 1,000 Set-Cookie lines takes ~13 ms, measured with scripts/bench/import-bench.ts).
 */
export const SLICE_MS = 25;
/** The pause between slices, for input, rendering and the garbage collector's idle-time work. */
export const GAP_MS = 4;

export interface ImportRunnerOptions {
  /** The ring's bound: only the latest `limit` exchanges are kept (and analysed), as live traffic. */
  limit: number;
  /** What the worker's analysis tells the store once it is the log's (worker-analysis.ts). */
  hooks: WorkerAnalysisHooks;
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
  #mirror = new AnalysisMirror();

  constructor(name: string, opts: ImportRunnerOptions, cb: ImportCallbacks) {
    this.name = name;
    this.#opts = opts;
    this.#cb = cb;
  }

  get cancelled(): boolean {
    return this.#cancelled;
  }

  /**
   * Reads what `worker` says of the file, or without a worker reads `bytes` in-thread after a tick
   * (parsing is then one task) and replays the analysis in slices.
   */
  start(bytes: ArrayBuffer, worker: StartedWorker | null): void {
    this.#progress('parsing', 0, null);
    if (worker) {
      this.#worker = worker.worker;
      worker.handTo(
        (m) => this.#onMessage(m),
        () => this.#fail('the import worker stopped'),
      );
      return;
    }
    // After a tick: the progress paints before the parse, one long task.
    setTimeout(() => {
      if (this.#cancelled) return;
      const read = readImport(bytes, this.#opts.limit, (m) => {
        if (m.type === 'error') this.#fail(m.message);
      });
      if (read) this.#analyseInThread(read);
    }, 0);
  }

  cancel(): void {
    this.#cancelled = true;
    this.#worker?.terminate();
    this.#worker = null;
    this.#received = [];
  }

  #progress(phase: ImportProgress['phase'], done: number, total: number | null): void {
    this.#cb.progress({ name: this.name, phase, done, total });
  }

  #fail(message: string): void {
    if (this.#cancelled) return;
    this.cancel();
    this.#cb.failed(message);
  }

  #onMessage(m: ImportMessage): void {
    if (this.#cancelled) return;
    if (m.type === 'error') this.#fail(m.message);
    else if (m.type === 'progress') {
      if (m.phase === 'analysing') this.#progress('analysing', m.done ?? 0, m.total ?? null);
      else this.#progress('parsing', 0, null);
    } else if (m.type === 'batch') {
      const exchanges = unpackLines(m);
      for (const ex of exchanges) this.#received.push(ex);
      this.#mirror.knowIds(exchanges);
      this.#progress('receiving', this.#received.length, null);
    } else if (m.type === 'analysis' || m.type === 'commit') {
      this.#mirror.apply(m);
      // Once: the notice says the analysis is arriving (its parts carry no count a reader needs).
      if (m.type === 'analysis' && this.#mirror.parts === 1) this.#progress('loading', 0, null);
    } else if (m.type === 'done' && this.#worker) {
      // The worker stays: it is the log's analysis from now on, no longer this import's.
      const analyzer = new WorkerAnalysis(this.#worker, this.#mirror, this.#opts.hooks);
      this.#worker = null;
      const exchanges = this.#received;
      this.#received = [];
      this.#cb.done({ exchanges, analyzer, notes: m.notes, limits: m.limits });
    }
  }

  /** Replays the kept exchanges into a fresh Analyzer in time-boxed slices, then hands it over. */
  #analyseInThread({ kept, notes, limits }: ReadImport): void {
    // Verdicts for the ring's exchanges, as the store's own Analyzer keeps them (analysed-log.ts).
    const analyzer = new Analyzer({ verdictLimit: this.#opts.limit });
    const clock = this.#opts.clock ?? (() => performance.now());
    let pos = 0;
    const step = () => {
      if (this.#cancelled) return;
      const started = clock();
      while (pos < kept.length && clock() - started < SLICE_MS) analyzer.add(kept[pos++] as Exchange);
      if (pos < kept.length) {
        this.#progress('analysing', pos, kept.length);
        // A short gap, not 0: V8 does its incremental marking in idle time between tasks; without any,
        // it marks inside our slices (traced: 100 ms steps on a 350 MB heap).
        setTimeout(step, GAP_MS);
        return;
      }
      this.#cb.done({ exchanges: kept, analyzer, notes, limits });
    };
    this.#progress('analysing', 0, kept.length);
    setTimeout(step, 0);
  }
}

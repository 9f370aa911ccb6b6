/**
 * The panel store's one running import at a time (issue #19 break 4): starts the import worker and an
 * ImportRunner, keeps its progress, cancels it, and hands a finished import to the store. What the
 * store exposes of itself is the small `ImportControlHost`, so the import's wiring lives here. The
 * runner is in the panel's lazy chunk (later-parts.ts, issue #16), usually preloaded by the time a file
 * is dropped; the worker starts on the file meanwhile (started-worker.ts).
 */
import type { Exchange } from '../../../core/model';
import type { ImportProgress, ImportRunner, ImportWorker } from './import-runner';
import type { PanelAnalyzer } from './panel-analyzer';
import { type StartedWorker, startImportWorker } from './started-worker';

export interface ImportControlHost {
  /** The ring's bound (Capture.limit). */
  limit: number;
  worker: (() => ImportWorker | null) | undefined;
  /** The store's analysis now: a worker's analysis that is no longer it says nothing more. */
  current(): PanelAnalyzer;
  changed(): void;
  /** Replay the ring in-thread (the worker's analysis was lost). */
  rebuild(): void;
  done(name: string, exchanges: Exchange[], notes: string[], analyzer: PanelAnalyzer): void;
  failed(name: string, message: string): void;
}

/** An import whose runner is loading: its file's name and its worker, already reading the file. */
interface Pending {
  name: string;
  worker: StartedWorker | null;
}

export class ImportControl {
  readonly #host: ImportControlHost;
  #pending: Pending | null = null;
  #runner: ImportRunner | null = null;
  #progress: ImportProgress | null = null;

  constructor(host: ImportControlHost) {
    this.#host = host;
  }

  /** The running import's progress, or null. */
  get progress(): ImportProgress | null {
    return this.#progress;
  }

  /** Starts an import, cancelling the one running; the log changes only when it is done. */
  start(bytes: ArrayBuffer, name: string): void {
    this.cancel();
    const host = this.#host;
    const pending: Pending = { name, worker: startImportWorker(host.worker, bytes, host.limit) };
    this.#pending = pending;
    this.#progress = { name, phase: 'parsing', done: 0, total: null };
    host.changed();
    import('../later-parts').then(
      ({ ImportRunner }) => {
        if (this.#pending !== pending) return;
        this.#pending = null;
        const runner = this.#newRunner(ImportRunner, name);
        this.#runner = runner;
        runner.start(bytes, pending.worker);
      },
      () => {
        if (this.#pending !== pending) return;
        this.cancel();
        host.failed(name, 'the import could not be loaded');
      },
    );
  }

  #newRunner(Runner: typeof ImportRunner, name: string): ImportRunner {
    const host = this.#host;
    const hooks = {
      changed: (a: PanelAnalyzer) => a === host.current() && host.changed(),
      // The worker died: the store replays its ring in-thread (the worker's analysis shows till then).
      lost: (a: PanelAnalyzer) => a === host.current() && host.rebuild(),
    };
    const runner: ImportRunner = new Runner(
      name,
      { limit: host.limit, hooks },
      {
        progress: (p) => {
          if (this.#runner !== runner) return;
          this.#progress = p;
          host.changed();
        },
        failed: (message) => {
          if (this.#runner !== runner) return;
          this.#end();
          host.failed(name, message);
        },
        done: (o) => {
          if (this.#runner !== runner) return;
          this.#end();
          host.done(name, o.exchanges, [...o.notes, ...o.limits.map((l) => l.message)], o.analyzer);
        },
      },
    );
    return runner;
  }

  /** Stops the running import, if any (the log stays as it was); returns its file's name. */
  cancel(): string | null {
    const pending = this.#pending;
    const runner = this.#runner;
    pending?.worker?.worker.terminate();
    runner?.cancel();
    this.#end();
    return pending?.name ?? runner?.name ?? null;
  }

  #end(): void {
    this.#pending = null;
    this.#runner = null;
    this.#progress = null;
  }
}

/**
 * The panel store's one running import at a time (issue #19 break 4): starts an ImportRunner, keeps its
 * progress, cancels it, and hands a finished import to the store. What the store exposes of itself is
 * the small `ImportControlHost`, so the import's wiring lives here, beside the runner.
 */
import type { Exchange } from '../../../core/model';
import { type ImportProgress, ImportRunner, type ImportWorker } from './import-runner';
import type { PanelAnalyzer } from './panel-analyzer';

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

export class ImportControl {
  readonly #host: ImportControlHost;
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
    this.#runner?.cancel();
    const host = this.#host;
    const hooks = {
      changed: (a: PanelAnalyzer) => a === host.current() && host.changed(),
      // The worker died: the store replays its ring in-thread (the worker's analysis shows till then).
      lost: (a: PanelAnalyzer) => a === host.current() && host.rebuild(),
    };
    const runner = new ImportRunner(
      name,
      { limit: host.limit, worker: host.worker, hooks },
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
    this.#runner = runner;
    runner.start(bytes);
  }

  /** Stops the running import, if any (the log stays as it was); returns its file's name. */
  cancel(): string | null {
    const runner = this.#runner;
    if (runner === null) return null;
    runner.cancel();
    this.#end();
    return runner.name;
  }

  #end(): void {
    this.#runner = null;
    this.#progress = null;
  }
}

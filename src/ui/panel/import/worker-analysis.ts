/**
 * The analysis of an imported log, kept in the import worker (analysis-host.ts) after the import
 * (issue #19 break 4): live requests go to the worker, which answers with analysis parts the panel
 * applies in short tasks (analysis-mirror.ts). The alternative, an Analyzer rebuilt on the panel's
 * thread for the first live request, is the sliced in-thread replay this replaced: measured on the
 * 64 MB import, 7 s of the panel's CPU and 400–750 ms tasks (68–105 ms of CPU each; import-bench.ts).
 * If the worker dies, `lost` tells the store to rebuild in-thread.
 */
import type { Analysis } from '../../../core/analysis/analyzer';
import type { Exchange } from '../../../core/model';
import type { AnalysisMirror } from './analysis-mirror';
import type { ImportMessage, ImportRequest } from './import-messages';
import type { ImportWorker } from './import-runner';
import type { PanelAnalyzer } from './panel-analyzer';

export interface WorkerAnalysisHooks {
  /** A new analysis was committed. */
  changed(analysis: PanelAnalyzer): void;
  /** The worker stopped: this analysis will not change any more. */
  lost(analysis: PanelAnalyzer): void;
}

export class WorkerAnalysis implements PanelAnalyzer {
  readonly ownsRing = true;
  #worker: ImportWorker | null;
  readonly #mirror: AnalysisMirror;
  readonly #hooks: WorkerAnalysisHooks;
  readonly #secrets = new Map<number, () => void>();
  #seq = 0;

  constructor(worker: ImportWorker, mirror: AnalysisMirror, hooks: WorkerAnalysisHooks) {
    this.#worker = worker;
    this.#mirror = mirror;
    this.#hooks = hooks;
    worker.onmessage = (e) => this.#receive(e.data);
    worker.onerror = () => this.#lose();
  }

  add(ex: Exchange): void {
    this.#mirror.knowIds([ex]);
    this.#send({ type: 'add', exchange: ex });
  }

  snapshot(): Analysis {
    return this.#mirror.analysis;
  }

  /** Resolves once the worker has checked and its findings are committed here (or it is gone). */
  checkWeakSecrets(): Promise<void> {
    if (this.#worker === null) return Promise.resolve();
    const seq = ++this.#seq;
    const done = new Promise<void>((resolve) => this.#secrets.set(seq, resolve));
    this.#send({ type: 'secrets', seq });
    return done;
  }

  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const resolve of this.#secrets.values()) resolve();
    this.#secrets.clear();
  }

  #send(req: ImportRequest): void {
    if (this.#worker === null) return;
    try {
      this.#worker.postMessage(req);
    } catch {
      this.#lose(); // DataCloneError: an exchange the worker cannot take; the store takes over
    }
  }

  #receive(m: ImportMessage): void {
    if (this.#worker === null) return; // disposed: a message already queued
    if (m.type === 'analysis' || m.type === 'commit') {
      if (this.#mirror.apply(m)) this.#hooks.changed(this);
    } else if (m.type === 'secrets-done') {
      this.#secrets.get(m.seq)?.();
      this.#secrets.delete(m.seq);
    } else if (m.type === 'error') {
      this.#lose();
    }
  }

  #lose(): void {
    if (this.#worker === null) return;
    this.dispose();
    this.#hooks.lost(this);
  }
}

/**
 * The import worker's state (issue #19 break 4): it reads the file, analyses the exchanges the log keeps
 * and then keeps that Analyzer for the panel's live requests, so no analysis of an imported log ever
 * runs on the panel's thread. Profiled before this: the panel's share of a 64 MB import was the
 * analysis — sliced, it still gave 400–750 ms tasks (V8 collecting the analysis' 350 MB heap) and 7 s
 * of the panel's CPU; with it here, 0.7 s and no task over 50 ms of CPU (scripts/bench/import-bench.ts).
 * A mirror of the panel's ring (same bound, same adds) lets it drop what the ring drops, as the store
 * does (analysed-log.ts, REBUILD_FRACTION). Plain code over a `post` callback: the worker entry
 * (panels/import-worker.ts) and the tests run it alike. Never throws.
 */
import { Analyzer } from '../../../core/analysis/analyzer';
import { Capture } from '../../../core/capture/capture';
import type { Exchange } from '../../../core/model';
import { AnalysisPublisher, type PublishedRing } from './analysis-publisher';
import { readImport } from './import-job';
import { batches, type ImportMessage, type ImportRequest } from './import-messages';
import { packLines } from './packed-lines';

/** Rebuild once a quarter of the ring has dropped: the store's own policy for its in-thread Analyzer. */
const REBUILD_FRACTION = 4;
/** Live requests come in bursts: publish once per burst, not per request. */
export const PUBLISH_DELAY_MS = 50;
/** Progress while analysing, at most this often. */
const PROGRESS_MS = 100;

export class AnalysisHost {
  readonly #post: (m: ImportMessage) => void;
  readonly #publisher: AnalysisPublisher;
  #analyzer: Analyzer | null = null;
  #ring: Capture | null = null;
  #droppedAnalysed = 0;
  /** Exchanges added since the last publication: their verdicts are the next to send. */
  #fresh: string[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(post: (m: ImportMessage) => void) {
    this.#post = post;
    this.#publisher = new AnalysisPublisher(post);
  }

  receive(req: ImportRequest): void {
    try {
      if (req.type === 'import') this.#import(req.bytes, req.limit);
      else if (req.type === 'add') this.#add(req.exchange);
      else void this.#secrets(req.seq);
    } catch (e) {
      this.#fail(e);
    }
  }

  #fail(e: unknown): void {
    // Defensive (house style §2): the panel stops using this analysis and rebuilds its own.
    this.#post({
      type: 'error',
      message: `the import worker failed (${e instanceof Error ? e.message : String(e)})`,
    });
  }

  #import(bytes: ArrayBuffer, limit: number): void {
    const read = readImport(bytes, limit, this.#post);
    if (read === null) return;
    // Sent before the analysis: the panel takes them in while the worker analyses.
    for (const batch of batches(read.kept)) this.#post({ type: 'batch', ...packLines(batch) });
    // Verdicts for as many exchanges as the panel's ring keeps (the store's own Analyzer does the same).
    const analyzer = new Analyzer({ verdictLimit: limit });
    let last = performance.now();
    for (let i = 0; i < read.kept.length; i++) {
      analyzer.add(read.kept[i] as Exchange);
      if (performance.now() - last >= PROGRESS_MS) {
        last = performance.now();
        this.#post({ type: 'progress', phase: 'analysing', done: i + 1, total: read.kept.length });
      }
    }
    const ring = new Capture({ limit });
    for (const ex of read.kept) ring.add(ex);
    this.#analyzer = analyzer;
    this.#ring = ring;
    this.#droppedAnalysed = 0;
    this.#fresh = [];
    this.#publisher.publish(analyzer.snapshot(), this.#ringOf(ring));
    this.#post({ type: 'done', total: read.total, notes: read.notes, limits: read.limits });
  }

  #add(ex: Exchange): void {
    const ring = this.#ring;
    if (ring === null || this.#analyzer === null) return;
    ring.add(ex);
    this.#analyzer.add(ex);
    this.#fresh.push(ex.id);
    if (ring.dropped - this.#droppedAnalysed >= Math.max(1, Math.floor(ring.limit / REBUILD_FRACTION))) {
      // Off the panel's thread, the replay needs no slicing: the panel shows the old analysis meanwhile.
      this.#analyzer = new Analyzer({ verdictLimit: ring.limit });
      this.#analyzer.addAll(ring.toArray());
      this.#droppedAnalysed = ring.dropped;
    }
    this.#timer ??= setTimeout(() => this.#publish(), PUBLISH_DELAY_MS);
  }

  #publish(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    try {
      if (this.#analyzer && this.#ring)
        this.#publisher.publish(this.#analyzer.snapshot(), this.#ringOf(this.#ring));
    } catch (e) {
      this.#fail(e);
    }
  }

  /** What the publisher needs of the ring; `fresh` is handed over and starts again empty. */
  #ringOf(ring: Capture): PublishedRing {
    // More than a ring's worth between publications: only the latest can still have a verdict.
    const fresh = this.#fresh.length > ring.limit ? this.#fresh.slice(-ring.limit) : this.#fresh;
    this.#fresh = [];
    return { fresh, all: () => ring.toArray().map((ex) => ex.id), limit: ring.limit };
  }

  async #secrets(seq: number): Promise<void> {
    try {
      await this.#analyzer?.checkWeakSecrets();
    } catch (e) {
      this.#fail(e);
    }
    this.#publish();
    this.#post({ type: 'secrets-done', seq });
  }
}

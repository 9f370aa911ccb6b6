/**
 * The log and its analysis, kept in step: the Capture ring and the analysis of what it holds (the
 * in-thread Analyzer, or the import worker's for an imported log: import/worker-analysis.ts).
 *
 * Re-analysis strategy (docs/architecture.md §8 panel targets): every kept exchange goes to `Analyzer.add` at once
 * (work ∝ the cookies it carries); clear and navigation start a fresh Analyzer; once a quarter of the
 * ring has dropped, the analysis is rebuilt from the ring in background slices (a 20k replay takes
 * ~200 ms; measured, scripts/bench/panel-profile.ts).
 */
import { Analyzer } from '../../core/analysis/analyzer';
import { Capture } from '../../core/capture/capture';
import type { Exchange } from '../../core/model';
import type { PanelAnalyzer } from './import/panel-analyzer';
import { WeakSecretCheck } from './weak-secret-check';

/**
 * Dropped exchanges tolerated in the analysis before it is rebuilt from the ring: a rebuild replays the
 * whole ring (~200 ms at 20k), so at steady state it runs once per quarter ring, not per request.
 */
const REBUILD_FRACTION = 4;
/**
 * A slice of a background rebuild ends after this much time (checked every REBUILD_CHECK exchanges):
 * an ordinary exchange takes ~10 µs, but one with 1,000 Set-Cookie lines (the hostile import of issue
 * #19 break 4) took 24 ms (Node 20, scratch measurement), so a slice of 2,000 exchanges, as before,
 * could hold the panel for seconds when the worker that analysed the import died.
 */
const REBUILD_SLICE_MS = 12;
const REBUILD_CHECK = 16;

interface RebuildJob {
  analyzer: Analyzer;
  queue: Exchange[];
  pos: number;
  dropped: number;
}

export class AnalysedLog {
  readonly capture: Capture;
  #analyzer: PanelAnalyzer;
  /** `capture.dropped` when the analysis was last made from the ring alone. */
  #droppedAnalysed = 0;
  /** A rebuild replaying the ring in slices, so a 20k replay never blocks the panel (~200 ms). */
  #rebuildJob: RebuildJob | null = null;
  readonly #changed: () => void;
  readonly #secrets: WeakSecretCheck;

  /** `changed`: the analysis changed on its own (a rebuild finished, the weak-secret check answered). */
  constructor(limit: number, changed: () => void, weakSecretDelayMs: number) {
    this.capture = new Capture({ limit });
    this.#analyzer = this.newAnalyzer();
    this.#changed = changed;
    this.#secrets = new WeakSecretCheck(weakSecretDelayMs, () => this.#analyzer, changed);
  }

  /** The analysis of the log now. */
  get analyzer(): PanelAnalyzer {
    return this.#analyzer;
  }

  /** Verdicts as many as the ring holds: a request that leaves the log takes its verdict with it. */
  newAnalyzer(): Analyzer {
    return new Analyzer({ verdictLimit: this.capture.limit });
  }

  /** Adds an exchange to the ring and its analysis; false when the ring refused it (recording paused). */
  add(ex: Exchange): boolean {
    const dropped = this.capture.dropped;
    if (!this.capture.add(ex)) return false;
    this.#analyzer.add(ex);
    const rebuildEvery = Math.max(1, Math.floor(this.capture.limit / REBUILD_FRACTION));
    if (this.#rebuildJob) this.#rebuildJob.queue.push(ex);
    else if (
      !this.#analyzer.ownsRing &&
      this.capture.dropped !== dropped &&
      this.capture.dropped - this.#droppedAnalysed >= rebuildEvery
    ) {
      this.rebuild();
    }
    return true;
  }

  /** The log holds `exchanges` on top of what the ring has (none after a clear), analysed afresh. */
  reset(exchanges: Exchange[]): void {
    for (const ex of exchanges) this.capture.add(ex);
    this.#rebuildJob = null;
    const analyzer = this.newAnalyzer();
    analyzer.addAll(exchanges);
    this.#install(analyzer, this.capture.dropped);
  }

  clear(): void {
    this.capture.clear();
    this.reset([]);
  }

  /** The log becomes an imported file's exchanges, with the analysis the import made of them. */
  replace(exchanges: readonly Exchange[], analyzer: PanelAnalyzer): void {
    this.capture.clear();
    // An import fills the log even while recording is paused.
    const recording = this.capture.recording;
    this.capture.recording = true;
    for (const ex of exchanges) this.capture.add(ex);
    this.capture.recording = recording;
    this.#rebuildJob = null;
    this.#install(analyzer, this.capture.dropped);
  }

  /** Replays the ring into a fresh Analyzer in slices; the old one keeps serving until it is done. */
  rebuild(): void {
    const job: RebuildJob = {
      analyzer: this.newAnalyzer(),
      queue: this.capture.toArray(),
      pos: 0,
      dropped: this.capture.dropped,
    };
    this.#rebuildJob = job;
    const step = () => {
      // A clear, navigation or import started over in the meantime.
      if (this.#rebuildJob !== job) return;
      const deadline = performance.now() + REBUILD_SLICE_MS;
      while (job.pos < job.queue.length) {
        job.analyzer.add(job.queue[job.pos] as Exchange);
        job.pos++;
        if (job.pos % REBUILD_CHECK === 0 && performance.now() >= deadline) break;
      }
      if (job.pos < job.queue.length) {
        setTimeout(step, 0);
        return;
      }
      this.#rebuildJob = null;
      this.#install(job.analyzer, job.dropped);
    };
    setTimeout(step, 0);
  }

  /** Runs the weak-secret check once the log has been quiet for a moment. */
  scheduleSecrets(): void {
    this.#secrets.schedule();
  }

  /** The panel is going away: no check runs after it. */
  dispose(): void {
    this.#secrets.cancel();
  }

  /** The analysis becomes `analyzer`, made from the ring when it had dropped `dropped` exchanges. */
  #install(analyzer: PanelAnalyzer, dropped: number): void {
    // The worker's analysis holds a worker: let it go once it no longer is the log's.
    if (analyzer !== this.#analyzer) this.#analyzer.dispose?.();
    this.#analyzer = analyzer;
    this.#droppedAnalysed = dropped;
    this.#changed();
    this.#secrets.schedule();
  }
}

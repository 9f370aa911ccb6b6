/**
 * What the panel's store needs of an analysis: the in-thread `Analyzer` is one, the import worker's
 * (worker-analysis.ts) another, so an imported log keeps its analysis off the panel's thread (issue #19).
 */
import type { Analysis } from '../../../core/analysis/analyzer';
import type { Exchange } from '../../../core/model';

export interface PanelAnalyzer {
  add(ex: Exchange): void;
  /** The analysis to show; the same object until it changes. */
  snapshot(): Analysis;
  checkWeakSecrets(): Promise<void>;
  /** Keeps its own copy of the ring and replays it when a quarter has dropped (the worker's). */
  readonly ownsRing?: boolean;
  /** Lets go of what it holds (the worker); called when the store replaces it. */
  dispose?(): void;
}

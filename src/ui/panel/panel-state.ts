/** What the panel's views read of its store: one immutable object per change (panel-store.ts). */
import type { Analysis } from '../../core/analysis/analyzer';
import type { ImportProgress } from './import/import-runner';

export interface PanelState {
  /** Bumped on every change views care about. */
  version: number;
  analysis: Analysis;
  /** Requests in the log (the Network panel's count; cleared by Clear and by navigation). */
  requestCount: number;
  /** Requests that fell out of the ring since the last clear. */
  dropped: number;
  limit: number;
  recording: boolean;
  preserveLog: boolean;
  /** Name of the imported HAR file the log came from, or null for live traffic. */
  imported: string | null;
  /** The last import's error (shown inline), or null. */
  importError: string | null;
  /** The page's backfill (getHAR) has not answered yet. */
  loading: boolean;
  /** An import in progress (issue #19: parsed in a worker, analysed in slices), or null. */
  importing: ImportProgress | null;
  /** What the last import must say: the file's notes and every limit that dropped data. */
  importNotes: string[];
}

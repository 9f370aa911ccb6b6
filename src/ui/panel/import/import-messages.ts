/**
 * What the import worker and the panel say to each other (issue #19 break 4: a 64 MB HAR froze the panel
 * for 13 s in one task). The worker parses, adapts and analyses the file, then keeps the analysis for the
 * live requests that follow; exchanges and the analysis cross in messages small enough that
 * deserialising one stays a short task on the panel's thread. Pure: no DOM, no Worker here.
 */
import type { ExchangeVerdict } from '../../../core/analysis/exchange-verdicts';
import type { JarMismatch } from '../../../core/analysis/flow-types';
import type { SiteSummary } from '../../../core/analysis/site-summary';
import type { DataLimit, Exchange, Finding } from '../../../core/model';
import type { WireCookie } from './cookie-wire';
import type { PackedBatch } from './packed-lines';

/** The panel's requests: one import, then the log's live exchanges and weak-secret checks. */
export type ImportRequest =
  | { type: 'import'; bytes: ArrayBuffer; limit: number }
  | { type: 'add'; exchange: Exchange }
  | { type: 'secrets'; seq: number };

/** An item of a list the panel already holds (its id), or a new one with the id it is known by from now. */
export type Item<T> = number | { id: number; value: T };

/**
 * A piece of the analysis. One publication is one or more parts, then a commit; the panel shows nothing
 * of it before the commit. Cookies, findings, sites and mismatches are whole lists in order (unchanged
 * cookies and findings by id); verdicts are only those of exchanges not sent before, unless `reset`.
 */
export interface AnalysisPart {
  type: 'analysis';
  /** First part of a publication that starts the verdicts over (a new import, a rebuilt ring, a re-key). */
  reset?: true;
  /** The strings the part's cookie histories refer to (cookie-wire.ts). */
  strings?: string[];
  cookies?: Item<WireCookie>[];
  findings?: Item<Finding>[];
  /** Built verdicts (exchange-verdicts.ts), plain data: the panel keeps them as they are. */
  verdicts?: ExchangeVerdict[];
  sites?: SiteSummary[];
  mismatches?: JarMismatch[];
}

export interface AnalysisCommit {
  type: 'commit';
  exchanges: number;
  skipped: number;
  now: number;
  /** The worker's verdict ring bound (the panel's ring): the panel keeps as many, the latest. */
  verdictLimit: number;
}

export type ImportMessage =
  | { type: 'progress'; phase: 'parsing' | 'reading-entries' | 'analysing'; done?: number; total?: number }
  | ({ type: 'batch' } & PackedBatch)
  | AnalysisPart
  | AnalysisCommit
  /** `total`: exchanges in the file; the panel keeps the ones it was sent (the latest `limit`). */
  | { type: 'done'; total: number; notes: string[]; limits: DataLimit[] }
  | { type: 'secrets-done'; seq: number }
  | { type: 'error'; message: string };

/**
 * A message ends at this many exchanges or cookie lines (or analysis units, analysis-publisher.ts),
 * whichever comes first. Profiled on the shared 2-core bench machine (load 8), 20,000 lines took ~40 ms
 * to deserialise, plus the scavenges they cause: 5,000 keep a message near 10 ms there.
 */
export const BATCH_EXCHANGES = 500;
export const BATCH_LINES = 5_000;

/** Splits exchanges into batches bounded by count and by cookie lines (a response may set thousands). */
export function* batches(exchanges: readonly Exchange[]): Generator<Exchange[]> {
  let batch: Exchange[] = [];
  let lines = 0;
  for (const ex of exchanges) {
    const n = ex.setCookieHeaders.length + 1;
    if (batch.length > 0 && (batch.length >= BATCH_EXCHANGES || lines + n > BATCH_LINES)) {
      yield batch;
      batch = [];
      lines = 0;
    }
    batch.push(ex);
    lines += n;
  }
  if (batch.length > 0) yield batch;
}

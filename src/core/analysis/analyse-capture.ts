/**
 * The one analysis sequence every front end runs (library `audit`, CLI `audit`, the background's tab
 * summary): a fresh Analyzer on one clock, every exchange replayed in order, then the weak-secret search.
 * `now` is taken once by the caller (per command, per summary) and passed on, so a test that fixes the
 * clock fixes it for everything the analysis judges.
 */
import type { Exchange } from '../model';
import { type Analysis, Analyzer } from './analyzer';

export interface AnalyseCaptureOptions {
  /** The caller's clock (epoch ms), for exchanges without a start time. */
  now: number;
  /** Run the bundled weak-secret search (`auth-weak-secret`). Default true. */
  weakSecrets?: boolean;
  /** Called every `progressStep` exchanges with (done, total). */
  onProgress?: (done: number, total: number) => void;
  progressStep?: number;
}

export async function analyseCapture(
  exchanges: readonly Exchange[],
  opts: AnalyseCaptureOptions,
): Promise<Analysis> {
  // Every exchange keeps its verdict: the report lists each request's Set-Cookie verdicts.
  const analyzer = new Analyzer({ now: opts.now, verdictLimit: exchanges.length });
  const total = exchanges.length;
  const step = Math.max(1, opts.progressStep ?? 2000);
  for (let i = 0; i < total; i++) {
    analyzer.add(exchanges[i] as Exchange);
    if (opts.onProgress && i % step === 0) opts.onProgress(i, total);
  }
  if (opts.weakSecrets !== false) await analyzer.checkWeakSecrets();
  return analyzer.snapshot();
}

/**
 * The popup runs the same core analysis as the panel and the CLI (DESIGN §1) over the background's
 * capture of the tab, including the async weak-secret check the badge skips.
 */
import { type Analysis, Analyzer } from '../../core/analysis/analyzer';
import type { Exchange } from '../../core/model';

export async function analyseCapture(exchanges: readonly Exchange[]): Promise<Analysis> {
  const analyzer = new Analyzer();
  // The background keeps them oldest first; the analyzer replays in that order.
  analyzer.addAll(exchanges);
  await analyzer.checkWeakSecrets();
  return analyzer.snapshot();
}

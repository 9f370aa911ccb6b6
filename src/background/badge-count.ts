/**
 * The one place the badge asks the analysis engine how many HIGH findings a tab's capture has: the
 * same `analyseExchanges` the panel, popup and CLI run (DESIGN §1), over the background's capture.
 *
 * `null` means "not judged" (the badge then shows the neutral "unknown" state, never a reassuring
 * green 0); today that is only the empty capture, which the caller already treats as unknown.
 */
import { analyseExchanges } from '../core/analysis/analyzer';
import type { Exchange } from '../core/model';

export function highFindingsFor(exchanges: readonly Exchange[]): number | null {
  if (exchanges.length === 0) return null;
  let high = 0;
  for (const finding of analyseExchanges(exchanges).findings) if (finding.severity === 'high') high++;
  return high;
}

/**
 * The one place the badge asks the analysis engine how many HIGH findings a tab's capture has.
 *
 * INTERIM (counts nothing): the engine (`src/core/analysis`, an `audit`/`analyseExchanges` over
 * `Exchange[]`) is not in the tree yet. `null` means "not judged", which the badge shows as the
 * neutral "unknown" state, never a reassuring green 0. The integrator replaces the body with
 * `analyseExchanges(exchanges).filter((f) => f.severity === 'high').length` and may narrow the
 * return type to `number`: callers already handle a number.
 */
import type { Exchange } from '../core/model';

export function highFindingsFor(exchanges: readonly Exchange[]): number | null {
  void exchanges;
  return null;
}

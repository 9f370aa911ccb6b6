/**
 * What a top-level navigation leaves in the log when "preserve log" is off. Like the Network panel the
 * log is cleared, but onNavigated may arrive after the new document's own request finished: that
 * request stays, with the redirect hops that led to it.
 */
import type { Exchange } from '../../core/model';
import { isRedirect } from './entry-reader';

/** How far back from the newest request the new document is looked for. */
const LOOK_BACK = 50;

/** The tail of `all` (oldest first) that belongs to the page at `url`; empty when none does yet. */
export function keptOnNavigation(all: readonly Exchange[], url: string): Exchange[] {
  let keepFrom = all.length;
  for (let i = all.length - 1; i >= 0 && i >= all.length - LOOK_BACK; i--) {
    // Firefox's entries carry no resource type: the URL alone marks the new document.
    if (all[i]?.url === url && (all[i]?.initiatorType ?? 'document') === 'document') {
      keepFrom = i;
      break;
    }
  }
  // …and the redirect hops that led to it (a 301 from another site): they set the new page's cookies.
  while (keepFrom > 0 && keepFrom < all.length) {
    const hop = all[keepFrom - 1];
    if (hop?.initiatorType !== 'document' || !isRedirect(hop.status)) break;
    keepFrom--;
  }
  return all.slice(keepFrom);
}

/**
 * Where the new page starts in the log when DevTools reports a top-level navigation
 * (`devtools.network.onNavigated`) and "Preserve log" is off: the Network panel's behaviour, which keeps
 * the new page's requests and drops the old page's.
 *
 * The event and the new document's own request arrive in either order. When the document's entry came
 * first, the log is cut at it (and at the redirect hops that led to it: a 301 from another site sets the
 * new page's cookies). When the event came first, the document arrives later and the log is cleared now.
 *
 * A reload keeps the URL, so "the latest document entry with this URL" may be the *previous* load's,
 * which would keep the old page whole. Each navigation therefore claims its document entry: the one it
 * found, or the next one with its URL to arrive. A later navigation never looks at or past a claimed
 * entry. Arrival order is used, never start times: a form POST that starts before the previous page's
 * onNavigated still is the new page's document (the tour's lesson 8: the forged transfer).
 */
import { isRedirectStatus } from '../../core/http/redirect-status';
import type { Exchange } from '../../core/model';

/** How far back a navigation looks for its document: a page's own requests, not the whole ring. */
const SEARCH_DEPTH = 50;

/** Firefox's entries carry no resource type: the URL alone marks a document then. */
const isDocument = (ex: Exchange): boolean => (ex.initiatorType ?? 'document') === 'document';

export class PageStart {
  /** The document entry the latest navigation claimed; it and what precedes it belong to older pages. */
  #claimed: Exchange | null = null;
  /** The URL of a navigation whose document has not arrived yet. */
  #awaiting: string | null = null;

  /**
   * The index in `log` (oldest first) where the page navigated to `url` starts: `log.length` when none
   * of its entries has arrived. Claims the document entry it found, or awaits it.
   */
  navigated(log: readonly Exchange[], url: string): number {
    const previous = this.#claimed;
    this.#awaiting = null;
    let start = log.length;
    for (let i = log.length - 1; i >= 0 && i >= log.length - SEARCH_DEPTH; i--) {
      const ex = log[i];
      if (ex === undefined || ex === previous) break;
      if (ex.url === url && isDocument(ex)) {
        start = i;
        break;
      }
    }
    if (start === log.length) {
      this.#awaiting = url;
      return start;
    }
    this.#claimed = log[start] ?? null;
    while (start > 0) {
      const hop = log[start - 1];
      if (
        hop === undefined ||
        hop === previous ||
        hop.initiatorType !== 'document' ||
        !isRedirectStatus(hop.status)
      )
        break;
      start--;
    }
    return start;
  }

  /** The log swapped `old` for `next`, the same request (header-refetch.ts): a claim follows it. */
  replaced(old: Exchange, next: Exchange): void {
    if (this.#claimed === old) this.#claimed = next;
  }

  /** An entry the log has just taken: the document a navigation awaited is claimed by it. */
  added(ex: Exchange): void {
    if (
      this.#awaiting !== null &&
      ex.url === this.#awaiting &&
      isDocument(ex) &&
      !isRedirectStatus(ex.status)
    ) {
      this.#claimed = ex;
      this.#awaiting = null;
    }
  }

  /** The page the log shows was learned from its own document (the backfill's page): it is claimed. */
  claim(ex: Exchange): void {
    this.#claimed = ex;
    this.#awaiting = null;
  }

  /** The log was cleared or replaced (Clear, an import, a refill): nothing in it is claimed. */
  reset(): void {
    this.#claimed = null;
    this.#awaiting = null;
  }
}

/**
 * HAR entries (devtools.network shape) → the log's exchanges: numbered `r1`, `r2`, … and tagged with
 * the top-level page they belong to, which first- and third-party verdicts are judged against.
 */
import { entryToExchange } from '../../core/har/entry-to-exchange';
import { isRedirectStatus } from '../../core/http/redirect-status';
import type { Exchange } from '../../core/model';

export class EntryReader {
  #seq = 0;
  /** The page of what follows: onNavigated's URL, or the first top-level document seen; null before. */
  pageUrl: string | null = null;

  /** The entry as an exchange with the next number, or null when it is not one (its number is skipped). */
  read(entry: unknown): Exchange | null {
    const ex = entryToExchange(entry, { id: `r${++this.#seq}`, pageUrl: this.pageUrl });
    if (ex === null) return null;
    // Top-level document of what follows (first/third-party): onNavigated's URL, else the first top-level
    // document that is not a redirect hop — the page is where a redirect chain ends, not where it starts.
    // (`document` is top-level only: frames are `subdocument`, from Sec-Fetch-Dest or Chrome's initiator.)
    if (ex.initiatorType === 'document' && this.pageUrl === null && !isRedirectStatus(ex.status)) {
      this.pageUrl = ex.url;
      ex.pageUrl = ex.url;
    }
    return ex;
  }

  /** A log read anew (a refill): numbered from #1 again, its page not known yet. */
  restart(): void {
    this.#seq = 0;
    this.pageUrl = null;
  }
}

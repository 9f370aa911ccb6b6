/**
 * Asks the background for the tab's judged capture (`getTabSummary`, protocol in
 * src/background/message-handlers.ts): the background runs the analysis, so the popup bundles none of
 * it. Sending wakes a stopped service worker, which answers once its storage.session load finished.
 */
import { browser } from './browser';
import { readSummaryReply, type SummaryRead } from './popup-summary-reply';

export type { SummaryRead };

/** `pageUrl`: the tab's address when the popup may see it (the background then derives the site from it). */
export async function fetchTabSummary(tabId: number, pageUrl: string | null): Promise<SummaryRead> {
  const payload = pageUrl ? { tabId, pageUrl } : { tabId };
  try {
    return readSummaryReply(await browser.runtime.sendMessage({ type: 'getTabSummary', payload }));
  } catch (err) {
    return { ok: false, code: 'no-background', message: err instanceof Error ? err.message : String(err) };
  }
}

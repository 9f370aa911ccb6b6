/**
 * Asks the background for the tab's judged capture (`getTabSummary`, src/protocol/messages.ts): the
 * background runs the analysis, so the popup bundles none of it.
 */
import { readSummaryReply } from '../protocol/summary-reply';
import type { SummaryRead } from '../protocol/tab-summary';
import { sendMessage } from './send-message';

/** `pageUrl`: the tab's address when the popup may see it (the background then derives the site from it). */
export async function fetchTabSummary(tabId: number, pageUrl: string | null): Promise<SummaryRead> {
  return readSummaryReply(await sendMessage('getTabSummary', pageUrl ? { tabId, pageUrl } : { tabId }));
}

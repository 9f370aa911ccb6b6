/**
 * The popup's view of a tab, as the background judges it (`getTabSummary`, messages.ts): computed in
 * the background so the popup bundles no analysis (docs/architecture.md §8), read back by
 * summary-reply.ts.
 */
import type { TabSummary } from '../core/analysis/tab-summary';
import type { Finding } from '../core/model';

/** Findings a summary carries, high first: the popup lists these and counts the rest. */
export const TOP_FINDINGS = 5;

/** What the capture says, judged: everything but the tab id and the top-level site. */
export interface CaptureSummary {
  captured: boolean;
  pageUrl: string | null;
  /** How many exchanges were analysed (the capture keeps at most 2,000 per tab). */
  exchanges: number;
  dropped: number;
  /** null when there is nothing to judge (no exchange): never a reassuring grade A. */
  summary: TabSummary | null;
  /** At most TOP_FINDINGS, high first, then in the order the analysis found them. */
  topFindings: Finding[];
  totalFindings: number;
}

/** The tab's summary as the popup uses it (the reply without its envelope). */
export interface TabSummaryRead extends CaptureSummary {
  /**
   * The CHIPS top-level site of the page, as `cookies.getAll({ partitionKey: { topLevelSite } })`
   * wants it: scheme + registrable domain (`https://example.co.uk`), via the core's site-of helper
   * (Public Suffix List, private section included). null for non-http(s) pages.
   */
  topLevelSite: string | null;
}

export interface TabSummaryReply extends TabSummaryRead {
  ok: true;
  tabId: number;
}

/** The reply as read (summary-reply.ts): well-formed, or why not, as a value. */
export type SummaryRead = ({ ok: true } & TabSummaryRead) | { ok: false; code: string; message: string };

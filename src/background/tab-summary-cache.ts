/**
 * The popup's answer (`getTabSummary`, src/protocol/messages.ts), computed here so the popup
 * bundle carries no analysis code and no public-suffix list (docs/architecture.md §8: popup <= 25 KB gzipped; the
 * core Analyzer plus tldts alone are ~70 KB). The same core analysis as the panel and the CLI, weak
 * secrets included, cached per tab until the store says the capture changed.
 */

import { analyseCapture } from '../core/analysis/analyse-capture';
import { siteOfHost } from '../core/analysis/site-of';
import { tabSummary } from '../core/analysis/tab-summary';
import { type Finding, SEVERITY_ORDER } from '../core/model';
import { type CaptureSummary, TOP_FINDINGS } from '../protocol/tab-summary';
import { learnedExchanges } from './learned-cookies';
import type { TabCaptureSnapshot } from './tab-capture-types';

/** Exchange ids kept per top finding: the popup names none, a merged finding can hold thousands. */
export const MAX_FINDING_EXCHANGES = 10;
/** Tabs whose summary is kept (each is a few KB); the least recently asked one goes first. */
export const MAX_CACHED_TABS = 32;
/** Page URLs longer than this are not parsed for a site (a host is tiny; Chrome caps URLs at 2 MB). */
const MAX_URL_CHARS = 64 * 1024;

/** By severity (high first), then in the order the analysis found them; exchange lists cut. */
export function topFindings(findings: readonly Finding[], limit = TOP_FINDINGS): Finding[] {
  return findings
    .map((f, i) => ({ f, i, s: SEVERITY_ORDER.indexOf(f.severity) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, limit)
    .map(({ f }) => ({ ...f, exchanges: f.exchanges.slice(0, MAX_FINDING_EXCHANGES) }));
}

/** `https://example.com` for an http(s) page URL (RFC 6265bis §5.2 "site", with its scheme). */
export function topLevelSiteOf(pageUrl: string | null): string | null {
  if (!pageUrl || pageUrl.length > MAX_URL_CHARS) return null;
  try {
    const u = new URL(pageUrl);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return `${u.protocol}//${siteOfHost(u.hostname)}`;
  } catch {
    return null;
  }
}

/** `now`: the summary's one clock, taken once per summary by the caller. */
export async function summariseCapture(
  snap: TabCaptureSnapshot | null,
  now: number = Date.now(),
): Promise<CaptureSummary> {
  const ring = snap?.exchanges ?? [];
  // What the jar learned from dropped exchanges replays first (issue #19): cookies set early keep
  // their verdict however far the ring was trimmed.
  const exchanges = [...learnedExchanges(snap?.learned ?? []), ...ring];
  const base = { captured: snap !== null, pageUrl: snap?.pageUrl ?? null, dropped: snap?.dropped ?? 0 };
  if (exchanges.length === 0)
    return { ...base, exchanges: 0, summary: null, topFindings: [], totalFindings: 0 };
  // The store keeps them oldest first; the analysis replays in that order. The badge skips the async
  // weak-secret search; the popup has always shown `auth-weak-secret`.
  const analysis = await analyseCapture(exchanges, { now });
  return {
    ...base,
    exchanges: ring.length,
    summary: analysis.exchanges > 0 ? tabSummary(analysis) : null,
    topFindings: topFindings(analysis.findings),
    totalFindings: analysis.findings.length,
  };
}

export interface TabSummaryCache {
  /** The summary of the tab's current capture: cached, or computed once for concurrent askers. */
  get(tabId: number): Promise<CaptureSummary>;
  /** The capture of `tabId` changed or went away (wire to TabCaptureStore's onChange). */
  invalidate(tabId: number): void;
  /** Tabs with a summary held or being computed (tests). */
  size(): number;
}

export function createTabSummaryCache(
  snapshot: (tabId: number) => TabCaptureSnapshot | null,
  summarise: (snap: TabCaptureSnapshot | null) => Promise<CaptureSummary> = (snap) =>
    summariseCapture(snap, Date.now()),
  maxTabs = MAX_CACHED_TABS,
): TabSummaryCache {
  // Map order is insertion order: re-inserting on every hit makes the first key the least recent.
  // An entry holds the promise from the moment it starts, so concurrent askers share one analysis, and
  // `invalidate` drops it even mid-analysis: the next ask starts over on the changed capture.
  const entries = new Map<number, Promise<CaptureSummary>>();

  return {
    get(tabId) {
      const hit = entries.get(tabId);
      if (hit) {
        entries.delete(tabId);
        entries.set(tabId, hit);
        return hit;
      }
      const summary = summarise(snapshot(tabId));
      entries.set(tabId, summary);
      // A failed analysis is not cached: the next ask tries again.
      summary.catch(() => entries.get(tabId) === summary && entries.delete(tabId));
      for (const oldest of entries.keys()) {
        if (entries.size <= maxTabs) break;
        entries.delete(oldest);
      }
      return summary;
    },
    invalidate(tabId) {
      entries.delete(tabId);
    },
    size: () => entries.size,
  };
}

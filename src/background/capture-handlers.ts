/**
 * The popup's message over the tab capture, `getTabSummary` (src/protocol/messages.ts). Pure of
 * extension APIs: the service worker passes the store, the ready-promise of its storage load and the
 * summary cache.
 */
import type { BadPayload, Handlers } from '../protocol/messages';
import { isTabId, type TabCaptureStore } from './tab-capture-store';
import { summariseCapture, type TabSummaryCache, topLevelSiteOf } from './tab-summary-cache';

export interface CaptureContext {
  store: TabCaptureStore;
  /** Resolves once storage.session was loaded: a woken worker must not answer from an empty store. */
  ready: Promise<void>;
  /** Summaries kept until the capture changes (the worker invalidates it from the store's onChange). */
  summaries?: TabSummaryCache;
}

/** `{ tabId }` with a non-negative integer (a decimal string is accepted: it comes from `?tab=`). */
export function readTabId(payload: unknown): number | null {
  if (!payload || typeof payload !== 'object' || !('tabId' in payload)) return null;
  const raw = (payload as { tabId: unknown }).tabId;
  const id = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : raw;
  return isTabId(id) ? id : null;
}

/** The optional `pageUrl` of a `getTabSummary` payload: the tab's address as the popup sees it. */
function readPageUrl(payload: unknown): string | null {
  const raw = (payload as { pageUrl?: unknown }).pageUrl;
  return typeof raw === 'string' && raw.length <= 64 * 1024 ? raw : null;
}

const badPayload: BadPayload = {
  ok: false,
  code: 'bad-payload',
  message: 'expected { tabId: <non-negative integer>, pageUrl?: string }',
};

export function captureHandlers(ctx: CaptureContext): Pick<Handlers, 'getTabSummary'> {
  return {
    getTabSummary: async (payload) => {
      const tabId = readTabId(payload);
      if (tabId === null) return badPayload;
      await ctx.ready;
      const judged = ctx.summaries
        ? await ctx.summaries.get(tabId)
        : await summariseCapture(ctx.store.snapshot(tabId));
      // The tab's own address wins (it is current; the capture's may lag a navigation by one event).
      const topLevelSite = topLevelSiteOf(readPageUrl(payload) ?? judged.pageUrl);
      return { ok: true, tabId, ...judged, topLevelSite };
    },
  };
}

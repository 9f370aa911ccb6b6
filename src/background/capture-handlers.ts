/**
 * Message handlers over the tab capture (documented in message-handlers.ts). Pure of extension APIs:
 * the service worker passes the store, the ready-promise of its storage load and a clear hook.
 */

import type { Exchange } from '../core/model';
import type { Handlers } from './message-handlers';
import { isTabId, type TabCaptureStore, type TruncatedField } from './tab-capture-store';
import {
  summariseCapture,
  type TabSummaryCache,
  type TabSummaryReply,
  topLevelSiteOf,
} from './tab-summary-cache';

export interface CaptureContext {
  store: TabCaptureStore;
  /** Resolves once storage.session was loaded: a woken worker must not answer from an empty store. */
  ready: Promise<void>;
  /** Called after clearTabCapture emptied a tab (the worker resets its badge). */
  afterClear?: (tabId: number) => void;
  /** Summaries kept until the capture changes (the worker invalidates it from the store's onChange). */
  summaries?: TabSummaryCache;
}

export interface TabCaptureReply {
  ok: true;
  tabId: number;
  /** False when nothing was ever captured for the tab (no site access yet, or no cookie traffic). */
  captured: boolean;
  pageUrl: string | null;
  exchanges: Exchange[];
  dropped: number;
  truncated: Record<string, TruncatedField[]>;
}

export interface ErrorReply {
  ok: false;
  code: 'bad-payload';
  message: string;
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

const badPayload: ErrorReply = {
  ok: false,
  code: 'bad-payload',
  message: 'expected { tabId: <non-negative integer> }',
};

export function captureHandlers(ctx: CaptureContext): Handlers {
  return {
    getTabCapture: async (payload): Promise<TabCaptureReply | ErrorReply> => {
      const tabId = readTabId(payload);
      if (tabId === null) return badPayload;
      await ctx.ready;
      const snap = ctx.store.snapshot(tabId);
      return {
        ok: true,
        tabId,
        captured: snap !== null,
        pageUrl: snap?.pageUrl ?? null,
        exchanges: snap?.exchanges ?? [],
        dropped: snap?.dropped ?? 0,
        truncated: snap?.truncated ?? {},
      };
    },
    getTabSummary: async (payload): Promise<TabSummaryReply | ErrorReply> => {
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
    clearTabCapture: async (payload): Promise<{ ok: true; tabId: number; cleared: boolean } | ErrorReply> => {
      const tabId = readTabId(payload);
      if (tabId === null) return badPayload;
      await ctx.ready;
      const cleared = ctx.store.clear(tabId);
      ctx.afterClear?.(tabId);
      return { ok: true, tabId, cleared };
    },
  };
}

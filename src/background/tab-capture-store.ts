/**
 * What the background captured per tab, for the popup and the badge (docs/architecture.md §7 "Background").
 * Pure: no extension APIs, so the rules below are unit-tested and the service worker only wires events.
 *
 * - Per tab, the cookie-relevant exchanges, oldest dropped past `maxExchangesPerTab` (counted in `dropped`).
 * - Across tabs, an estimated byte budget below storage.session's 10 MB Chrome quota: past it, the
 *   biggest tab loses its oldest exchanges first (one busy tab must not evict a quiet one's capture).
 * - A top-level navigation to another site (registrable domain) starts a new capture; same-site
 *   navigations keep it, so a login flow across pages stays in one capture.
 * - Serialisable per tab to a plain JSON object (`tab:<id>` keys in storage.session).
 */
import type { Exchange } from '../core/model';
import { boundExchange, estimateBytes } from './exchange-bounds';
import { LearnedCookies } from './learned-cookies';
import { siteOf as defaultSiteOf } from './site-of';
import {
  type CaptureLimits,
  type ChangeKind,
  DEFAULT_CAPTURE_LIMITS,
  type SerialisedTabCapture,
  type TabCaptureSnapshot,
  type TabCaptureStoreOptions,
} from './tab-capture-types';
import { emptyTab, storedTab, type TabState, tabFromStored } from './tab-state';

export * from './tab-capture-types';

export const isTabId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

export class TabCaptureStore {
  readonly limits: CaptureLimits;
  private readonly tabs = new Map<number, TabState>();
  private readonly siteOf: (url: string) => string | null;
  private readonly onChange: (tabId: number, kind: ChangeKind) => void;
  private total = 0;

  constructor(options: TabCaptureStoreOptions = {}) {
    this.limits = { ...DEFAULT_CAPTURE_LIMITS, ...options.limits };
    this.siteOf = options.siteOf ?? defaultSiteOf;
    this.onChange = options.onChange ?? (() => {});
  }

  /** Estimated JSON bytes held across all tabs. */
  get totalBytes(): number {
    return this.total;
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  has(tabId: number): boolean {
    return this.tabs.has(tabId);
  }

  /** Adds one exchange; a null pageUrl is filled with the tab's current top-level URL. */
  add(tabId: number, input: Exchange): boolean {
    if (!isTabId(tabId)) return false;
    const bounded = boundExchange(input, this.limits);
    if (!bounded) return false;
    const tab = this.tab(tabId);
    const { exchange } = bounded;
    if (exchange.pageUrl === null) exchange.pageUrl = tab.pageUrl;
    const bytes = estimateBytes(exchange);
    tab.exchanges.push(exchange);
    tab.sizes.push(bytes);
    tab.bytes += bytes;
    this.total += bytes;
    if (bounded.truncated.length) tab.truncated.set(exchange.id, bounded.truncated);
    const over = tab.exchanges.length - this.limits.maxExchangesPerTab;
    if (over > 0) this.dropFrom(tab, over);
    this.onChange(tabId, 'updated');
    this.enforceTotal();
    return true;
  }

  /**
   * The tab's top-level document is now `url`. Returns 'cleared' when it left the site (the capture
   * restarts), else 'kept'. An unknown previous site (worker restarted, first request seen) keeps
   * what is there: we cannot tell, and losing a login flow is worse than one stale entry.
   */
  navigate(tabId: number, url: string): 'cleared' | 'kept' {
    if (!isTabId(tabId) || typeof url !== 'string') return 'kept';
    const tab = this.tab(tabId);
    const site = this.siteOf(url);
    const cleared = tab.site !== null && site !== null && site !== tab.site;
    if (cleared) this.reset(tab);
    tab.pageUrl = url.length > this.limits.maxHeaderChars ? url.slice(0, this.limits.maxHeaderChars) : url;
    tab.site = site;
    this.onChange(tabId, 'updated');
    return cleared ? 'cleared' : 'kept';
  }

  /** The tab closed: forget it entirely. */
  removeTab(tabId: number): boolean {
    const tab = this.tabs.get(tabId);
    if (!tab) return false;
    this.total -= tab.bytes;
    this.tabs.delete(tabId);
    this.onChange(tabId, 'removed');
    return true;
  }

  snapshot(tabId: number): TabCaptureSnapshot | null {
    const data = this.serialiseTab(tabId);
    const tab = this.tabs.get(tabId);
    return data && tab ? { ...data, tabId, bytes: tab.bytes } : null;
  }

  /** The tab holding the most bytes (the one to trim when storage is short). */
  biggestTab(): number | null {
    let best: number | null = null;
    let bestBytes = -1;
    for (const [id, tab] of this.tabs) {
      if (tab.exchanges.length > 0 && tab.bytes > bestBytes) {
        best = id;
        bestBytes = tab.bytes;
      }
    }
    return best;
  }

  /** Drops the tab's `count` oldest exchanges (counted in `dropped`); returns how many went. */
  dropOldest(tabId: number, count: number): number {
    const tab = this.tabs.get(tabId);
    if (!tab || count <= 0) return 0;
    const n = this.dropFrom(tab, Math.min(Math.floor(count), tab.exchanges.length));
    if (n > 0) this.onChange(tabId, 'updated');
    return n;
  }

  serialiseTab(tabId: number): SerialisedTabCapture | null {
    const tab = this.tabs.get(tabId);
    return tab ? storedTab(tab) : null;
  }

  /** Every tab, keyed by tab id. */
  toJSON(): Record<string, SerialisedTabCapture> {
    const out: Record<string, SerialisedTabCapture> = {};
    for (const id of this.tabs.keys()) {
      const data = this.serialiseTab(id);
      if (data) out[String(id)] = data;
    }
    return out;
  }

  /**
   * Replaces the tab's capture with stored data (tab-state.ts `tabFromStored`: malformed parts are
   * skipped, the limits re-applied). Does not notify `onChange` (restoring is not a change to persist).
   */
  restoreTab(tabId: number, data: unknown): boolean {
    const tab = isTabId(tabId) ? tabFromStored(data, this.limits, this.siteOf) : null;
    if (!tab) return false;
    const old = this.tabs.get(tabId);
    if (old) this.total -= old.bytes;
    this.tabs.set(tabId, tab);
    this.total += tab.bytes;
    this.enforceTotal();
    return true;
  }

  /** A store holding what `toJSON` wrote (keys that are not tab ids are ignored). */
  static fromJSON(json: unknown, options: TabCaptureStoreOptions = {}): TabCaptureStore {
    const store = new TabCaptureStore(options);
    if (json && typeof json === 'object') {
      for (const [key, value] of Object.entries(json)) {
        if (/^\d{1,15}$/.test(key)) store.restoreTab(Number(key), value);
      }
    }
    return store;
  }

  private tab(tabId: number): TabState {
    let tab = this.tabs.get(tabId);
    if (!tab) {
      tab = emptyTab();
      this.tabs.set(tabId, tab);
    }
    return tab;
  }

  private reset(tab: TabState): void {
    this.total -= tab.bytes;
    tab.exchanges = [];
    tab.sizes = [];
    tab.bytes = 0;
    tab.dropped = 0;
    tab.truncated = new Map();
    tab.learned = new LearnedCookies();
  }

  private dropFrom(tab: TabState, count: number): number {
    // One splice per call, not one shift per exchange: O(n) once instead of O(n²) when trimming a lot.
    const gone = tab.exchanges.splice(0, count);
    const sizes = tab.sizes.splice(0, count);
    let bytes = 0;
    for (const size of sizes) bytes += size;
    // What the jar learned from them stays (issue #19): the cookies' last sets, within their own budget.
    const learnedBefore = tab.learned.bytes;
    for (const e of gone) tab.learned.learn(e);
    bytes -= tab.learned.bytes - learnedBefore;
    tab.bytes -= bytes;
    this.total -= bytes;
    tab.dropped += gone.length;
    for (const e of gone) tab.truncated.delete(e.id);
    return gone.length;
  }

  private enforceTotal(): void {
    while (this.total > this.limits.maxTotalBytes) {
      const id = this.biggestTab();
      const tab = id === null ? undefined : this.tabs.get(id);
      if (id === null || !tab) return;
      // Just enough of its oldest exchanges to get back under budget, in one splice.
      const excess = this.total - this.limits.maxTotalBytes;
      let count = 0;
      for (let freed = 0; freed < excess && count < tab.sizes.length; count++) freed += tab.sizes[count] ?? 0;
      this.dropFrom(tab, Math.max(1, count));
      this.onChange(id, 'updated');
    }
  }
}

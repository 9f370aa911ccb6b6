/** One tab's capture as the store holds it in memory (tab-capture-store.ts), and its stored form. */
import type { Exchange } from '../core/model';
import { boundExchange, type TruncatedField } from './exchange-bounds';
import { LearnedCookies, readLearned } from './learned-cookies';
import type { CaptureLimits, SerialisedTabCapture } from './tab-capture-types';

export interface TabState {
  pageUrl: string | null;
  site: string | null;
  exchanges: Exchange[];
  sizes: number[];
  bytes: number;
  dropped: number;
  truncated: Map<string, TruncatedField[]>;
  /** The jar's lessons from dropped exchanges; its bytes are part of `bytes`. */
  learned: LearnedCookies;
}

export const emptyTab = (): TabState => ({
  learned: new LearnedCookies(),
  pageUrl: null,
  site: null,
  exchanges: [],
  sizes: [],
  bytes: 0,
  dropped: 0,
  truncated: new Map(),
});

/** The plain JSON form of a tab (`tab:<id>` in storage.session): copies, never the live arrays. */
export function storedTab(tab: TabState): SerialisedTabCapture {
  return {
    v: 1,
    pageUrl: tab.pageUrl,
    exchanges: tab.exchanges.map((e) => ({ ...e, setCookieHeaders: [...e.setCookieHeaders] })),
    dropped: tab.dropped,
    truncated: Object.fromEntries([...tab.truncated].map(([id, fields]) => [id, [...fields]])),
    ...(tab.learned.sets.size > 0 ? { learned: tab.learned.list().map((s) => ({ ...s })) } : {}),
  };
}

/**
 * A tab read back from its stored form. Storage is ours, but it may hold an older format or a
 * half-written value: anything malformed is skipped and the per-tab limits are re-applied; null when
 * the data is no tab at all.
 */
export function tabFromStored(
  data: unknown,
  limits: CaptureLimits,
  siteOf: (url: string) => string | null,
): TabState | null {
  if (!data || typeof data !== 'object') return null;
  const raw = data as Partial<Record<keyof SerialisedTabCapture, unknown>>;
  if (raw.v !== 1 || !Array.isArray(raw.exchanges)) return null;
  const tab = emptyTab();
  if (typeof raw.pageUrl === 'string') {
    tab.pageUrl = raw.pageUrl.slice(0, limits.maxHeaderChars);
    tab.site = siteOf(tab.pageUrl);
  }
  const dropped = Number(raw.dropped);
  tab.dropped = Number.isSafeInteger(dropped) && dropped > 0 ? dropped : 0;
  const stored = raw.truncated && typeof raw.truncated === 'object' ? raw.truncated : {};
  for (const s of readLearned(raw.learned)) tab.learned.put(s);
  tab.bytes += tab.learned.bytes;
  const keep = raw.exchanges.slice(-limits.maxExchangesPerTab);
  tab.dropped += raw.exchanges.length - keep.length;
  for (const item of keep) {
    const bounded = boundExchange(item, limits);
    if (!bounded) continue;
    const { exchange } = bounded;
    tab.exchanges.push(exchange);
    tab.sizes.push(bounded.bytes);
    tab.bytes += bounded.bytes;
    const before = Object.hasOwn(stored, exchange.id) ? (stored as Record<string, unknown>)[exchange.id] : [];
    const fields = new Set<TruncatedField>([
      ...(Array.isArray(before) ? before.filter((f): f is TruncatedField => typeof f === 'string') : []),
      ...bounded.truncated,
    ]);
    if (fields.size) tab.truncated.set(exchange.id, [...fields]);
  }
  return tab;
}

/** Shapes and limits of the background's per-tab capture (see tab-capture-store.ts). */
import type { Exchange } from '../core/model';
import { DEFAULT_EXCHANGE_BOUNDS, type ExchangeBounds, type TruncatedField } from './exchange-bounds';
import type { LearnedSet } from './learned-cookies';

export type { TruncatedField };

export interface CaptureLimits extends ExchangeBounds {
  maxExchangesPerTab: number;
  /** Estimated JSON bytes across all tabs; keeps us under storage.session's 10 MB quota. */
  maxTotalBytes: number;
}

export const DEFAULT_CAPTURE_LIMITS: CaptureLimits = {
  ...DEFAULT_EXCHANGE_BOUNDS,
  maxExchangesPerTab: 2000,
  maxTotalBytes: 8 * 1024 * 1024,
};

/** The plain JSON form of one tab, as written to storage.session. */
export interface SerialisedTabCapture {
  v: 1;
  pageUrl: string | null;
  exchanges: Exchange[];
  dropped: number;
  /** exchange id → fields that were cut. */
  truncated: Record<string, TruncatedField[]>;
  /**
   * What the jar learned from exchanges the ring dropped (learned-cookies.ts): the latest Set-Cookie
   * line per cookie, replayed before `exchanges`, so trimming never loses a cookie's verdict.
   */
  learned?: LearnedSet[];
}

/** A copy of one tab's capture (what the summary and the badge judge). */
export interface TabCaptureSnapshot extends SerialisedTabCapture {
  tabId: number;
  bytes: number;
}

export type ChangeKind = 'updated' | 'removed';

export interface TabCaptureStoreOptions {
  limits?: Partial<CaptureLimits>;
  siteOf?: (url: string) => string | null;
  /** Told about every tab whose capture changed (write-through persistence, badge refresh). */
  onChange?: (tabId: number, kind: ChangeKind) => void;
}

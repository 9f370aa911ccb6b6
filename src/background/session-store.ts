/**
 * Persists the background's per-tab capture in `storage.session` (house style §4: the service worker
 * dies at any moment; storage.session survives that, and is cleared with the browser session).
 *
 * - One key per tab (`tab:<id>`), so a busy tab's write does not rewrite every other tab.
 * - Write-through, coalesced: the first change schedules a flush `debounceMs` later and later changes
 *   join it, so a steady stream of requests writes at most every `debounceMs` (never starves).
 * - Chrome's storage.session quota is 10 MB (QUOTA_BYTES); on a quota error the biggest tab loses its
 *   oldest quarter, the shrunk tab is written, and the write is retried — never a crash.
 *
 * The storage area is injected (the service worker passes `browser.storage.session`) so this file is
 * testable with an in-memory fake and does not import the polyfill.
 */
import type { ChangeKind, TabCaptureStore } from './tab-capture-store';

/** The subset of `storage.StorageArea` used here. */
export interface SessionArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SessionPersistence {
  /** Restores every stored tab into the store; resolves even when storage fails (empty capture). */
  load(): Promise<void>;
  /** Wire to the store's onChange: schedules a write (or removal) of that tab. */
  markChanged(tabId: number, kind: ChangeKind): void;
  /** Writes everything pending now (tests; before the worker is expected to stop). */
  flush(): Promise<void>;
  /** Number of quota errors absorbed since start (for diagnostics and tests). */
  readonly quotaErrors: number;
}

export interface SessionPersistenceOptions {
  debounceMs?: number;
  /** Retries of one write after trimming for quota; each retry drops a quarter of the biggest tab. */
  maxQuotaRetries?: number;
}

const KEY = /^tab:(\d{1,15})$/;
export const tabKey = (tabId: number): string => `tab:${tabId}`;

/** Chrome: "Session storage quota bytes exceeded…"; Firefox: QuotaExceededError / "quota". */
function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota/i.test(text);
}

/** Every stored tab back into the store; a failing storage leaves the capture empty. */
async function restoreAll(store: TabCaptureStore, area: SessionArea): Promise<void> {
  let all: Record<string, unknown>;
  try {
    all = await area.get(null);
  } catch {
    return;
  }
  for (const [key, value] of Object.entries(all ?? {})) {
    const match = KEY.exec(key);
    if (match?.[1]) store.restoreTab(Number(match[1]), value);
  }
}

export function createSessionPersistence(
  store: TabCaptureStore,
  area: SessionArea,
  options: SessionPersistenceOptions = {},
): SessionPersistence {
  const debounceMs = options.debounceMs ?? 250;
  const maxRetries = options.maxQuotaRetries ?? 12;
  const dirty = new Map<number, ChangeKind>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let quotaErrors = 0;

  async function writeTab(tabId: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const data = store.serialiseTab(tabId);
      if (!data) return;
      try {
        await area.set({ [tabKey(tabId)]: data });
        return;
      } catch (err) {
        if (!isQuotaError(err) || attempt >= maxRetries) {
          // Not a quota problem (or trimming did not help): leave it for the next change to retry.
          return;
        }
        quotaErrors++;
        const biggest = store.biggestTab();
        if (biggest === null) return;
        const size = store.snapshot(biggest)?.exchanges.length ?? 0;
        store.dropOldest(biggest, Math.max(1, Math.ceil(size / 4)));
        // Written right here (this tab now, or below), not again by the queue.
        dirty.delete(biggest);
        // The bytes are only freed once the shrunk tab is written back, so write it first.
        if (biggest !== tabId) {
          await area.set({ [tabKey(biggest)]: store.serialiseTab(biggest) }).catch(() => {
            dirty.set(biggest, 'updated');
          });
        }
      }
    }
  }

  async function drain(): Promise<void> {
    while (dirty.size > 0) {
      const [tabId, kind] = dirty.entries().next().value as [number, ChangeKind];
      dirty.delete(tabId);
      if (kind === 'removed' || !store.has(tabId)) await area.remove(tabKey(tabId)).catch(() => {});
      else await writeTab(tabId);
    }
  }

  function flush(): Promise<void> {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    // One flush at a time, in order: a removal must not race an older write of the same key.
    running = running.then(drain, drain);
    return running;
  }

  return {
    get quotaErrors() {
      return quotaErrors;
    },
    load: () => restoreAll(store, area),
    markChanged(tabId, kind) {
      dirty.set(tabId, kind);
      if (timer === null) timer = setTimeout(() => void flush(), debounceMs);
    },
    flush,
  };
}

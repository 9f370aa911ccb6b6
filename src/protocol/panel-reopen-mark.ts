/**
 * The mark a closing panel document leaves for the next one of the same tab (platform/panel-reopen.ts
 * says why): a key per tab holding the close time. Pure, so it is tested without a browser.
 */

/** A host move reloads the panel within a second; a user reopening DevTools takes longer. */
export const REOPEN_WINDOW_MS = 5_000;
const KEY_PREFIX = 'cookie-lens:panel-closed:';

/** The storage the marks live in; tests pass a Map-backed one. */
export interface MarkStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** True when a panel for `tabId` closed less than REOPEN_WINDOW_MS before `now`; consumes the mark. */
export function takeReopenMark(storage: MarkStorage, tabId: number, now: number): boolean {
  const key = `${KEY_PREFIX}${tabId}`;
  const closedAt = Number(storage.getItem(key));
  storage.removeItem(key);
  return Number.isFinite(closedAt) && closedAt > 0 && now >= closedAt && now - closedAt < REOPEN_WINDOW_MS;
}

export function leaveReopenMark(storage: MarkStorage, tabId: number, now: number): void {
  storage.setItem(`${KEY_PREFIX}${tabId}`, String(now));
}

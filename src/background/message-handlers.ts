/**
 * Background messages as a map of named async handlers (after refined-github), instead of a
 * growing switch. Pure of extension APIs so it is unit-testable.
 *
 * Protocol (`browser.runtime.sendMessage({ type, payload })` from the popup, the panel or tests):
 *
 * - `ping` → `{ ok: true, at }`.
 * - `getTabCapture { tabId }` → `{ ok: true, tabId, captured, pageUrl, exchanges, dropped, truncated }`
 *   (src/background/capture-handlers.ts). `exchanges` are `Exchange`s (src/core/model.ts), oldest
 *   first, at most 2,000 per tab; `dropped` counts older ones that fell out; `truncated` maps exchange
 *   id → fields cut at 16 KB. `captured: false` means nothing was ever seen for the tab (no host
 *   permission, or no cookie traffic yet). Waits for the storage.session load, so it is safe to send
 *   right after the worker was stopped: the message wakes it and the answer holds the restored capture.
 * - `getTabSummary { tabId, pageUrl? }` → `{ ok: true, tabId, captured, pageUrl, exchanges, dropped,
 *   summary, topFindings, totalFindings, topLevelSite }` (src/background/tab-summary-cache.ts): the tab's
 *   capture judged by the core Analyzer, weak secrets included, cached until the capture changes, so
 *   the popup bundles no analysis code. `exchanges` is a count here; `summary` is a `TabSummary`
 *   (src/core/analysis/tab-summary.ts), null when nothing was captured; `topFindings` are at most 5
 *   `Finding`s, high first; `topLevelSite` is the CHIPS top-level site (`https://example.com`) of
 *   `pageUrl` from the payload (the tab's address as the popup sees it) or else of the capture's, for
 *   the popup's partitioned-cookie query; null for non-http(s) pages.
 * - `clearTabCapture { tabId }` → `{ ok: true, tabId, cleared }` (the capture empties, the page URL stays).
 * - `readPageJar { pageUrl, origins? }` → the browser's jar of the inspected page and the origins its
 *   requests went to, read only where host access exists; `openGrantPage { pageUrl }` opens grant.html
 *   (src/background/jar-handlers.ts). Live changes go over the `cookie-lens-jar` port
 *   (src/platform/jar-watch.ts): the panel sends `{ type: 'watch', hosts }`, the background answers
 *   `{ type: 'changed', change }` per `cookies.onChanged` of those hosts and `{ type: 'access-changed' }`.
 *
 * `tabId` is a non-negative integer (a decimal string such as the popup's `?tab=` is accepted).
 * Failures are values, never rejections: `{ ok: false, code: 'bad-message' | 'unknown-message' |
 * 'bad-payload' | 'handler-failed', message? }`.
 */
export type Handlers = Record<string, (payload: unknown) => Promise<unknown>>;

export const handlers: Handlers = {
  ping: async () => ({ ok: true, at: Date.now() }),
};

export async function dispatch(handlerMap: Handlers, message: unknown): Promise<unknown> {
  if (!message || typeof message !== 'object' || !('type' in message))
    return { ok: false, code: 'bad-message' };
  const { type, payload } = message as { type: unknown; payload?: unknown };
  const handler = typeof type === 'string' && Object.hasOwn(handlerMap, type) ? handlerMap[type] : undefined;
  if (!handler) return { ok: false, code: 'unknown-message' };
  try {
    return await handler(payload);
  } catch (err) {
    // A rejected promise would surface in the sender as an opaque "Could not establish connection".
    return { ok: false, code: 'handler-failed', message: err instanceof Error ? err.message : String(err) };
  }
}

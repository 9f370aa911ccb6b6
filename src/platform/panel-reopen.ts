/**
 * Whether this panel document replaces one that was open on the same tab moments ago (issue #18).
 *
 * Firefox loads the panel document anew when the toolbox moves to another host, and the new document's
 * first getHAR() answers an empty log although the network monitor holds every request; asking again a
 * moment later brings them (backfill-refill.ts). Only then is asking again worth it. In Firefox a
 * getHAR() answered while a page loads makes the network monitor lose that page's subresources: neither
 * getHAR() nor onRequestFinished ever lists them (ESR 153 headless: with the panel asking again after
 * every open on an empty log, test/e2e/panel-firefox.e2e.ts lost /app.js and /pixel.svg in 3 runs of 6;
 * asking only after a host move, 0 of 12). A user who opens DevTools and reloads must not lose requests.
 *
 * The closing document leaves a mark in the extension's localStorage (synchronous, so it is written
 * during pagehide); the next panel document for the same tab reads and removes it.
 */
import { leaveReopenMark, takeReopenMark } from '../protocol/panel-reopen-mark';
import { browser } from './browser';

/**
 * For the panel document: marks its own close, and answers whether it replaces a panel of the inspected
 * tab that closed just before `openedAt`. The mark is read (and removed) when first asked, which the
 * store does only when getHAR's first answer is empty or failed: the storage's first read is a
 * synchronous trip to the browser process, made at open it was on the way to the first row (issue #16:
 * 1–2 ms of wall time, 0.5–2.7 ms of main-thread CPU in two A/B runs). Storage that throws (disabled,
 * quota) counts as a fresh open: the panel then never asks getHAR() again, the safe side.
 */
export function panelReopenCheck(openedAt: number): () => boolean {
  let tabId: number;
  try {
    tabId = browser.devtools.inspectedWindow.tabId;
    globalThis.addEventListener('pagehide', () => {
      try {
        leaveReopenMark(globalThis.localStorage, tabId, Date.now());
      } catch {
        // Storage went away with the document: the next panel counts as a fresh open.
      }
    });
  } catch {
    return () => false;
  }
  let reopened: boolean | null = null;
  return () => {
    if (reopened === null) {
      try {
        reopened = takeReopenMark(globalThis.localStorage, tabId, openedAt);
      } catch {
        reopened = false;
      }
    }
    return reopened;
  };
}

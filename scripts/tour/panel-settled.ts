/**
 * When a reading of the panel counts: after an action, the panel first has to take in the new
 * requests (DevTools' onRequestFinished), then re-analyse, and the weak-secret check runs 400 ms
 * after the last change (weak-secret-check.ts). So: wait for the request count to grow, then for count and
 * rows to stay unchanged for SETTLE_MS.
 */
import type { PanelDocument } from '../browsers/chromium-devtools';
import { pollUntil } from '../browsers/steps';
import { readRows, requestCount } from './panel-reader';

const SETTLE_MS = 700;
/** Some actions make no request the panel sees; do not wait longer than this for one. */
const GROW_TIMEOUT_MS = 4_000;

/** `before`: the request count before the action (null: do not wait for growth). Returns the count. */
export async function panelSettled(panel: PanelDocument, before: number | null): Promise<number> {
  if (before !== null) {
    await pollUntil('no new request in the panel', async () => (await requestCount(panel)) > before, {
      timeoutMs: GROW_TIMEOUT_MS,
    }).catch(() => false);
  }
  let last = '';
  let since = Date.now();
  return pollUntil(
    `the Cookies panel kept changing for 15 s`,
    async () => {
      const count = await requestCount(panel);
      const now = JSON.stringify([count, await readRows(panel)]);
      if (now !== last) {
        last = now;
        since = Date.now();
        return false;
      }
      return Date.now() - since >= SETTLE_MS ? count : false;
    },
    { timeoutMs: 15_000, intervalMs: 100 },
  );
}

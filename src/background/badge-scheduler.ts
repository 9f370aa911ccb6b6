/**
 * Refreshes a tab's badge after its capture changed, coalesced per tab: a page load brings dozens of
 * requests in a burst, and analysing the capture once per burst is enough. Pure (setBadge and the
 * store are injected) so the state it picks is unit-tested.
 */
import type { BadgeState } from './badge-appearance';
import type { TabCaptureStore } from './tab-capture-store';
import type { TabSummaryCache } from './tab-summary-cache';

export interface BadgeScheduler {
  /** Refresh `tabId`'s badge after `delayMs` (calls within the window join). */
  schedule(tabId: number): void;
  /** The state the badge shows for `tabId` right now. */
  stateFor(tabId: number): Promise<BadgeState>;
}

export function createBadgeScheduler(
  store: TabCaptureStore,
  setBadge: (tabId: number, state: BadgeState) => unknown,
  /** The popup's summary cache: one analysis per capture change serves the badge and the popup, so
   *  their high counts agree (weak-secret findings included). */
  summaries: Pick<TabSummaryCache, 'get'>,
  delayMs = 400,
): BadgeScheduler {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  // A full analysis of a 2,000-exchange tab takes ~0.35 s (measured, Node 20): the next refresh waits
  // at least 4x the last one, so the badge never costs more than ~20% of the worker's time.
  let lastCostMs = 0;

  async function stateFor(tabId: number): Promise<BadgeState> {
    const snap = store.snapshot(tabId);
    // Nothing captured: no host access for this site, or no cookie traffic: not "0 problems".
    if (!snap || (snap.exchanges.length === 0 && !snap.learned?.length)) return { kind: 'unknown' };
    const started = performance.now();
    const judged = await summaries.get(tabId).catch(() => null);
    lastCostMs = performance.now() - started;
    const high = judged?.summary?.findings.high;
    return high === undefined ? { kind: 'unknown' } : { kind: 'count', high };
  }

  return {
    stateFor,
    schedule(tabId) {
      if (timers.has(tabId)) return;
      timers.set(
        tabId,
        setTimeout(
          () => {
            timers.delete(tabId);
            if (store.has(tabId)) void stateFor(tabId).then((state) => setBadge(tabId, state));
          },
          Math.max(delayMs, 4 * lastCostMs),
        ),
      );
    },
  };
}

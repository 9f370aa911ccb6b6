/**
 * The inspected tab's network activity, from `chrome.devtools.network` (Chrome; Firefox implements the
 * same `chrome.*` devtools namespace). Only devtools documents (the devtools page and our panel) may
 * call this.
 */

import type { HarEntry } from '../core/har/har-types';

export type { HarEntry };

export interface NetworkSource {
  /** Entries already in the Network log when the panel opened (backfill). */
  backfill(): Promise<HarEntry[]>;
  /** Live entries; returns an unsubscribe function. */
  subscribe(onEntry: (entry: HarEntry) => void): () => void;
  /** Navigation of the inspected tab; returns an unsubscribe function. */
  onNavigated(listener: (url: string) => void): () => void;
}

export function devtoolsNetworkSource(): NetworkSource {
  const network = chrome.devtools.network;
  return {
    backfill: () =>
      new Promise((resolve) => {
        // getHAR's callback receives a HARLog; Firefox returns { entries } as well.
        network.getHAR((log) => {
          // Checked so Firefox does not log "Unchecked lastError value" when the toolbox is closing.
          void chrome.runtime?.lastError;
          resolve((log?.entries ?? []) as unknown as HarEntry[]);
        });
      }),
    subscribe(onEntry) {
      const listener = (request: chrome.devtools.network.Request) => onEntry(request as unknown as HarEntry);
      network.onRequestFinished.addListener(listener);
      return () => network.onRequestFinished.removeListener(listener);
    },
    onNavigated(listener) {
      network.onNavigated.addListener(listener);
      return () => network.onNavigated.removeListener(listener);
    },
  };
}

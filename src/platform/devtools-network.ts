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
      new Promise((resolve, reject) => {
        // getHAR's callback receives a HARLog; Firefox returns { entries } as well. Firefox fails it
        // ("An unexpected error occurred") while the toolbox moves to another host: read lastError (so it
        // is not reported as unchecked) and reject; the panel store asks again (issue #18).
        network.getHAR((log) => {
          const error = chrome.runtime?.lastError;
          if (error) reject(new Error(`getHAR failed: ${error.message ?? 'unknown error'}`));
          else resolve((log?.entries ?? []) as unknown as HarEntry[]);
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

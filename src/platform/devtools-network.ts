/**
 * The inspected tab's network activity, from `chrome.devtools.network` (Chrome; Firefox implements the
 * same `chrome.*` devtools namespace), as the panel store's source (src/protocol/panel-source.ts). Only
 * devtools documents (the devtools page and our panel) may call this.
 */
import type { PanelSource } from '../protocol/panel-source';

export function devtoolsNetworkSource(): PanelSource {
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
          else resolve(Array.isArray(log?.entries) ? log.entries : []);
        });
      }),
    subscribe(onEntry) {
      const listener = (request: chrome.devtools.network.Request) => onEntry(request);
      network.onRequestFinished.addListener(listener);
      return () => network.onRequestFinished.removeListener(listener);
    },
    onNavigated(listener) {
      network.onNavigated.addListener(listener);
      return () => network.onNavigated.removeListener(listener);
    },
  };
}

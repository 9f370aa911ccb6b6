/**
 * Tells the jar which origins the log's requests went to: the jar is read for them all, not only the
 * inspected page's own (issue #13). Not for an imported file, which the page's jar does not describe.
 * Again after each page load the jar sees (`navigations`): its list restarts there, and the load may be
 * reported after requests already in the log.
 */
import { useEffect } from 'preact/hooks';
import type { JarStore } from './jar-store';
import type { PanelState } from './panel-state';
import type { PanelStore } from './panel-store';

export function useJarRequestUrls(
  jar: JarStore | undefined,
  store: PanelStore,
  state: PanelState,
  navigations: number,
): void {
  useEffect(() => {
    if (jar && state.imported === null) jar.setRequestUrls(store.exchanges().map((e) => e.url));
  }, [jar, store, state.requestCount, state.imported, navigations]);
}

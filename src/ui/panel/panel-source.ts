/**
 * The source the panel store reads the network from is one interface for the platform and the UI
 * (src/protocol/panel-source.ts); the store names it from here, with the source a plain page starts with.
 */
import type { PanelSource } from '../../protocol/panel-source';

export type { PanelSource };

/** A source with nothing in it (plain page without DevTools, imported HAR files only). */
export const EMPTY_SOURCE: PanelSource = {
  backfill: () => Promise.resolve([]),
  subscribe: () => () => {},
  onNavigated: () => () => {},
};

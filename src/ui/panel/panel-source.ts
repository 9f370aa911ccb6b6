/**
 * What the panel store reads from: the DevTools network log in the extension
 * (`src/platform/devtools-network.ts`), a fake in tests, synthetic traffic in the bench page
 * (house style §5: the panel runs as a plain page with an injected data source).
 */
export interface PanelSource {
  /** HAR entries already in the network log when the panel opened. */
  backfill(): Promise<unknown[]>;
  /** Live HAR entries; returns an unsubscribe function. */
  subscribe(onEntry: (entry: unknown) => void): () => void;
  /** Top-level navigation of the inspected page; returns an unsubscribe function. */
  onNavigated(listener: (url: string) => void): () => void;
}

/** A source with nothing in it (plain page without DevTools, imported HAR files only). */
export const EMPTY_SOURCE: PanelSource = {
  backfill: () => Promise.resolve([]),
  subscribe: () => () => {},
  onNavigated: () => () => {},
};

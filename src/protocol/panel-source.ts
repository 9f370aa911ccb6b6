/**
 * What the panel store reads the network from: the DevTools network log in the extension
 * (src/platform/devtools-network.ts), a fake in tests, synthetic traffic in the bench page (house
 * style §5: the panel runs as a plain page with an injected data source). Entries are HAR entries as
 * DevTools gives them, untyped here: the store reads them as hostile input.
 */
export interface PanelSource {
  /** HAR entries already in the network log when the panel opened (backfill). */
  backfill(): Promise<unknown[]>;
  /** Live HAR entries; returns an unsubscribe function. */
  subscribe(onEntry: (entry: unknown) => void): () => void;
  /** Top-level navigation of the inspected page; returns an unsubscribe function. */
  onNavigated(listener: (url: string) => void): () => void;
}

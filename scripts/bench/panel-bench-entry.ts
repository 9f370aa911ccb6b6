/**
 * The bench page's bundle: the real PanelApp over a PanelStore the bench drives synchronously, so one
 * measured step = take one HAR entry + re-render (Preact's render queue flushed at once).
 */
import { h, options, render } from 'preact';
import { PanelApp } from '../../src/ui/panel/panel-app';
import { PanelStore } from '../../src/ui/panel/panel-store';

declare global {
  interface Window {
    __bench: {
      store: PanelStore;
      mount(): void;
      add(entry: unknown): void;
      importHar(text: string): Promise<boolean>;
    };
  }
}

let sync = (cb: () => void) => cb();
// Preact batches setState in a microtask; the bench renders synchronously to time the whole update.
options.debounceRendering = (cb) => sync(cb);

const store = new PanelStore({ schedule: (flush) => flush(), weakSecretDelayMs: 60_000 });
window.__bench = {
  store,
  mount() {
    const root = document.getElementById('app');
    if (root) render(h(PanelApp, { store }), root);
  },
  add(entry) {
    store.addEntry(entry);
  },
  async importHar(text) {
    return (await store.importHar(text, 'bench.har')).ok;
  },
};
sync = (cb) => cb();

/**
 * How the panel may treat a key it acted on, per DevTools host (house style §3: a browser difference
 * is data in a small tested function).
 *
 * Esc: Chrome's DevTools hears a panel's keys through a `keydown` listener on the extension page's
 * document, so the panel stops the event's propagation (use-panel-keys.ts); it also consumes it
 * (preventDefault), as DevTools' own panels do. Firefox's toolbox toggles its split console on the
 * parent process's own `keypress` before the panel sees the key, and once more on the reply of a key
 * the panel did not consume (Bugzilla 1652045: the console "slides up and back out"). A panel that
 * consumes Esc gets only the first toggle and leaves the split console open, so in Firefox the panel
 * closes its pane without consuming the key (measured in test/e2e/panel-layout-firefox.e2e.ts).
 */
export interface PanelKeyPolicy {
  /** preventDefault on an Esc the panel acted on. */
  consumeEscape: boolean;
}

/**
 * From the panel page's own URL scheme: Firefox's devtools pages get no runtime.getBrowserInfo (nor
 * most of runtime), but their URL is moz-extension:// in every Firefox.
 */
export function panelKeyPolicy(protocol: string = globalThis.location?.protocol ?? ''): PanelKeyPolicy {
  return { consumeEscape: protocol !== 'moz-extension:' };
}

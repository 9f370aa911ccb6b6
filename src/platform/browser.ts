/**
 * The one place that names the extension namespace (docs/architecture.md §1): the rest of the code
 * imports `browser` from here.
 *
 * The browsers' own `browser` namespace, not webextension-polyfill (issue #16): Firefox has always had
 * it, and Chrome 144 added it with promise-returning APIs and promise returns from
 * `runtime.onMessage` listeners. On every supported browser (Chrome 150+, Firefox 140+, the manifest's
 * minimums) the polyfill only re-exported `globalThis.browser`, yet cost ~3 KB gzipped in each of the
 * panel, popup and background bundles. `chrome` is the fallback for a page that stubs only `chrome`
 * (the bench page). The polyfill's types stay (`@types/webextension-polyfill`, a dev dependency).
 */
import type { Browser } from 'webextension-polyfill';

export type { Browser };

function nativeNamespace(): Browser {
  const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  const ns = g.browser?.runtime?.id ? g.browser : g.chrome;
  // The polyfill's refusal, kept: without an extension runtime every call would fail later, less clearly.
  if (!ns?.runtime?.id) throw new Error('This script should only be loaded in a browser extension.');
  return ns;
}

export const browser: Browser = nativeNamespace();

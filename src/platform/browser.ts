/**
 * The one place that imports webextension-polyfill (docs/architecture.md §1). It is deprecated upstream, so the rest
 * of the code imports `browser` from here and the polyfill can be swapped for the native namespace later.
 */
import browser from 'webextension-polyfill';

export type { Browser } from 'webextension-polyfill';
export { browser };

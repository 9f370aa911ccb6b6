/**
 * The one place that names the extension namespace (docs/architecture.md §1): the rest of the code imports
 * `browser` from here.
 *
 * webextension-polyfill stays although Chrome has its own `browser` since 148: Chrome turned that off for
 * every extension with a `devtools_page` until 152 (crbug.com/500769389), and our minimum is 150. There the
 * polyfill wraps `chrome`, and its promise-returning `runtime.onMessage` listeners are what the background's
 * replies rely on (without it Chromium 150 answers `ping` with undefined: measured with the e2e). Where the
 * browser has `browser` (Firefox, Chrome 152+) the polyfill hands it back unchanged.
 */
import browser from 'webextension-polyfill';

export type { Browser } from 'webextension-polyfill';
export { browser };

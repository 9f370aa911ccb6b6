/**
 * The extension namespace of the pages — DevTools page, panel, popup, grant page (docs/architecture.md §1):
 * their code imports `browser` from here. The background imports background-browser.ts instead.
 *
 * webextension-polyfill stays in the pages although Chrome has its own `browser` since 148: Chrome turned
 * that off for every extension with a `devtools_page` until 152 (crbug.com/500769389), and our minimum is
 * 150. There the polyfill wraps `chrome` (callbacks into promises, for every API the pages use, the
 * DevTools ones included); where the browser has `browser` (Firefox, Chrome 152+) it hands it back
 * unchanged. The background does without it (issue #16: ~2.5 KB of its 90 KB gzipped budget): it uses
 * few APIs, MV3's `chrome.*` returns promises for all of them, and the one thing it took from the
 * polyfill, answering `runtime.onMessage` by returning a promise (without which Chromium 150 answers
 * `ping` with undefined: measured with the e2e), runtime-replies.ts does with `sendResponse`.
 */
import browser from 'webextension-polyfill';

export type { Browser } from 'webextension-polyfill';
export { browser };

/**
 * The extension namespace of the background (service worker in Chrome, event page in Firefox): the
 * browser's own, never webextension-polyfill (issue #16: the polyfill was ~2.5 KB of the background's 90 KB
 * gzipped budget). The pages keep the polyfill (browser.ts says why); only the background and the
 * background-only platform modules (badge.ts, jar-watch.ts, web-request-capture.ts) import this file, and
 * src/background may not import browser.ts (biome.json, test/ui/bundle-contents.spec.ts).
 *
 * - Firefox, Chrome 152+: `globalThis.browser`, promise-based.
 * - Chrome 150–151: no `browser` for an extension with a `devtools_page` (crbug.com/500769389), so
 *   `chrome`: in MV3 every `chrome.*` method the background calls returns a promise when given no
 *   callback, which is the `browser` shape the polyfill's types describe.
 * The one behaviour the background took from the polyfill is a `runtime.onMessage` listener that answers
 * by returning a promise: Chromium 150's own `chrome.runtime.onMessage` ignores that (the sender gets
 * undefined), so replies go through `sendResponse` instead (runtime-replies.ts).
 */
import type { Browser } from 'webextension-polyfill';

// @types/chrome types `globalThis.browser` as `chrome`; the background uses the polyfill's (promise) types.
const scope = globalThis as unknown as { browser?: Browser; chrome?: unknown };

export const browser: Browser = scope.browser ?? (scope.chrome as Browser);

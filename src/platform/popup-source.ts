/**
 * Everything the popup shows (src/protocol/popup-input.ts), gathered from the extension APIs in one
 * place; the UI gets it as props.
 *
 * Two kinds of access (docs/architecture.md §9, least privilege):
 * - `activeTab` (manifest, no install warning): opening the popup from the toolbar button shows it the
 *   active tab's address, so it names the real site and can ask for exactly that one.
 * - optional host permissions, asked from the popup ("Allow on this site"): the capture needs them
 *   (webRequest ignores activeTab) and so does the jar: Chrome's cookies API ignores activeTab too
 *   (measured in Chromium 156: `cookies.getAll({ url })` answers [] for a tab whose three cookies are
 *   set; see test/e2e/popup-active-tab-chromium.e2e.ts), so the jar is read only with host access.
 */
import type { PopupInput } from '../protocol/popup-input';
import { tabToSummarise } from './active-tab';
import { browser } from './browser';
import { hasHostAccess } from './host-access';
import { readJarCookies } from './jar-cookies';
import { loadMaskValues } from './popup-prefs';
import { fetchTabSummary } from './popup-summary';

const isWeb = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/**
 * `early` gets the input as soon as the summary is in (it holds the grade the user is waiting for),
 * with `jar: null`, before the jar is read (issue #16: two cookies.getAll round trips later).
 */
export async function loadPopupInput(
  search: string,
  early?: (input: PopupInput) => void,
): Promise<PopupInput> {
  const [tab, masked] = await Promise.all([tabToSummarise(search).catch(() => null), loadMaskValues()]);
  if (!tab) return { tabId: null, pageUrl: null, access: false, summary: null, jar: null, masked };
  // A visible tab URL is the page URL: its access is asked alongside the summary, not after it.
  const [summary, tabAccess] = await Promise.all([
    fetchTabSummary(tab.id, isWeb(tab.url) ? tab.url : null),
    tab.url ? hasHostAccess(browser.permissions, tab.url) : Promise.resolve(false),
  ]);
  const pageUrl = tab.url || (summary.ok ? summary.pageUrl : null);
  const access = tab.url ? tabAccess : await hasHostAccess(browser.permissions, pageUrl);
  const topLevelSite = summary.ok ? summary.topLevelSite : null;
  const input: PopupInput = { tabId: tab.id, pageUrl, access, summary, jar: null, masked };
  if (!access) return input;
  early?.(input);
  return { ...input, jar: await readJarCookies(browser.cookies, pageUrl, topLevelSite) };
}

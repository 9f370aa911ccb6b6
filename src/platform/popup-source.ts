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
import { hasHostAccess } from './host-permission';
import { readJarCookies } from './jar-cookies';
import { loadMaskValues } from './popup-prefs';
import { fetchTabSummary } from './popup-summary';

const isWeb = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

export async function loadPopupInput(search: string): Promise<PopupInput> {
  const [tab, masked] = await Promise.all([tabToSummarise(search).catch(() => null), loadMaskValues()]);
  if (!tab) return { tabId: null, pageUrl: null, access: false, summary: null, jar: null, masked };
  const summary = await fetchTabSummary(tab.id, isWeb(tab.url) ? tab.url : null);
  const pageUrl = tab.url || (summary.ok ? summary.pageUrl : null);
  const access = await hasHostAccess(pageUrl);
  const topLevelSite = summary.ok ? summary.topLevelSite : null;
  const jar = access ? await readJarCookies(pageUrl, topLevelSite) : null;
  return { tabId: tab.id, pageUrl, access, summary, jar, masked };
}

/**
 * Everything the popup shows, gathered from the extension APIs in one place (the UI gets it as
 * props): the tab, site access, the background's judged capture, the jar, and the mask preference.
 *
 * Two kinds of access (DESIGN §9, least privilege):
 * - `activeTab` (manifest): opening the popup from the toolbar button grants the active tab's address
 *   and, in Chrome, `cookies.getAll` for its origin until the tab navigates — no install warning.
 * - optional host permissions: needed for the capture (webRequest ignores activeTab) and in Firefox
 *   for the jar. Asked from the popup ("Allow on this site").
 */
import { tabToSummarise } from './active-tab';
import { hasHostAccess } from './host-permission';
import { type JarRead, readJarCookies } from './jar-cookies';
import { loadMaskValues } from './popup-prefs';
import { fetchTabSummary } from './popup-summary';
import type { SummaryRead } from './popup-summary-reply';

export interface PopupInput {
  tabId: number | null;
  /** The tab's URL; without site access (and without activeTab) the browser hides it: then the capture's. */
  pageUrl: string | null;
  /** Host access for pageUrl (false when it is unknown). */
  access: boolean;
  /**
   * The browser showed us the tab's address although we have no host access: activeTab is in effect
   * (the user clicked our toolbar button), so the jar was read too.
   */
  activeTab: boolean;
  summary: SummaryRead | null;
  /** null when not read (no access, or no URL). */
  jar: JarRead | null;
  masked: boolean;
}

const isWeb = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

export async function loadPopupInput(search: string): Promise<PopupInput> {
  const [tab, masked] = await Promise.all([tabToSummarise(search).catch(() => null), loadMaskValues()]);
  if (!tab)
    return { tabId: null, pageUrl: null, access: false, activeTab: false, summary: null, jar: null, masked };
  const summary = await fetchTabSummary(tab.id, isWeb(tab.url) ? tab.url : null);
  const pageUrl = tab.url || (summary.ok ? summary.pageUrl : null);
  const access = await hasHostAccess(pageUrl);
  // Without the `tabs` permission a web page's URL is only visible with host access or activeTab.
  const activeTab = !access && isWeb(tab.url);
  const topLevelSite = summary.ok ? summary.topLevelSite : null;
  const jar = access || activeTab ? await readJarCookies(pageUrl, topLevelSite) : null;
  return { tabId: tab.id, pageUrl, access, activeTab, summary, jar, masked };
}

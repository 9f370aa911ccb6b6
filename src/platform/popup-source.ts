/**
 * Everything the popup shows, gathered from the extension APIs in one place (the UI gets it as
 * props): the tab, site access, the background's capture, the jar, and the mask preference.
 */
import { tabToSummarise } from './active-tab';
import { hasHostAccess } from './host-permission';
import { type JarRead, readJarCookies } from './jar-cookies';
import { type CaptureRead, fetchTabCapture } from './popup-capture';
import { loadMaskValues } from './popup-prefs';

export interface PopupInput {
  tabId: number | null;
  /** The tab's URL; without site access Chrome and Firefox hide it, then the capture's page URL. */
  pageUrl: string | null;
  /** Host access for pageUrl (false when it is unknown). */
  access: boolean;
  capture: CaptureRead | null;
  /** null when not read (no access, or no URL). */
  jar: JarRead | null;
  masked: boolean;
}

export async function loadPopupInput(search: string): Promise<PopupInput> {
  const [tab, masked] = await Promise.all([tabToSummarise(search).catch(() => null), loadMaskValues()]);
  if (!tab) return { tabId: null, pageUrl: null, access: false, capture: null, jar: null, masked };
  const capture = await fetchTabCapture(tab.id);
  const pageUrl = tab.url || (capture.ok ? capture.pageUrl : null);
  const access = await hasHostAccess(pageUrl);
  const jar = access ? await readJarCookies(pageUrl) : null;
  return { tabId: tab.id, pageUrl, access, capture, jar, masked };
}

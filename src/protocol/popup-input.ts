/**
 * Everything the popup shows, as the platform gathers it (src/platform/popup-source.ts) and the UI
 * turns it into a model (src/ui/popup/popup-model.ts): the tab, site access, the background's judged
 * capture, the browser's jar and the mask preference.
 */
import type { JarRead } from './jar-cookie';
import type { SummaryRead } from './tab-summary';

export interface PopupInput {
  tabId: number | null;
  /** The tab's URL (visible with site access or activeTab), else the capture's page URL. */
  pageUrl: string | null;
  /** Host access for pageUrl (false when it is unknown). */
  access: boolean;
  summary: SummaryRead | null;
  /** null when not read (no access, or no URL). */
  jar: JarRead | null;
  masked: boolean;
}

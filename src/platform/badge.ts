/**
 * The toolbar badge for one tab (`action` API, Chrome and Firefox MV3). What it shows is the
 * background's decision (src/background/badge-appearance.ts documents the convention). Background only:
 * the browser's own namespace (background-browser.ts).
 */
import { browser } from './background-browser';

export interface BadgeLook {
  text: string;
  background: string;
  textColor: string;
  title: string;
}

/** Sets text, colours and tooltip for `tabId`; a tab that closed meanwhile is not an error. */
export async function setBadge(tabId: number, look: BadgeLook): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: look.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: look.background }),
      browser.action.setBadgeTextColor({ tabId, color: look.textColor }),
      browser.action.setTitle({ tabId, title: look.title }),
    ]);
  } catch {
    // "No tab with id": the tab closed between the capture and this call.
  }
}

/**
 * The toolbar badge for one tab (`action` API, Chrome and Firefox MV3). The look is decided by the
 * pure `badgeAppearance` (src/background/badge-appearance.ts documents the convention).
 */
import { type BadgeState, badgeAppearance } from '../background/badge-appearance';
import { browser } from './browser';

export type { BadgeState };

/** Sets text, colours and tooltip for `tabId`; a tab that closed meanwhile is not an error. */
export async function setBadge(tabId: number, state: BadgeState): Promise<void> {
  const look = badgeAppearance(state);
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

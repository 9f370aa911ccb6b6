/**
 * Optional host permissions (docs/architecture.md §9: no host access at install). The manifest declares
 * `optional_host_permissions` for http and https; the popup asks for one site or for all of them.
 *
 * `permissions.request` only works inside a user gesture: call `requestSiteAccess` /
 * `requestAllSitesAccess` synchronously from the click handler (no await before them).
 * The pages' side; whether one page is granted is host-access.ts (the background asks it too).
 */
import { browser } from './browser';
import { originPattern } from './host-access';

export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/** True when every http(s) site is granted (then the tab's URL is visible even before we know it). */
export async function hasAllSitesAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...ALL_SITES] });
  } catch {
    return false;
  }
}

function request(origins: string[]): Promise<boolean> {
  try {
    // No await before this call: the browser checks for the click's user activation right here.
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export function requestSiteAccess(pageUrl: string | null): Promise<boolean> {
  const origin = originPattern(pageUrl);
  return origin ? request([origin]) : Promise.resolve(false);
}

export function requestAllSitesAccess(): Promise<boolean> {
  return request([...ALL_SITES]);
}

/** Calls `listener` when host access was granted or removed (from the popup, or from browser settings). */
export function onHostAccessChanged(listener: () => void): void {
  try {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
  } catch {
    // Not available in this context: the popup then shows the state it loaded with.
  }
}

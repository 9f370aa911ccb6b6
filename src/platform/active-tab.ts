import { browser } from './browser';

/**
 * The tab a popup summarises: `?tab=<id>` when the popup page is opened in a normal tab (tests, the
 * panel's "open popup" link), otherwise the active tab of the current window.
 */
export async function tabToSummarise(search: string): Promise<{ id: number; url: string | null } | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab ? { id: fromQuery, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
}

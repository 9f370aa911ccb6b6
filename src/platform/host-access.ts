/**
 * Whether the extension may read a page's cookies and requests: its optional host permissions
 * (docs/architecture.md §9, none at install). Asked by the popup and by the background, which hold
 * different `browser` objects (the pages the polyfill's, browser.ts; the background the browser's own,
 * background-browser.ts), so the `permissions` API is a parameter and this file imports neither.
 */
import type { Permissions } from 'webextension-polyfill';

/** `https://example.com/*` for an http(s) page URL; null for about:, chrome:, file: and junk. */
export function originPattern(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    const u = new URL(pageUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // Match patterns carry no port: `http://127.0.0.1/*` covers every port of that host.
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** True when the extension may read cookies and requests of `pageUrl`. Never rejects. */
export async function hasHostAccess(
  permissions: Pick<Permissions.Static, 'contains'>,
  pageUrl: string | null,
): Promise<boolean> {
  const origin = originPattern(pageUrl);
  if (!origin) return false;
  try {
    return await permissions.contains({ origins: [origin] });
  } catch {
    return false;
  }
}

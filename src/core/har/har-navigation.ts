/**
 * Top-level navigations in a HAR, for files with and without Chrome's `_resourceType` (chrome-har,
 * WebPageTest, Firefox, Fiddler, Charles lack it). RFC 6265bis §5.2.1: the "site for cookies" of a
 * top-level document is its own site, and §5.7 lets a top-level navigation set SameSite cookies — so
 * every hop of a navigation's redirect chain must be known as one, and the page of what follows is the
 * chain's FINAL URL (a 301 from site A to site B makes B the page, not A).
 *
 * Evidence, strongest first: the entry's own (`Sec-Fetch-Dest`, else Chrome's `_resourceType`:
 * entry-destination.ts); a document response (3xx, or text/html) that starts a page; and the
 * redirect chain (3xx + `Location` / `redirectURL` → the next entry requesting that URL).
 */
import { headerValue } from '../http/header-fields';
import { isRedirectStatus } from '../http/redirect-status';
import { entryDestination } from './entry-destination';
import type { HarEntry } from './har-types';

/** How far ahead (in start order) the next hop of a redirect is looked for. */
const HOP_WINDOW = 200;
/** Browsers stop after 20 redirects (Fetch §4.4 step 5); a longer chain is cut there. */
const MAX_HOPS = 20;

function contentType(e: HarEntry): string {
  const header = headerValue(e.response?.headers, 'content-type');
  if (header !== null) return header.toLowerCase();
  const mime = (e.response as { content?: { mimeType?: unknown } } | undefined)?.content?.mimeType;
  return typeof mime === 'string' ? mime.toLowerCase() : '';
}

/** The URL a 3xx response sends the browser to (RFC 9110 §10.2.2: relative to the request URL). */
export function redirectTarget(e: HarEntry): string | null {
  if (!isRedirectStatus(e.response?.status)) return null;
  const raw = headerValue(e.response?.headers, 'location') ?? e.response?.redirectURL;
  if (typeof raw !== 'string' || raw.trim() === '' || typeof e.request?.url !== 'string') return null;
  try {
    const u = new URL(raw.trim(), e.request.url);
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

function sameUrl(a: unknown, b: string): boolean {
  if (typeof a !== 'string') return false;
  try {
    const u = new URL(a);
    u.hash = '';
    return u.href === b;
  } catch {
    return false;
  }
}

/** A response a navigation can start with: a redirect, or an HTML document. */
function isDocumentResponse(e: HarEntry): boolean {
  return redirectTarget(e) !== null || /^\s*(text\/html|application\/xhtml\+xml)/.test(contentType(e));
}

export interface NavigationPlan {
  /** Per entry: `document` for every hop of a top-level navigation, `subdocument` for a frame. */
  types: (string | undefined)[];
  /** Per entry: the final URL of the latest navigation of its page, or undefined when none was seen. */
  pages: (string | undefined)[];
}

/** `sorted`: entries in start order. Never throws; work is bounded by HOP_WINDOW per redirect. */
export function planNavigations(sorted: HarEntry[]): NavigationPlan {
  const n = sorted.length;
  const dest = sorted.map(entryDestination);
  const pageKey = sorted.map((e) => (typeof e.pageref === 'string' ? e.pageref : ''));
  const seenPage = new Set<string>();
  const nav: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    const first = !seenPage.has(pageKey[i] as string);
    seenPage.add(pageKey[i] as string);
    const e = sorted[i] as HarEntry;
    if (dest[i] === 'document') nav[i] = true;
    else if (dest[i] === 'unknown' && first && isDocumentResponse(e)) nav[i] = true;
  }
  // Follow each navigation's redirects: the next hop is the first later entry requesting the target.
  const next: number[] = new Array(n).fill(-1);
  const hasPrev: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (!nav[i]) continue;
    const target = redirectTarget(sorted[i] as HarEntry);
    if (target === null) continue;
    const end = Math.min(n, i + 1 + HOP_WINDOW);
    for (let j = i + 1; j < end; j++) {
      const d = dest[j];
      if (hasPrev[j] || d === 'other' || d === 'subdocument') continue;
      if (!sameUrl(sorted[j]?.request?.url, target)) continue;
      nav[j] = true;
      next[i] = j;
      hasPrev[j] = true;
      break;
    }
  }
  const types: (string | undefined)[] = dest.map((d, i) =>
    nav[i] ? 'document' : d === 'subdocument' ? 'subdocument' : undefined,
  );
  // Each chain's final URL becomes the page of its hops and of what follows in the same page.
  const pages: (string | undefined)[] = new Array(n).fill(undefined);
  const finalOf: (string | null | undefined)[] = new Array(n).fill(undefined);
  for (let i = 0; i < n; i++) {
    if (!nav[i] || hasPrev[i]) continue;
    const hops = [i];
    let k = i;
    while (next[k] !== -1 && hops.length < MAX_HOPS) {
      k = next[k] as number;
      hops.push(k);
    }
    const last = sorted[k] as HarEntry;
    const status = last.response?.status;
    // A chain whose last hop got no response never committed: the page did not change.
    const final =
      redirectTarget(last) ?? (typeof status === 'number' && status > 0 ? last.request?.url : null);
    for (const h of hops) finalOf[h] = typeof final === 'string' ? final : null;
  }
  const current = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const key = pageKey[i] as string;
    const final = finalOf[i];
    if (typeof final === 'string') current.set(key, final);
    pages[i] = typeof final === 'string' ? final : current.get(key);
  }
  return { types, pages };
}

/**
 * The "site" of a top-level URL, for deciding whether a navigation leaves the site: the core's
 * registrable domain (docs/architecture.md §3, Public Suffix List with its private section, as browsers compute a
 * site), so the capture and the analysis agree on what one site is. Only http(s) pages have a site
 * here (about:, chrome:, file: → null). The scheme is not part of the key: an http → https upgrade of
 * the same site keeps the capture.
 */
import { siteOfUrl } from '../core/analysis/site-of';

/** URLs longer than this are not parsed for a site (Chrome caps URLs at 2 MB; a host is tiny). */
const MAX_URL_CHARS = 64 * 1024;

export function siteOf(url: string): string | null {
  if (url.length > MAX_URL_CHARS || !/^https?:\/\//i.test(url)) return null;
  return siteOfUrl(url);
}

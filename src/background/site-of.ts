/**
 * The "site" of a top-level URL, for deciding whether a navigation leaves the site (DESIGN §3: sites
 * are registrable domains from the Public Suffix List, via tldts).
 */
import { getDomain, getHostname } from 'tldts';

/** URLs longer than this are not parsed for a site (Chrome caps URLs at 2 MB; a host is tiny). */
const MAX_URL_CHARS = 64 * 1024;

/**
 * Registrable domain of an http(s) URL, or its host when it has none (localhost, IP literals), or null
 * for anything else (about:, chrome:, file:, unparsable).
 *
 * `allowPrivateDomains`: browsers use the whole PSL, private section included, when they compute a
 * site (HTML "obtain a site" → "registrable domain"), so `alice.github.io` and `bob.github.io` are two
 * sites, as in the cookie jar. The scheme is not part of the key: we only need "did the user go to
 * another web site", and an http → https upgrade of the same site must keep the capture.
 */
export function siteOf(url: string): string | null {
  if (url.length > MAX_URL_CHARS || !/^https?:\/\//i.test(url)) return null;
  const domain = getDomain(url, { allowPrivateDomains: true });
  if (domain) return domain;
  const host = getHostname(url);
  return host ? host.toLowerCase() : null;
}

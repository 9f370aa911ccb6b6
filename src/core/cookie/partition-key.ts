/**
 * CHIPS partition keys (draft-cutler-httpbis-partitioned-cookies): a `Partitioned` cookie is kept per
 * top-level site, the schemeful site of the page in the address bar — scheme plus registrable domain,
 * `https://example.com`, as Chrome spells `partitionKey.topLevelSite`. ws/wss count as http/https.
 */
import { isIpAddress } from './domain-path-match';
import type { RequestUrl, RequestUrlCache } from './request-url';
import type { PublicSuffixLookup } from './types';

/** Longer top-level site strings are not sites (a URL is bounded by the URL cache too). */
const MAX_SITE_LENGTH = 2048;

/**
 * The registrable domain of a canonical host (public suffix + one label); the host itself when it
 * has none: an IP literal, `localhost`, a host that is a public suffix or unknown to the list.
 */
export function registrableDomain(host: string, psl: PublicSuffixLookup): string {
  if (isIpAddress(host)) return host;
  const suffix = psl.publicSuffix(host);
  if (suffix === null || suffix === host || !host.endsWith(`.${suffix}`)) return host;
  const dot = host.lastIndexOf('.', host.length - suffix.length - 2);
  return dot === -1 ? host : host.slice(dot + 1);
}

/** The schemeful site of a parsed URL, memoised on it (the URL cache hands out the same object). */
export function siteKeyOf(req: RequestUrl, psl: PublicSuffixLookup): string {
  if (req.partitionKey === undefined) {
    req.partitionKey = `${req.https ? 'https' : 'http'}://${registrableDomain(req.host, psl)}`;
  }
  return req.partitionKey;
}

/**
 * The partition key for a request or response: the given top-level site — a URL, a schemeful site,
 * or a bare host (taken as https) — else, when absent or unusable, `req`'s own site (first party).
 */
export function partitionKeyFor(
  topLevelSite: string | null | undefined,
  req: RequestUrl,
  urls: RequestUrlCache,
  psl: PublicSuffixLookup,
): string {
  if (typeof topLevelSite === 'string' && topLevelSite !== '' && topLevelSite.length <= MAX_SITE_LENGTH) {
    const url = topLevelSite.includes('://') ? topLevelSite : `https://${topLevelSite}`;
    const top = urls.parse(url);
    if (top !== null) return siteKeyOf(top, psl);
  }
  return siteKeyOf(req, psl);
}

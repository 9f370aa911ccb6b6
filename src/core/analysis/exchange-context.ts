/**
 * Where one exchange stands, as the replay needs it (docs/architecture.md §3): the request path (the
 * default-path input, RFC 6265bis §5.1.4), its SameSite context (§5.2), whether it is a top-level
 * navigation, and the size of its Cookie header. Pure helpers of analyzer.ts.
 */
import { utf8Length } from '../cookie/byte-length';
import type { SameSiteContext } from '../cookie/types';
import type { Exchange } from '../model';

/** The path of a URL without its query or fragment; "/" when it has none. */
export function pathOf(url: string): string {
  const start = url.indexOf('://');
  const slash = start >= 0 ? url.indexOf('/', start + 3) : -1;
  if (slash < 0) return '/';
  let end = url.length;
  for (let i = slash; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 || c === 35) {
      end = i;
      break;
    }
  }
  return url.slice(slash, end);
}

/**
 * UTF-8 size of the Cookie header. A string of n UTF-16 units is at most 3n bytes, so headers under
 * 2731 units cannot pass the 8 KB rule: their length is returned without the exact count.
 */
export function headerBytes(header: string | null | undefined): number {
  if (!header) return 0;
  return header.length * 3 <= 8192 ? header.length : utf8Length(header);
}

/** Every hop of a top-level navigation is `document` (frames are `subdocument`; see har-navigation.ts). */
export function isTopLevelNavigation(ex: Exchange): boolean {
  return ex.initiatorType === 'document';
}

/**
 * RFC 6265bis §5.2: same-site unless the page is another site; top-level GET navigations are "lax".
 * For a navigation hop `pageSite` is the site its chain ends on (the page it leads to): a hop through
 * another site (a 301 from A to B, an SSO host in a login round trip) is a cross-site navigation there.
 */
export function sameSiteContext(ex: Exchange, site: string, pageSite: string | null): SameSiteContext {
  if (pageSite === null || pageSite === site) return 'same-site';
  if (isTopLevelNavigation(ex) && (ex.method === 'GET' || ex.method === 'HEAD')) return 'lax';
  return 'cross-site';
}

/** Flags a line rebuilt from a HAR cookie object could not know (BrowserMob): those flags are unknown. */
export function unknownFlagsOf(ex: Exchange): { secure: boolean; httpOnly: boolean } | undefined {
  const unknown = (ex as { unknownAttributes?: string[] }).unknownAttributes;
  return unknown ? { secure: unknown.includes('Secure'), httpOnly: unknown.includes('HttpOnly') } : undefined;
}

/** Where one replayed exchange stands: computed once per exchange, read by the replay and the rules. */
export interface ExchangePlace {
  host: string;
  /** Registrable domain of the host (tldts), or the host for IPs and localhost. */
  site: string;
  /** Site of the page, for the first/third-party question; the request's own for a navigation. */
  pageSite: string | null;
  /** The page's URL (a navigation's own): keys Partitioned cookies (CHIPS). */
  topLevelSite: string | null;
  now: number;
  https: boolean;
}

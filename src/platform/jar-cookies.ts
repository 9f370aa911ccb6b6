/**
 * The browser's jar for one page ("in the browser's jar now"): `cookies.getAll({ url })`, plus the
 * partitioned (CHIPS) cookies of the page's top-level site, which `getAll({ url })` leaves out.
 *
 * The two browsers differ, so every variant is feature-detected by trying it (never by user agent):
 * - Chrome 119+: `partitionKey: { topLevelSite }` selects a partition; without it only unpartitioned
 *   cookies come back.
 * - Firefox: `partitionKey` too (94+), and with first-party isolation on, every call without
 *   `firstPartyDomain` throws — `firstPartyDomain: null` asks for all first-party domains
 *   (MDN cookies.getAll; Bugzilla 1362834). Chrome rejects that unknown key, hence the retries.
 * A variant that throws is skipped; the read never rejects.
 *
 * The partition's top-level site (scheme + registrable domain) comes from the background's
 * `getTabSummary` reply: computing it here would pull the public-suffix list (tldts, ~47 KB gzipped)
 * into the popup bundle (docs/architecture.md §8 budget: 25 KB).
 *
 * Read by the popup and by the background (the panel's jar), which hold different `browser` objects (the
 * polyfill's, browser.ts; the browser's own, background-browser.ts): the `cookies` API is a parameter.
 */
import {
  type JarCookie,
  type JarRead,
  MAX_JAR_VALUE,
  type RawCookie,
  toJarCookie,
} from '../protocol/jar-cookie';

/** At most this many cookies are kept per read (a hostile site can set thousands). */
export const MAX_JAR_COOKIES = 300;

type GetAll = (details: Record<string, unknown>) => Promise<RawCookie[]>;

/** The caller's `cookies` API. Its details are not typed here: some variants carry a key one browser rejects. */
export interface CookiesApi {
  getAll(details: never): Promise<RawCookie[]>;
}

/** First variant that does not throw; null when all of them did. */
async function firstThatWorks(
  getAll: GetAll,
  variants: Record<string, unknown>[],
): Promise<RawCookie[] | null> {
  for (const details of variants) {
    try {
      const got = await getAll(details);
      if (Array.isArray(got)) return got;
    } catch {
      // Unsupported key in this browser, or first-party isolation wants firstPartyDomain: try the next.
    }
  }
  return null;
}

/**
 * `api`: `browser.cookies` of the caller (undefined without the permission). `topLevelSite`: the
 * page's CHIPS top-level site (`https://example.com`, from the background), or null to skip the
 * partitioned read (then `partitions` is 'not-read').
 */
export async function readJarCookies(
  api: CookiesApi | undefined,
  pageUrl: string | null,
  topLevelSite: string | null,
  maxValue = MAX_JAR_VALUE,
): Promise<JarRead> {
  if (!pageUrl) return { ok: false, code: 'no-url', message: 'the tab has no address we may read' };
  if (typeof api?.getAll !== 'function')
    return { ok: false, code: 'failed', message: 'the cookies API is not available here' };
  const getAll: GetAll = (details) => api.getAll(details as never);
  const plain = await firstThatWorks(getAll, [{ url: pageUrl }, { url: pageUrl, firstPartyDomain: null }]);
  if (plain === null) return { ok: false, code: 'failed', message: 'cookies.getAll refused this page' };
  const site = topLevelSite && /^https?:\/\/[^/]+$/.test(topLevelSite) ? topLevelSite : null;
  const partitioned = site
    ? await firstThatWorks(getAll, [
        { partitionKey: { topLevelSite: site } },
        { partitionKey: { topLevelSite: site }, firstPartyDomain: null },
      ])
    : null;

  const seen = new Set<string>();
  const cookies: JarCookie[] = [];
  let dropped = 0;
  for (const raw of [...plain, ...(partitioned ?? [])]) {
    const c = toJarCookie(raw, maxValue);
    const key = `${c.name}\u0000${c.domain}\u0000${c.path}\u0000${c.partitioned}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (cookies.length >= MAX_JAR_COOKIES) dropped++;
    else cookies.push(c);
  }
  return {
    ok: true,
    cookies,
    partitions: site === null ? 'not-read' : partitioned === null ? 'unsupported' : 'read',
    dropped,
  };
}

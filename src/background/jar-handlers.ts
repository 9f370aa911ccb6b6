/**
 * Message handlers over the browser's jar for the DevTools panel (issue #13; protocol in
 * src/protocol/messages.ts). Pure of extension APIs: the service worker passes the reads, so tests pass fakes.
 *
 * - `readPageJar { pageUrl, origins? }` → `{ ok: true, pageUrl, access, cookies, readHosts, unreadHosts,
 *   dropped }`: the jar of the inspected page (its URL, plus the partitioned cookies of its top-level
 *   site) and of the other origins its requests went to (at most MAX_ORIGINS), each read only with host
 *   access; `access` is the page's own. `cookies` are core `JarCookieFact`s.
 * - `openGrantPage { pageUrl }` → `{ ok: true }`: opens grant.html for the page's site in a tab — Firefox
 *   has no `permissions.request` in DevTools documents (Bugzilla 1796933), a tab's page has.
 */
import type { JarCookieFact } from '../core/analysis/jar-types';
import type { BadPayload, Handlers } from '../protocol/messages';
import { topLevelSiteOf } from './tab-summary-cache';

/** Origins read per request: a page talks to a few dozen hosts; a hostile list is cut here. */
export const MAX_ORIGINS = 40;
/** Cookies returned per read (all origins together). */
export const MAX_PAGE_JAR_COOKIES = 1000;
const MAX_URL = 8 * 1024;

export interface JarReadResult {
  cookies: JarCookieFact[];
  dropped: number;
}

export interface JarDeps {
  hasAccess(url: string): Promise<boolean>;
  /** The jar for `url`; `topLevelSite` asks for that CHIPS partition too (null: skip it). */
  read(url: string, topLevelSite: string | null): Promise<JarReadResult | null>;
  openTab(url: string): Promise<void>;
  /** grant.html's address for a page (runtime.getURL). */
  grantPageUrl(pageUrl: string): string;
}

function webUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function readPayload(payload: unknown): { page: URL; origins: URL[] } | null {
  const p = (payload ?? {}) as { pageUrl?: unknown; origins?: unknown };
  const page = webUrl(p.pageUrl);
  if (!page) return null;
  const origins: URL[] = [];
  const seen = new Set([page.origin]);
  for (const raw of Array.isArray(p.origins) ? p.origins.slice(0, MAX_ORIGINS * 4) : []) {
    const u = webUrl(raw);
    if (!u || seen.has(u.origin) || origins.length >= MAX_ORIGINS) continue;
    seen.add(u.origin);
    origins.push(u);
  }
  return { page, origins };
}

const bad: BadPayload = {
  ok: false,
  code: 'bad-payload',
  message: 'expected { pageUrl: <http(s) URL>, origins?: string[] }',
};

export function jarHandlers(deps: JarDeps): Pick<Handlers, 'readPageJar' | 'openGrantPage'> {
  return {
    readPageJar: async (payload) => {
      const req = readPayload(payload);
      if (!req) return bad;
      const topLevelSite = topLevelSiteOf(req.page.href);
      const cookies: JarCookieFact[] = [];
      const seen = new Set<string>();
      const readHosts: string[] = [];
      const unreadHosts: string[] = [];
      let dropped = 0;
      let access = false;
      const targets = [req.page, ...req.origins];
      const granted = await Promise.all(targets.map((u) => deps.hasAccess(u.href)));
      for (let i = 0; i < targets.length; i++) {
        const u = targets[i] as URL;
        const isPage = i === 0;
        if (!granted[i]) {
          if (!unreadHosts.includes(u.hostname)) unreadHosts.push(u.hostname);
          continue;
        }
        if (isPage) access = true;
        const got = await deps.read(isPage ? u.href : `${u.origin}/`, isPage ? topLevelSite : null);
        if (!got) {
          if (!unreadHosts.includes(u.hostname)) unreadHosts.push(u.hostname);
          continue;
        }
        if (!readHosts.includes(u.hostname)) readHosts.push(u.hostname);
        dropped += got.dropped;
        for (const c of got.cookies) {
          const key = `${c.name}\u0000${c.domain}\u0000${c.path}\u0000${c.partitionKey ?? ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (cookies.length >= MAX_PAGE_JAR_COOKIES) dropped++;
          else cookies.push(c);
        }
      }
      return { ok: true, pageUrl: req.page.href, access, cookies, readHosts, unreadHosts, dropped };
    },
    openGrantPage: async (payload) => {
      const page = webUrl((payload as { pageUrl?: unknown } | null)?.pageUrl);
      if (!page) return bad;
      await deps.openTab(deps.grantPageUrl(page.href));
      return { ok: true };
    },
  };
}

/**
 * What RFC 6265bis says about one Set-Cookie line, from Cookie Lens's own library (src/core/cookie):
 * a fresh CookieJar receives the line as the answer to the playground request, then is asked which
 * cookies a script on the page (§5.8.4 "non-HTTP API") and the next two requests (§5.8.3) would see.
 */
import { CookieJar } from '../../../src/core/cookie/cookie-jar';
import { rejectMessage } from '../../../src/core/cookie/reject-messages';
import type { SameSiteContext } from '../../../src/core/cookie/types';

export interface PlaygroundUrls {
  /** The URL that answered with the line (…/playground-set on the chosen site). */
  set: string;
  /** The lesson page (document.cookie is read there). */
  page: string;
  /** The next request to the same site (…/playground-check), whose Cookie header the server reads. */
  check: string;
  /** A request under /admin on the same site. */
  admin: string;
}

/** Where the browser can show a cookie: the page's script, and two Cookie headers. */
export interface Channels {
  documentCookie: boolean;
  cookieHeader: boolean;
  adminHeader: boolean;
}

export interface RfcVerdict extends Channels {
  stored: boolean;
  /** The jar's outcome: stored, deleted, ignored (deleted nothing) or rejected. */
  outcome: string;
  /** Why not, in one sentence with the RFC section; null when stored. */
  reason: string | null;
  /**
   * What the cookie would look like in a Cookie header ("name=value", or the bare value when nameless),
   * also for a rejected line, so the browser's read-back can be searched for it.
   */
  pair: string;
  cookie: {
    name: string;
    domain: string;
    hostOnly: boolean;
    path: string;
    secure: boolean;
    httpOnly: boolean;
    sameSite: string;
    expires: string;
  } | null;
  /** Parser warnings (duplicate-attribute, nameless, …). */
  warnings: string[];
}

function pairText(name: string, value: string): string {
  return name === '' ? value : `${name}=${value}`;
}

/** A line the parser refused (control character, oversize): its first segment, trimmed. */
function naivePair(line: string): string {
  const first = line.split(';')[0] ?? '';
  const eq = first.indexOf('=');
  return eq === -1 ? first.trim() : pairText(first.slice(0, eq).trim(), first.slice(eq + 1).trim());
}

/** True when `header` (a Cookie header or document.cookie) holds exactly `pair` as one of its cookies. */
export function holdsPair(header: string | null | undefined, pair: string): boolean {
  if (!header || pair === '') return false;
  return header.split(/;\s*/).includes(pair);
}

export function rfcVerdict(line: string, urls: PlaygroundUrls, crossSite: boolean, now: number): RfcVerdict {
  const jar = new CookieJar({ now: () => now });
  // §5.7 same-site-flag step: a response to a cross-site subresource request is "cross-site".
  const context: SameSiteContext = crossSite ? 'cross-site' : 'same-site';
  const result = jar.setCookie(line, urls.set, { sameSiteContext: context, now });
  const warnings = result.parsed.ok ? [...result.parsed.warnings] : [];
  const pair = result.parsed.ok ? pairText(result.parsed.name, result.parsed.value) : naivePair(line);
  const c = result.outcome === 'stored' || result.outcome === 'replaced' ? result.cookie : undefined;
  if (!c) {
    return {
      stored: false,
      outcome: result.outcome,
      reason:
        result.outcome === 'rejected'
          ? result.reason === undefined
            ? 'rejected'
            : rejectMessage(result.reason)
          : 'it expired on arrival: the jar deletes it at once (RFC 6265bis §5.7 step 24)',
      pair,
      cookie: null,
      warnings,
      documentCookie: false,
      cookieHeader: false,
      adminHeader: false,
    };
  }
  return {
    stored: true,
    outcome: result.outcome,
    reason: null,
    pair,
    cookie: {
      name: c.name,
      domain: c.domain,
      hostOnly: c.hostOnly,
      path: c.path,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite ?? 'not set (Lax by default)',
      expires: c.expiresAt === null ? 'session' : new Date(c.expiresAt).toISOString(),
    },
    warnings,
    // The page is always on the demo's first site; its script sees no HttpOnly cookie (§5.8.4).
    documentCookie: holdsPair(jar.cookieHeader(urls.page, { http: false, now }), pair),
    cookieHeader: holdsPair(jar.cookieHeader(urls.check, { sameSiteContext: context, now }), pair),
    adminHeader: holdsPair(jar.cookieHeader(urls.admin, { sameSiteContext: context, now }), pair),
  };
}

/**
 * The steps of RFC 6265bis §5.7 (storage model) that decide where a cookie lives and whether it may be
 * stored, as plain functions: `CookieJar.setCookie` runs them in the RFC's order. Plain functions, not
 * closures: the replay calls them once per Set-Cookie and closures per call cost measurably there.
 */
import { checkPrefixes } from './cookie-prefixes';
import type { CookieStore, Entry } from './cookie-store';
import { domainMatch, isIpAddress, pathMatch } from './domain-path-match';
import type { RequestUrl } from './request-url';
import type {
  Lifetime,
  ParsedSetCookieOk,
  PublicSuffixLookup,
  RejectCode,
  SameSiteContext,
  StoredCookie,
} from './types';

/** Where a cookie lives: its domain, and whether only that exact host gets it back. */
export interface CookieScope {
  domain: string;
  hostOnly: boolean;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * §5.7 step 8–10: Domain → host-only or domain cookie, or why the Domain is refused.
 * `psl` is null when public suffixes are not rejected (CookieJarOptions.rejectPublicSuffixes).
 */
export function cookieScope(
  domainAttr: string | null,
  req: RequestUrl,
  psl: PublicSuffixLookup | null,
): CookieScope | RejectCode {
  if (domainAttr === null) return { domain: req.host, hostOnly: true };
  let d = domainAttr;
  if (!isAscii(d)) return 'domain-invalid';
  if (psl !== null && !isIpAddress(d) && psl.publicSuffix(d) === d) {
    // A Domain equal to the host that is itself a public suffix becomes host-only (§5.7 step 9).
    if (d !== req.host) return 'public-suffix';
    d = '';
  }
  if (d === '') return { domain: req.host, hostOnly: true };
  if (!domainMatch(req.host, d)) return 'domain-mismatch';
  return { domain: d, hostOnly: false };
}

/** §5.7 step 16: a Secure cookie with this name whose domain overlaps and whose path covers `path`. */
function shadowsSecure(store: CookieStore, name: string, domain: string, path: string): boolean {
  if (!store.hasSecureNamed(name)) return false;
  for (const d of store.domains()) {
    if (!domainMatch(d, domain) && !domainMatch(domain, d)) continue;
    for (const e of store.entriesOf(d)) {
      if (e.c.secure && e.c.name === name && pathMatch(path, e.c.path)) return true;
    }
  }
  return false;
}

/** What the attribute checks look at besides the parsed header. */
export interface StoreContext {
  req: RequestUrl;
  scope: CookieScope;
  path: string;
  /** Set from an HTTP response (false: a non-HTTP API such as document.cookie). */
  http: boolean;
  sameSiteContext: SameSiteContext | undefined;
  store: CookieStore;
}

/** §5.7 step 13–21: the first attribute rule that refuses the cookie, in the RFC's order; null if none. */
export function attributeRejection(parsed: ParsedSetCookieOk, ctx: StoreContext): RejectCode | null {
  const a = parsed.attributes;
  const { req, scope, path } = ctx;
  // §5.7 step 13: Secure only from secure origins (loopback counts as secure).
  if (a.secure && !req.secure) return 'secure-from-insecure';
  // §5.7 step 15: HttpOnly only from HTTP.
  if (a.httpOnly && !ctx.http) return 'httponly-from-script';
  // §5.7 step 16: "leave secure cookies alone".
  if (!a.secure && !req.secure && shadowsSecure(ctx.store, parsed.name, scope.domain, path))
    return 'overwrite-secure';
  // §5.7 step 19: SameSite=None needs Secure.
  if (a.sameSite === 'none' && !a.secure) return 'samesite-none-insecure';
  // CHIPS: Partitioned needs Secure (Chromium rejects the cookie rather than store it unpartitioned).
  if (a.partitioned && !a.secure) return 'partitioned-insecure';
  // §5.7 same-site-flag step: a cross-site subresource response sets only SameSite=None cookies.
  if (ctx.sameSiteContext === 'cross-site' && a.sameSite !== 'none') return 'samesite-cross-site';
  // §5.7 step 20–21: cookie name prefixes.
  return checkPrefixes(parsed.name, parsed.value, a.secure, scope.hostOnly && a.domain === null, a.path);
}

/** The cookie as stored: a new one, or the replacement of `old` (§5.7 step 22 keeps its creation time). */
export function storedCookie(
  parsed: ParsedSetCookieOk,
  ctx: StoreContext,
  partitionKey: string | null,
  lifetime: Exclude<Lifetime, { kind: 'deletion' }>,
  old: Entry | undefined,
  now: number,
): StoredCookie {
  const a = parsed.attributes;
  const persistent = lifetime.kind === 'persistent';
  return {
    name: parsed.name,
    value: parsed.value,
    domain: ctx.scope.domain,
    path: ctx.path,
    hostOnly: ctx.scope.hostOnly,
    secure: a.secure,
    httpOnly: a.httpOnly,
    sameSite: a.sameSite,
    partitioned: a.partitioned,
    partitionKey,
    expiresAt: persistent ? lifetime.expiresAt : null,
    // §5.7 step 22: replacement keeps the old creation time.
    creationTime: old !== undefined ? old.c.creationTime : now,
    lastAccessTime: now,
    persistent,
  };
}

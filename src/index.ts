/**
 * Cookie Lens library entry (DESIGN §6): `import { … } from 'cookie-lens'`.
 * Everything exported here is pure core code that runs in Node, browsers and workers.
 */

// Cookie core (RFC 6265bis parsing, lifetimes, jar).
export { parseCookieDate } from './core/cookie/cookie-date';
export { parseCookieHeader } from './core/cookie/cookie-header-parser';
export { CookieJar } from './core/cookie/cookie-jar';
export { cookieLifetime, explainLifetime } from './core/cookie/cookie-lifetime';
export { parseSetCookie } from './core/cookie/set-cookie-parser';
export type {
  CookieHeaderOptions,
  CookieJarOptions,
  CookiePair,
  IgnoredAttribute,
  Lifetime,
  ParsedSetCookie,
  ParsedSetCookieError,
  ParsedSetCookieOk,
  ParseErrorCode,
  Priority,
  PublicSuffixLookup,
  RejectCode,
  SameSite,
  SameSiteContext,
  SetCookieAttributes,
  SetCookieOptions,
  SetCookieOutcome,
  SetCookieResult,
  StoredCookie,
  WarningCode,
} from './core/cookie/types';
export type { CookieRef, Exchange, Finding, Severity } from './core/model';
export { SEVERITY_ORDER } from './core/model';
export { VERSION } from './core/version';

/**
 * Types of the cookie core (docs/architecture.md §2–§3): what `parseSetCookie` returns, what the jar stores and what
 * `CookieJar.setCookie` reports. Pure types; every code is a stable machine-readable string that the
 * analysis engine, the CLI and the tests match on.
 */

/** Why an attribute was ignored or the header looked odd; the cookie itself may still be accepted. */
export type WarningCode =
  /** Expires did not parse with the RFC 6265bis §5.1.1 cookie-date algorithm. */
  | 'expires-invalid'
  /** Max-Age was not `-?DIGIT+` (RFC 6265bis §5.6.2). */
  | 'max-age-invalid'
  /** SameSite was not Strict/Lax/None: treated as if absent (RFC 6265bis §5.6.7). */
  | 'samesite-invalid'
  /** Priority was not Low/Medium/High (a Chrome extension of the header). */
  | 'priority-invalid'
  /** An attribute value over 1024 bytes: the attribute is ignored (RFC 6265bis §5.6 step 7). */
  | 'attribute-value-too-long'
  /** The same attribute appeared twice: the last one wins (RFC 6265bis §5.7 step 3 uses the last). */
  | 'duplicate-attribute'
  /** An attribute the user agent does not know: kept in `ignoredAttributes`. */
  | 'unknown-attribute'
  /** An empty name (`value` or `=value`): a nameless cookie, sent as its bare value (RFC 6265bis §5.6 step 3). */
  | 'nameless'
  /** An empty Domain attribute value: ignored (RFC 6265bis §5.6.3). */
  | 'domain-empty'
  /** A Path attribute that is empty or does not start with `/`: the default path is used (§5.6.4). */
  | 'path-invalid';

/** Why a whole header is rejected by the parser (nothing is stored). */
export type ParseErrorCode =
  /** A CTL other than HTAB in the header (RFC 6265bis §5.6 step 1). */
  | 'control-characters'
  /** Both the name and the value are empty (RFC 6265bis §5.6 step 6). */
  | 'nameless-empty'
  /** name + value longer than 4096 bytes (RFC 6265bis §5.6 step 7). */
  | 'oversize'
  /** Not a string at all (hostile callers). */
  | 'not-a-string';

export type SameSite = 'strict' | 'lax' | 'none';
export type Priority = 'low' | 'medium' | 'high';

export interface SetCookieAttributes {
  /** Parsed Expires (cookie-date), or null when absent/invalid/ignored. */
  expires: Date | null;
  /** Max-Age in seconds (may be <= 0), or null when absent/invalid/ignored. */
  maxAge: number | null;
  /** Domain as written, with one leading `.` removed and lower-cased (§5.6.3), or null. */
  domain: string | null;
  /** Path when it starts with `/`, else null (the jar then uses the default path, §5.6.4). */
  path: string | null;
  secure: boolean;
  httpOnly: boolean;
  /** The enforced SameSite value; null when absent or invalid (invalid = default behaviour). */
  sameSite: SameSite | null;
  /** SameSite exactly as written (even invalid), or null when absent. */
  sameSiteRaw: string | null;
  partitioned: boolean;
  /** Priority (Chrome), null when absent or invalid. */
  priority: Priority | null;
}

export interface IgnoredAttribute {
  name: string;
  value: string;
}

export interface ParsedSetCookieOk {
  ok: true;
  name: string;
  value: string;
  /** The header exactly as received. */
  raw: string;
  attributes: SetCookieAttributes;
  /** Unknown attributes and attributes whose value was too long, in order. */
  ignoredAttributes: IgnoredAttribute[];
  /** Unique warning codes, in first-seen order. */
  warnings: WarningCode[];
}

export interface ParsedSetCookieError {
  ok: false;
  code: ParseErrorCode;
  message: string;
  raw: string;
}

export type ParsedSetCookie = ParsedSetCookieOk | ParsedSetCookieError;

export interface CookiePair {
  name: string;
  value: string;
}

/** `session`: no Max-Age/Expires. `deletion`: Max-Age <= 0 or Expires in the past. */
export type Lifetime =
  | { kind: 'session' }
  | {
      kind: 'persistent';
      /** Epoch ms, already capped. */
      expiresAt: number;
      /** True when the requested expiry was beyond 400 days and got capped (§5.6.1/§5.6.2). */
      capped: boolean;
      /** Which attribute decided the expiry. */
      source: 'max-age' | 'expires';
      /** Both Max-Age and Expires were present (Max-Age wins). */
      bothPresent: boolean;
      /** The Max-Age in seconds when it decided the expiry. */
      maxAge?: number;
    }
  | { kind: 'deletion'; source: 'max-age' | 'expires' };

/** A cookie in the jar (RFC 6265bis §5.7 storage model). */
export interface StoredCookie {
  name: string;
  value: string;
  /** Canonical (lower-case) domain without a leading dot. */
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  /** null = no (valid) SameSite attribute: the browser's default. */
  sameSite: SameSite | null;
  partitioned: boolean;
  /**
   * CHIPS partition (draft-cutler-httpbis-partitioned-cookies): the schemeful top-level site the
   * cookie was set under, e.g. `https://example.com` (Chrome's `partitionKey.topLevelSite`); null for
   * an unpartitioned cookie. Part of the cookie's identity: (name, domain, path, partitionKey).
   */
  partitionKey: string | null;
  /** Epoch ms; null for a session cookie. */
  expiresAt: number | null;
  creationTime: number;
  lastAccessTime: number;
  persistent: boolean;
}

/** Why the jar refused a cookie. */
export type RejectCode =
  | ParseErrorCode
  | 'invalid-url'
  | 'secure-from-insecure'
  | 'prefix-host'
  | 'prefix-secure'
  | 'samesite-none-insecure'
  | 'domain-mismatch'
  | 'domain-invalid'
  | 'public-suffix'
  | 'overwrite-secure'
  | 'httponly-from-script'
  | 'overwrite-httponly-from-script'
  | 'samesite-cross-site'
  /** `Partitioned` without `Secure` (CHIPS, draft-cutler-httpbis-partitioned-cookies; Chromium rejects it). */
  | 'partitioned-insecure';

export type SetCookieOutcome = 'stored' | 'replaced' | 'deleted' | 'rejected' | 'ignored';

export interface SetCookieResult {
  /**
   * `stored`: new cookie; `replaced`: same (name, domain, path, partition) replaced (creation time kept);
   * `deleted`: an expired cookie removed an existing one; `ignored`: an expired cookie with nothing
   * to delete; `rejected`: refused, see `reason`.
   */
  outcome: SetCookieOutcome;
  /** Why a `rejected` cookie was refused; in words: `rejectMessage(reason)` (reject-messages.ts). */
  reason?: RejectCode;
  /** The cookie as stored (stored/replaced) or as removed (deleted). */
  cookie?: StoredCookie;
  parsed: ParsedSetCookie;
}

export interface SetCookieOptions {
  /** false = set from a non-HTTP API (document.cookie): HttpOnly cookies are refused (§5.7 step 10). */
  http?: boolean;
  /** Override "now" for this call (epoch ms). */
  now?: number;
  /**
   * Where the response came from (RFC 6265bis §5.7, the same-site-flag step): `same-site` (default)
   * and `lax` (a top-level navigation) may set any cookie; a `cross-site` subresource response may only
   * set SameSite=None cookies — Strict, Lax and the unspecified default ("Lax-by-default") are ignored.
   */
  sameSiteContext?: SameSiteContext;
  /**
   * The top-level site the response was received under (the page in the address bar), as a URL
   * (`https://www.example.com/page`), a schemeful site (`https://example.com`) or a bare host
   * (`example.com`, taken as https). It keys a `Partitioned` cookie (CHIPS). Absent or unusable: the
   * response URL's own site, i.e. a first-party (top-level) response.
   */
  topLevelSite?: string | null;
}

/** Same-site context of a request (RFC 6265bis §5.8.3 / §5.2). */
export type SameSiteContext = 'same-site' | 'lax' | 'cross-site';

export interface CookieHeaderOptions {
  /** false = non-HTTP API (document.cookie): HttpOnly cookies are excluded. Default true. */
  http?: boolean;
  /**
   * `same-site` (default): all cookies; `lax`: a cross-site top-level safe navigation (Strict excluded);
   * `cross-site`: only SameSite=None cookies.
   */
  sameSiteContext?: SameSiteContext;
  /** Update lastAccessTime of the returned cookies (default true). */
  updateAccessTime?: boolean;
  now?: number;
  /**
   * The top-level site of the request (same forms as `SetCookieOptions.topLevelSite`): partitioned
   * cookies are sent only when their partition key is this site. Absent or unusable: the request URL's
   * own site (a first-party request). Unpartitioned cookies ignore it.
   */
  topLevelSite?: string | null;
}

export interface PublicSuffixLookup {
  /** The public suffix of a host (e.g. `co.uk` for `a.b.co.uk`), or null when unknown. */
  publicSuffix(host: string): string | null;
}

export interface CookieJarOptions {
  now?: () => number;
  publicSuffix?: PublicSuffixLookup;
  /** Reject cookies whose Domain is a public suffix (default true). */
  rejectPublicSuffixes?: boolean;
}

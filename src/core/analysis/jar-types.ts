/**
 * The browser's cookie jar as facts the analysis can join (issue #13): a plain, typed list the platform
 * layer reads with `cookies.getAll` / `cookies.onChanged` and hands to the pure join (jar-join.ts).
 * No extension types here: core stays runnable in Node.
 */
import type { StoredCookie } from '../cookie/types';

/**
 * One cookie as the browser holds it (chrome.cookies.Cookie / Firefox's cookies.Cookie, normalised):
 * the replay's StoredCookie fields, with the domain, expiry and partition as the browser reports them.
 */
export interface JarCookieFact
  extends Pick<StoredCookie, 'name' | 'value' | 'path' | 'hostOnly' | 'secure' | 'httpOnly' | 'sameSite'> {
  /** As the browser reports it: a leading "." marks a domain cookie in Chrome. */
  domain: string;
  /** Epoch ms; null for a session cookie. */
  expiresAt: number | null;
  /** CHIPS partition (`partitionKey.topLevelSite`, e.g. `https://example.com`), null when unpartitioned. */
  partitionKey: string | null;
}

/**
 * `cookies.onChanged` as it arrived (the `cause` is the browser's: explicit, overwrite, expired,
 * expired_overwrite, evicted). Chrome reports `explicit` both for HTTP responses and for
 * `document.cookie`, so the join tells them apart by the capture (jar-join.ts).
 */
export interface JarChange {
  cookie: JarCookieFact;
  removed: boolean;
  cause: string;
  /** Epoch ms when the panel received it. */
  at: number;
}

/** One read of the jar for the inspected page, plus the changes seen since the panel opened. */
export interface JarSnapshot {
  /** The inspected page's URL when the jar was read. */
  pageUrl: string;
  cookies: JarCookieFact[];
  /** Hosts whose cookies were read (host access granted). */
  readHosts: string[];
  /** Hosts the capture touched but the extension may not read (no host access). */
  unreadHosts: string[];
  /** Cookies the bounded read left out (MAX per read). */
  dropped: number;
  changes: JarChange[];
  /** Epoch ms of the read: the clock the join judges expiry with. */
  readAt: number;
}

/** Why the replay and the jar disagree about one cookie (never a silent difference). */
export type JarDisagreement =
  | 'refused-third-party'
  | 'partitioned'
  | 'partitioned-by-browser'
  | 'changed-by-script'
  | 'removed-by-script'
  | 'expired'
  | 'evicted'
  | 'stored-despite-replay'
  | 'flags-differ';

/** What the join learnt about one tracked cookie from the jar. */
export interface JarStatus {
  /** In the jar now; false = the host was read and the cookie is not there. */
  inJar: boolean;
  /** Human differences, "the replay says X, the jar holds Y"; empty when they agree. */
  differences: string[];
  /** The likeliest reason for the differences, null when they agree. */
  reason: JarDisagreement | null;
  /** One sentence a developer reads in the detail pane. */
  explanation: string | null;
  /** Written by a script (`document.cookie`) or an extension while the panel was open. */
  scriptSet: boolean;
}

/**
 * The data model shared by every ring (docs/architecture.md §2). Pure types: no runtime code, no imports from the
 * outer rings.
 */
import type { RejectCode } from './cookie/types';

/** One request/response pair as the analysis sees it, whatever captured it (devtools, HAR, webRequest). */
export interface Exchange {
  /** Stable within one capture; findings and flow events point at it. */
  id: string;
  /** Epoch milliseconds. */
  startedAt: number;
  url: string;
  method: string;
  status: number;
  /** URL of the top-level document the request belongs to, for first- vs third-party. */
  pageUrl: string | null;
  /** The `Cookie` request header as sent, or null when none was sent (or `cookieHeaderUnknown`). */
  requestCookieHeader: string | null;
  /**
   * The capture never recorded the headers as sent, only Chromium's provisional ones
   * (har/provisional-headers.ts): which cookies the request carried is unknown, and
   * `requestCookieHeader` is null for that reason, not because none was sent.
   */
  cookieHeaderUnknown?: boolean;
  /** Every `Set-Cookie` response header, one entry per header line. */
  setCookieHeaders: string[];
  /** The `Authorization` request header, when present (Bearer JWTs are judged too). */
  authorizationHeader?: string | null;
  /** e.g. 'document', 'xhr', 'fetch', 'script', 'other' — when the source knows it. */
  initiatorType?: string;
  /** Served from cache: no Set-Cookie from it reached the jar. */
  fromCache?: boolean;
  /** Anti-CSRF tokens the request carried (headers, URL parameters): echoed cookies are CSRF tokens. */
  csrfTokens?: CsrfToken[];
}

export interface CsrfToken {
  /** Where it was sent, in words: "the X-CSRF-Token header", "the csrfToken parameter". */
  where: string;
  value: string;
}

export type Severity = 'high' | 'medium' | 'low' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export interface CookieRef {
  name: string;
  domain: string;
  path: string;
}

/**
 * A bound that dropped data (issue #19: no silent truncation). `kind` is stable for tools; `message` is
 * one sentence for a person. Whatever reports on input that hit one must say so (CLI stderr and the
 * report's `limits`, a notice in the panel).
 */
export interface DataLimit {
  kind: 'har-entries' | 'url-size' | 'header-size' | 'header-count' | 'har-cookies' | 'capture-ring';
  /** The bound that was reached. */
  limit: number;
  /** How many items it dropped or cut. */
  dropped: number;
  message: string;
}

/**
 * One problem found. Why it matters, how to fix it and the references are the same for every finding of
 * a rule: they are looked up by `rule` (rules/rule-texts.ts `ruleTexts`) where a finding is shown, so
 * the code that only judges (the background's tab summaries) never loads them (issue #16). Likewise a
 * rejected cookie's reason in words: `findingMessage` (rules/finding-message.ts) adds it to `message`.
 */
export interface Finding {
  /** Stable rule id from docs/architecture.md §5, e.g. `auth-no-httponly`. */
  rule: string;
  severity: Severity;
  cookie: CookieRef | null;
  /** The exchange(s) that show the problem. */
  exchanges: string[];
  /** What a person reads is `findingMessage(finding)`: this, plus the reason in words of a rejection. */
  message: string;
  /**
   * For the `rejected-*` rules: why the jar refused the cookie. Its sentence (cookie/reject-messages.ts)
   * ends the message as shown and reported; it is looked up there, not carried (issue #16).
   */
  rejectReason?: RejectCode;
  /**
   * Cookie or claim values this finding's message quotes (`isAdmin=1 is a yes/no flag`): what "Mask
   * values" must hide wherever the message is shown or exported (text/mask-text.ts).
   */
  quoted?: string[];
  /**
   * Fine on this machine: the problem exists only once the site leaves http on localhost (e.g. an auth
   * cookie without Secure on local http). It does not fail a dev site's grade, but it is listed as
   * something to fix before production (issue #18).
   */
  localOnly?: true;
}

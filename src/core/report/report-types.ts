/** The JSON report of docs/architecture.md §6 (`cookie-lens audit --format json`, library `audit(har)`). */

import type { SiteSummary } from '../analysis/site-summary';
import type { CookieRef, DataLimit, Severity } from '../model';
import type { Confidence, Role } from '../roles/classify-role';

export interface ReportCookie {
  name: string;
  domain: string;
  path: string;
  /** null when the cookie was only seen in a Cookie header (scope unknown). */
  hostOnly: boolean | null;
  /** `unknown`: only seen sent, never set in the capture. */
  lifetime: 'session' | 'persistent' | 'deletion' | 'unknown';
  /** ISO 8601 expiry of a persistent cookie, else null. */
  expires: string | null;
  /** null = unknown: only seen sent (never set in the capture), so the flag was never observed. */
  secure: boolean | null;
  httpOnly: boolean | null;
  /** `unspecified`: set without a valid SameSite (the browser's default, Lax); null = unknown. */
  sameSite: 'strict' | 'lax' | 'none' | 'unspecified' | null;
  /** Where the attributes come from: a Set-Cookie line, the browser's jar, or null (unknown). */
  attributesFrom: 'set-cookie' | 'jar' | null;
  partitioned: boolean;
  /** CHIPS: the top-level site the cookie is keyed to (`https://example.com`), null when unpartitioned. */
  partitionKey: string | null;
  role: Role;
  /** How strong the evidence for the role is (high, medium, low): auth findings soften below high. */
  roleConfidence: Confidence;
  roleReasons: string[];
  /** Decoded (unverified) JWT header and payload, or null. */
  jwt: {
    header: Record<string, unknown>;
    payload: Record<string, unknown>;
    /** Claims nested deeper than 32 levels were cut ("[nested deeper than …]", values/bounded-json.ts). */
    tooDeep?: true;
  } | null;
  setBy: string[];
  sentOn: string[];
  /**
   * What the browser's jar says (issue #13), present only when the jar was read for its host:
   * in the jar or not, and where it disagrees with the headers, how and the likely reason.
   */
  jar?: {
    inJar: boolean;
    reason: string | null;
    explanation: string | null;
    differences: string[];
    scriptSet: boolean;
  };
}

/** A Set-Cookie line the browser would drop (RFC 6265bis §5.6–5.7): never silently left out. */
export interface ReportRejectedCookie {
  name: string;
  domain: string;
  path: string;
  /** The jar's reject code (`samesite-cross-site`, `domain-mismatch`, …) and its explanation. */
  reason: string;
  message: string;
  /** The exchange whose Set-Cookie was rejected (the last one, when it was tried several times). */
  exchange: string;
}

/**
 * What the replayed jar did with one `Set-Cookie` line (RFC 6265bis §5.7): the analysis' verdict, the
 * same one the panel's Requests and Flow tabs draw (core exchange-verdicts.ts).
 */
export interface ReportSetCookie {
  /** The cookie the line was for: its key (name, domain, path), as in `cookies` and `rejectedCookies`. */
  name: string;
  /** null when the line was not judged (`not-replayed`). */
  domain: string | null;
  path: string | null;
  /**
   * `stored` a new cookie, `updated` one already known, `deleted` (an expiry in the past), `rejected`
   * (see `reason`), `not-replayed`: the request never reached the network (a cache hit) or had no usable URL.
   */
  outcome: 'stored' | 'updated' | 'deleted' | 'rejected' | 'not-replayed';
  /** For `rejected`: the jar's reject code, as in `rejectedCookies`; else null. */
  reason: string | null;
}

/** One analysed request, so a finding's `exchange` id can be looked up. */
export interface ReportExchange {
  id: string;
  method: string;
  url: string;
  status: number;
  /** ISO 8601 start time, or null when the capture had none usable. */
  time: string | null;
  /**
   * True when the capture recorded only the browser's provisional request headers (Chromium's
   * "Provisional headers are shown"): which cookies this request sent is unknown. Absent otherwise.
   */
  cookieHeaderUnknown?: true;
  /** Each Set-Cookie line of the response with its verdict, in header order; absent when there was none. */
  setCookies?: ReportSetCookie[];
  /** Lines past the analysis' bound per response (200), not listed in `setCookies`. */
  setCookiesNotListed?: number;
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  cookie: CookieRef | null;
  /** The first exchange that shows the problem. */
  exchange: string | null;
  /** That exchange as a person reads it: `GET https://example.com/login` (null when unknown). */
  request: string | null;
  message: string;
  fix: string;
  refs: string[];
}

export interface ReportSite extends SiteSummary {
  /** How `score` and `grade` are computed (site-summary.ts). */
  gradeFormula: string;
}

/** A bound that dropped data (core DataLimit): a report with limits did not cover all of its input. */
export type ReportLimit = DataLimit;

export interface Report {
  tool: { name: 'cookie-lens'; version: string };
  /**
   * Bounds that dropped data while reading or analysing the input; absent or empty when everything was
   * read. `audit --fail-on` refuses (exit 2) a report with limits unless `--allow-partial` is given.
   */
  limits?: ReportLimit[];
  /** Set by the panel's exports under "Mask values": the values in this report were replaced by a mask. */
  masked?: true;
  /** How many exchanges the report covers (all of the capture, or those of `--site`). */
  exchanges: number;
  /** Those exchanges; empty when the caller of `buildReport` did not pass them. */
  requests: ReportExchange[];
  cookies: ReportCookie[];
  /** Cookies the browser refused: each also has a `rejected-*` finding. */
  rejectedCookies: ReportRejectedCookie[];
  findings: ReportFinding[];
  sites: ReportSite[];
}

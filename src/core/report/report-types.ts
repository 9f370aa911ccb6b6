/** The JSON report of docs/architecture.md §6 (`cookie-lens audit --format json`, library `audit(har)`). */

import type { SiteSummary } from '../analysis/site-summary';
import type { CookieRef, Severity } from '../model';
import type { Role } from '../roles/classify-role';

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
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'strict' | 'lax' | 'none' | null;
  partitioned: boolean;
  /** CHIPS: the top-level site the cookie is keyed to (`https://example.com`), null when unpartitioned. */
  partitionKey: string | null;
  role: Role;
  roleReasons: string[];
  /** Decoded (unverified) JWT header and payload, or null. */
  jwt: { header: Record<string, unknown>; payload: Record<string, unknown> } | null;
  setBy: string[];
  sentOn: string[];
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  cookie: CookieRef | null;
  /** The first exchange that shows the problem. */
  exchange: string | null;
  message: string;
  fix: string;
  refs: string[];
}

export interface ReportSite extends SiteSummary {
  /** How `score` and `grade` are computed (site-summary.ts). */
  gradeFormula: string;
}

export interface Report {
  tool: { name: 'cookie-lens'; version: string };
  exchanges: number;
  cookies: ReportCookie[];
  findings: ReportFinding[];
  sites: ReportSite[];
}

/**
 * Per-site summaries (popup, CLI, report `sites[]`): counts by lifetime and role, findings by severity,
 * and a letter grade.
 *
 * Grade formula (also stated in the report as GRADE_FORMULA): start at 100, subtract 30 per high,
 * 10 per medium and 3 per low finding (info costs nothing), floor at 0; A >= 90, B >= 80, C >= 70,
 * D >= 60, else F. One high finding (an auth cookie readable by scripts) therefore caps a site at C.
 */
import type { Finding, Severity } from '../model';
import type { TrackedCookie } from './flow-types';
import { siteOfHost } from './site-of';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export const GRADE_FORMULA =
  'score = max(0, 100 - 30*high - 10*medium - 3*low); A >= 90, B >= 80, C >= 70, D >= 60, else F';

const PENALTY: Record<Severity, number> = { high: 30, medium: 10, low: 3, info: 0 };

export interface SiteSummary {
  site: string;
  cookies: number;
  session: number;
  persistent: number;
  deleted: number;
  auth: number;
  jwt: number;
  thirdParty: number;
  findings: Record<Severity, number>;
  score: number;
  grade: Grade;
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  return 'F';
}

export function scoreFor(counts: Record<Severity, number>): number {
  const penalty = counts.high * PENALTY.high + counts.medium * PENALTY.medium + counts.low * PENALTY.low;
  return Math.max(0, 100 - penalty);
}

export function emptySiteSummary(site: string): SiteSummary {
  return {
    site,
    cookies: 0,
    session: 0,
    persistent: 0,
    deleted: 0,
    auth: 0,
    jwt: 0,
    thirdParty: 0,
    findings: { high: 0, medium: 0, low: 0, info: 0 },
    score: 100,
    grade: 'A',
  };
}

export function siteSummaries(
  cookies: readonly TrackedCookie[],
  findings: readonly { finding: Finding; site: string }[],
): SiteSummary[] {
  const sites = new Map<string, SiteSummary>();
  const get = (site: string) => {
    let s = sites.get(site);
    if (s === undefined) {
      s = emptySiteSummary(site);
      sites.set(site, s);
    }
    return s;
  };
  for (const c of cookies) {
    if (c.state === 'rejected') continue; // never stored: not a cookie of the site
    const s = get(siteOfHost(c.domain));
    s.cookies++;
    if (c.state === 'deleted') s.deleted++;
    else if (c.lifetime?.kind === 'persistent') s.persistent++;
    else s.session++;
    if (c.role.role === 'auth') s.auth++;
    if (c.facts?.jwt || c.facts?.jwe) s.jwt++;
    if (c.thirdParty) s.thirdParty++;
  }
  for (const { finding, site } of findings) {
    const s = get(finding.cookie ? siteOfHost(finding.cookie.domain) : site);
    s.findings[finding.severity]++;
  }
  for (const s of sites.values()) {
    s.score = scoreFor(s.findings);
    s.grade = gradeFor(s.score);
  }
  return [...sites.values()].sort((a, b) => b.cookies - a.cookies || a.site.localeCompare(b.site));
}

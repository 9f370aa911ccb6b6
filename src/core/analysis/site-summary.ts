/**
 * Per-site summaries (popup, CLI, report `sites[]`): counts by lifetime and role, findings by severity,
 * and a letter grade (grade.ts: the formula, also stated in the report as GRADE_FORMULA).
 */
import type { Finding, Severity } from '../model';
import type { TrackedCookie } from './flow-types';
import { type Grade, gradeFor, scoreFor } from './grade';
import { siteOfHost } from './site-of';

export { GRADE_FORMULA, type Grade, gradeFor, scoreFor } from './grade';

export interface SiteSummary {
  site: string;
  cookies: number;
  session: number;
  persistent: number;
  /** Only seen sent: lifetime never observed (not counted as session). */
  unknown: number;
  deleted: number;
  auth: number;
  jwt: number;
  thirdParty: number;
  findings: Record<Severity, number>;
  score: number;
  grade: Grade;
}

export function emptySiteSummary(site: string): SiteSummary {
  return {
    site,
    cookies: 0,
    session: 0,
    persistent: 0,
    unknown: 0,
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
    else if (c.lifetime === null) s.unknown++;
    else if (c.lifetime.kind === 'persistent') s.persistent++;
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

/**
 * One summary for everything captured on the tab: the page's own site and the third parties it
 * loaded. It sums the per-site summaries of the core analysis and grades with the same formula
 * (site-summary.ts), so its high count is the number the toolbar badge shows for the tab.
 */
import type { Analysis } from '../../core/analysis/analyzer';
import { type Grade, gradeFor, scoreFor } from '../../core/analysis/site-summary';
import type { Severity } from '../../core/model';

export interface TabSummary {
  sites: number;
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

export function tabSummary(analysis: Pick<Analysis, 'sites'>): TabSummary {
  const t: TabSummary = {
    sites: analysis.sites.length,
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
  for (const s of analysis.sites) {
    t.cookies += s.cookies;
    t.session += s.session;
    t.persistent += s.persistent;
    t.deleted += s.deleted;
    t.auth += s.auth;
    t.jwt += s.jwt;
    t.thirdParty += s.thirdParty;
    t.findings.high += s.findings.high;
    t.findings.medium += s.findings.medium;
    t.findings.low += s.findings.low;
    t.findings.info += s.findings.info;
  }
  t.score = scoreFor(t.findings);
  t.grade = gradeFor(t.score);
  return t;
}

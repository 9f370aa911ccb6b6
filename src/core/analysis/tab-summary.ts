/**
 * One summary for everything captured on the tab: the page's own site and the third parties it
 * loaded. It sums the per-site summaries of the core analysis and grades with the same formula
 * (site-summary.ts), so its high count is the number the toolbar badge shows for the tab.
 */
import type { Analysis } from './analyzer';
import { emptySiteSummary, gradeFor, type SiteSummary, scoreFor } from './site-summary';

export interface TabSummary extends Omit<SiteSummary, 'site'> {
  sites: number;
}

export function tabSummary(analysis: Pick<Analysis, 'sites'>): TabSummary {
  const { site: _site, ...counts } = emptySiteSummary('');
  const t: TabSummary = { sites: analysis.sites.length, ...counts };
  for (const s of analysis.sites) {
    t.cookies += s.cookies;
    t.session += s.session;
    t.persistent += s.persistent;
    t.unknown += s.unknown;
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

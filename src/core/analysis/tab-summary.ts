/**
 * One summary for everything captured on the tab: the page's own site and the third parties it
 * loaded. It sums the per-site summaries of the core analysis and grades with the same formula
 * (site-summary.ts), so its high count is the number the toolbar badge shows for the tab.
 */
import type { Finding, Severity } from '../model';
import type { Analysis } from './analyzer';
import { emptySiteSummary, type Grade, gradeFor, type SiteSummary, scoreFor } from './site-summary';

/**
 * `score`/`grade` are for production: every finding counts. `localOnly` counts the findings that are
 * fine on this machine (Finding.localOnly); `machineScore`/`machineGrade` leave them out, so a dev site
 * on local http is not failed for what only matters once deployed (issue #18).
 */
export interface TabSummary extends Omit<SiteSummary, 'site'> {
  sites: number;
  localOnly: Record<Severity, number>;
  machineScore: number;
  machineGrade: Grade;
}

/** The findings that are fine on this machine, by severity. */
export function localOnlyCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (f.localOnly) c[f.severity]++;
  return c;
}

export function tabSummary(
  analysis: Pick<Analysis, 'sites'> & { findings?: readonly Finding[] },
): TabSummary {
  const { site: _site, ...counts } = emptySiteSummary('');
  const localOnly = localOnlyCounts(analysis.findings ?? []);
  const t: TabSummary = {
    sites: analysis.sites.length,
    ...counts,
    localOnly,
    machineScore: 100,
    machineGrade: 'A',
  };
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
  const onMachine = { ...t.findings };
  for (const s of ['high', 'medium', 'low', 'info'] as const)
    onMachine[s] = Math.max(0, onMachine[s] - localOnly[s]);
  t.machineScore = scoreFor(onMachine);
  t.machineGrade = gradeFor(t.machineScore);
  return t;
}

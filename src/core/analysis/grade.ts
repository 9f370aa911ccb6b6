/**
 * The letter grade of a site or tab (site-summary.ts, tab-summary.ts). Kept apart from the summaries,
 * which need the public-suffix list, so the popup can show the formula without bundling tldts.
 *
 * Start at 100, subtract 30 per high, 10 per medium and 3 per low finding (info costs nothing), floor
 * at 0; A >= 90, B >= 80, C >= 70, D >= 60, else F. One high finding (an auth cookie readable by
 * scripts) therefore caps a site at C.
 */
import type { Severity } from '../model';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export const GRADE_FORMULA =
  'score = max(0, 100 - 30*high - 10*medium - 3*low); A >= 90, B >= 80, C >= 70, D >= 60, else F';

const PENALTY: Record<Severity, number> = { high: 30, medium: 10, low: 3, info: 0 };

export function scoreFor(counts: Record<Severity, number>): number {
  const penalty = counts.high * PENALTY.high + counts.medium * PENALTY.medium + counts.low * PENALTY.low;
  return Math.max(0, 100 - penalty);
}

/** The score and grade in words: what was taken off for what (the popup's explanation). */
export function scoreInWords(counts: Record<Severity, number>): string {
  const parts = (['high', 'medium', 'low'] as const)
    .filter((s) => counts[s] > 0)
    .map(
      (s) => `${PENALTY[s] * counts[s]} for ${counts[s]} ${s}-severity finding${counts[s] === 1 ? '' : 's'}`,
    );
  const score = scoreFor(counts);
  const taken = parts.length === 0 ? 'nothing taken off' : `minus ${parts.join(', ')}`;
  const info = counts.info > 0 ? ` (${counts.info} informational cost nothing)` : '';
  return `Starts at 100, ${taken}${info}: ${score} of 100, grade ${gradeFor(score)} (A from 90, B from 80, C from 70, D from 60, F below).`;
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 60) return 'D';
  return 'F';
}

/**
 * The letter grade, big and coloured, with the score explained in words one click away. On a dev site
 * (http on localhost) the big grade is for this machine: findings that only matter once deployed
 * (Finding.localOnly) do not fail it, but a second line says what production would make of them.
 */

import { GRADE_FORMULA, scoreInWords } from '../../core/analysis/grade';
import type { TabSummary } from '../../core/analysis/tab-summary';
import type { Severity } from '../../core/model';

const total = (c: Record<Severity, number>) => c.high + c.medium + c.low + c.info;

function minus(a: Record<Severity, number>, b: Record<Severity, number>): Record<Severity, number> {
  return {
    high: Math.max(0, a.high - b.high),
    medium: Math.max(0, a.medium - b.medium),
    low: Math.max(0, a.low - b.low),
    info: Math.max(0, a.info - b.info),
  };
}

export function GradeCard({ summary }: { summary: TabSummary }) {
  const f = summary.findings;
  const local = total(summary.localOnly);
  const scope = local > 0 ? 'On this machine' : 'Grade';
  return (
    <div class="pp-grade-card">
      <div
        class={`pp-grade pp-grade-${summary.machineGrade}`}
        data-testid="grade"
        title={GRADE_FORMULA}
        role="img"
        aria-label={`${scope}: grade ${summary.machineGrade}, score ${summary.machineScore} of 100`}
      >
        {summary.machineGrade}
      </div>
      {local > 0 && <p class="pp-grade-scope">on this machine</p>}
      <details class="pp-formula">
        <summary data-testid="score">score {summary.machineScore}/100</summary>
        <p data-testid="score-words">{scoreInWords(local > 0 ? minus(f, summary.localOnly) : f)}</p>
        <p>
          Findings here: {f.high} high, {f.medium} medium, {f.low} low, {f.info} info.
        </p>
      </details>
    </div>
  );
}

/** Below the grade on a dev site: what production would make of the findings fine on local http. */
export function ProductionNote({ summary }: { summary: TabSummary }) {
  const local = total(summary.localOnly);
  if (local === 0) return null;
  return (
    <p class="pp-production" data-testid="production">
      <strong>Not ready for production:</strong> {local} finding{local === 1 ? ' is' : 's are'} fine on local
      http but must be fixed before deploying (marked below; with {local === 1 ? 'it' : 'them'} the grade is{' '}
      {summary.grade}, score {summary.score}/100).
    </p>
  );
}

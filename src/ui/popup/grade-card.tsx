/** The letter grade, big and coloured, with the formula one click (or hover) away. */

import { GRADE_FORMULA } from '../../core/analysis/grade';
import type { TabSummary } from '../../core/analysis/tab-summary';

export function GradeCard({ summary }: { summary: TabSummary }) {
  const f = summary.findings;
  return (
    <div class="pp-grade-card">
      <div
        class={`pp-grade pp-grade-${summary.grade}`}
        data-testid="grade"
        title={GRADE_FORMULA}
        role="img"
        aria-label={`Grade ${summary.grade}, score ${summary.score} of 100`}
      >
        {summary.grade}
      </div>
      <details class="pp-formula">
        <summary data-testid="score">score {summary.score}/100</summary>
        <p>{GRADE_FORMULA}</p>
        <p>
          Here: {f.high} high, {f.medium} medium, {f.low} low, {f.info} info.
        </p>
      </details>
    </div>
  );
}

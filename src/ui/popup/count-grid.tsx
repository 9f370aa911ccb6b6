/** How many cookies of each kind the tab's capture holds. */
import type { TabSummary } from '../../core/analysis/tab-summary';

const COUNTS: readonly { key: keyof TabSummary; label: string; hint: string }[] = [
  { key: 'session', label: 'session', hint: 'gone when the browser closes' },
  { key: 'persistent', label: 'persistent', hint: 'kept until an expiry date' },
  { key: 'deleted', label: 'deleted', hint: 'removed by the server (Max-Age=0 or a past Expires)' },
  { key: 'auth', label: 'auth', hint: 'login/session cookies, judged more strictly' },
  { key: 'jwt', label: 'JWT', hint: 'values that are JSON Web Tokens' },
  { key: 'thirdParty', label: 'third-party', hint: 'set by another site than the page' },
];

/** The tiles, each with its meaning as a title, and a legend that says the same in words. */
export function CountGrid({ summary }: { summary: TabSummary }) {
  return (
    <dl class="pp-counts">
      {COUNTS.map((c) => (
        <div class="pp-count" key={c.key} title={`${c.label}: ${c.hint}`}>
          <dt>{c.label}</dt>
          <dd data-testid={`count-${c.key}`}>{String(summary[c.key])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The tiles' meanings in words (their titles say the same on hover). */
export function CountLegend() {
  return (
    <details class="pp-legend" data-testid="count-legend">
      <summary>What the tiles count</summary>
      <dl>
        {COUNTS.map((c) => (
          <div key={c.key}>
            <dt>{c.label}</dt>
            <dd>{c.hint}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

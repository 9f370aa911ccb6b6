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

export function CountGrid({ summary }: { summary: TabSummary }) {
  return (
    <dl class="pp-counts">
      {COUNTS.map((c) => (
        <div class="pp-count" key={c.key} title={c.hint}>
          <dt>{c.label}</dt>
          <dd data-testid={`count-${c.key}`}>{String(summary[c.key])}</dd>
        </div>
      ))}
    </dl>
  );
}

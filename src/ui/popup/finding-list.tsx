/** The top findings (by severity), each with its one-line fix. Texts name cookies: rendered as text. */
import type { Finding } from '../../core/model';
import { findingFix } from '../../core/rules/finding-fix';
import { findingMessage } from '../../core/rules/finding-message';
import { truncate } from '../kit/display-text';
import { findingSecrets, maskText } from '../kit/masked-text';

export interface FindingListProps {
  findings: readonly Finding[];
  total: number;
  /** "Mask values": values quoted in messages are masked too (kit/display-text.ts). */
  masked?: boolean;
}

export function FindingList({ findings, total, masked = false }: FindingListProps) {
  if (findings.length === 0) {
    return (
      <p class="muted" data-testid="no-findings">
        No findings on this tab.
      </p>
    );
  }
  return (
    <section class="pp-findings" aria-label="Top findings">
      <h2>
        Top findings{' '}
        <span class="muted">
          ({findings.length} of {total})
        </span>
      </h2>
      <ol>
        {findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} data-testid="finding" data-rule={f.rule} data-severity={f.severity}>
            <span class={`pp-sev sev-${f.severity}`}>{f.severity}</span>
            <span class="pp-msg">
              {f.localOnly && (
                <span class="pp-local" data-testid="local-only">
                  fine on this machine
                </span>
              )}
              {truncate(maskText(findingMessage(f), masked, findingSecrets(f)), 300)}
            </span>
            <span class="pp-fix" title={maskText(findingFix(f), masked, findingSecrets(f))}>
              Fix: {truncate(maskText(findingFix(f), masked, findingSecrets(f)), 300)}
            </span>
          </li>
        ))}
      </ol>
      {total > findings.length ? (
        <p class="muted">{total - findings.length} more in DevTools → Cookies → Findings.</p>
      ) : null}
    </section>
  );
}

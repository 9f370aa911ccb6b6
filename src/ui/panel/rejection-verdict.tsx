/**
 * A rejected cookie's detail opens with the verdict, its reason and the fix (issue #18, problem 5):
 * the browser never stored it, so there is no lifetime to explain and no stored value. Chrome's
 * Application panel shows a blocked cookie's reason on the row itself; this is that, first.
 */
import type { TrackedCookie } from '../../core/analysis/flow-types';
import { rejectMessage } from '../../core/cookie/reject-messages';
import type { Finding } from '../../core/model';
import { findingFix } from '../../core/rules/finding-fix';
import { findingMessage } from '../../core/rules/finding-message';

export interface Rejection {
  /** "Rejected by the browser" or "Refused by the browser" (the live jar's third-party refusal). */
  verdict: string;
  reason: string;
  fix: string | null;
  /** The finding that says the same, shown here instead of again under Findings. */
  finding: Finding | null;
}

export function rejectionOf(c: TrackedCookie, findings: readonly Finding[]): Rejection | null {
  const refusedByJar = c.jar && !c.jar.inJar && c.jar.reason === 'refused-third-party';
  if (c.state !== 'rejected' && !refusedByJar) return null;
  const finding = findings.find((f) => f.rule.startsWith('rejected-')) ?? null;
  const event = [...c.events].reverse().find((e) => e.type === 'rejected');
  const reason = refusedByJar
    ? 'The browser refused it as a third-party cookie (its settings block cookies set in a cross-site context).'
    : event?.reason !== undefined
      ? rejectMessage(event.reason)
      : finding
        ? findingMessage(finding)
        : 'The browser would not store it.';
  return {
    verdict: refusedByJar ? 'Refused by the browser' : 'Rejected: the browser never stored this cookie',
    reason,
    fix: finding ? findingFix(finding) : null,
    finding,
  };
}

export function RejectionVerdict({ rejection }: { rejection: Rejection }) {
  return (
    <section class="verdict" data-testid="rejection-verdict" data-rule={rejection.finding?.rule}>
      <h3>
        <span class="badge life-rejected">rejected</span> {rejection.verdict}
      </h3>
      <p data-testid="rejection-reason">{rejection.reason}</p>
      {rejection.finding && (
        <p class="verdict-rule">
          <span class={`sev sev-${rejection.finding.severity}`}>{rejection.finding.severity}</span>{' '}
          <code data-testid="rejection-rule">{rejection.finding.rule}</code>
        </p>
      )}
      {rejection.fix && (
        <p data-testid="rejection-fix">
          <strong>Fix:</strong> {rejection.fix}
        </p>
      )}
    </section>
  );
}

/**
 * View model of the Findings tab: findings grouped by severity (docs/architecture.md §5 severities, most severe
 * first), in the order the analysis reported them within a group, plus masking of values that a rule
 * quoted in its message (e.g. `unsigned-auth-state` says `user=John Smith names a user or role in clear`).
 */
import { type Finding, SEVERITY_ORDER, type Severity } from '../../../core/model';
import { findingMessage } from '../../../core/rules/finding-message';
import { findingSecrets, maskText } from '../../kit/masked-text';

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

/** Every severity in order, empty groups included (the summary shows zero counts too). */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const bySeverity = new Map<Severity, Finding[]>(SEVERITY_ORDER.map((s) => [s, []]));
  for (const f of findings) {
    // A severity we do not know is shown as info rather than dropped.
    (bySeverity.get(f.severity) ?? bySeverity.get('info'))?.push(f);
  }
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: bySeverity.get(severity) ?? [] }));
}

/**
 * A finding's message as shown: under "Mask values", every value the message quotes (core `quoted`,
 * spaces included: `user=John Smith`) is replaced by the mask (kit/display-text.ts `maskText`).
 */
export function maskMessage(
  f: Pick<Finding, 'message' | 'rejectReason' | 'quoted'>,
  masked: boolean,
): string {
  return maskText(findingMessage(f), masked, findingSecrets(f));
}

/** `name · domain path` as the Findings and Flow views show a cookie. */
export function cookieLabel(ref: { name: string; domain: string; path: string }): string {
  return `${ref.name} · ${ref.domain}${ref.path}`;
}

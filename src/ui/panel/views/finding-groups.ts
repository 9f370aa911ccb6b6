/**
 * View model of the Findings tab: findings grouped by severity (docs/architecture.md §5 severities, most severe
 * first), in the order the analysis reported them within a group, plus masking of values that a rule
 * quoted in its message (e.g. `unsigned-auth-state` says `isAdmin=1 is a yes/no flag`).
 */
import { type Finding, SEVERITY_ORDER, type Severity } from '../../../core/model';
import { MASK } from './display-text';

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

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Replaces `name=value` quotes of the finding's cookie in a message with `name=••••`. The value runs to
 * the next whitespace. Linear: one indexOf scan, no regular expression built from hostile names.
 */
export function maskMessage(message: string, cookieName: string | null | undefined): string {
  if (!cookieName) return message;
  const needle = `${cookieName}=`;
  let out = '';
  let pos = 0;
  for (;;) {
    const at = message.indexOf(needle, pos);
    if (at === -1) break;
    let end = at + needle.length;
    while (end < message.length && !isSpace(message.charCodeAt(end))) end++;
    out += `${message.slice(pos, at + needle.length)}${MASK}`;
    pos = end;
  }
  return out + message.slice(pos);
}

/** `name · domain path` as the Findings and Flow views show a cookie. */
export function cookieLabel(ref: { name: string; domain: string; path: string }): string {
  return `${ref.name} · ${ref.domain}${ref.path}`;
}

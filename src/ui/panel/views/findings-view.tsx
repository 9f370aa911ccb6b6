/**
 * The Findings tab (docs/architecture.md §7): findings grouped by severity, most severe first, each with why it
 * matters and how to fix it. Data through props only; the analysis already wrote message/why/fix/refs.
 * Keyboard: ↑/↓/Home/End move between findings, Enter selects the finding's cookie, →/← or Space
 * expand and collapse.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CookieRef, Finding } from '../../../core/model';
import { formatCount } from './display-text';
import { groupFindings, SEVERITY_LABEL } from './finding-groups';
import { FindingItem } from './finding-item';
import { moveFocus } from './roving-focus';

export interface FindingsViewProps {
  findings: Finding[];
  masked: boolean;
  onSelectCookie(ref: CookieRef): void;
}

/** Rendered per group before "Show more": a 10k-request capture can hold thousands of findings. */
export const FINDINGS_PAGE = 200;

function findingKey(f: Finding, i: number): string {
  const c = f.cookie;
  return `${f.rule}\t${c ? `${c.name}\t${c.domain}\t${c.path}` : ''}\t${f.exchanges[0] ?? ''}\t${i}`;
}

function FindingsEmpty() {
  return (
    <section class="cl-findings cl-empty-state" aria-label="Findings" data-testid="findings-view">
      <p class="cl-empty-title">No findings yet.</p>
      <p>
        Reload the page with this panel open (or import a HAR file) so Cookie Lens sees the Set-Cookie and
        Cookie headers. Problems then appear here by severity — high first — each with why it matters and how
        to fix it. If requests were captured and this stays empty, no rule found a problem.
      </p>
    </section>
  );
}

type Group = ReturnType<typeof groupFindings>[number];

interface FindingGroupProps {
  group: Group;
  limit: number;
  masked: boolean;
  expanded: ReadonlySet<string>;
  root: { current: HTMLElement | null };
  toggle(key: string, open?: boolean): void;
  onShowMore(): void;
  onSelectCookie(ref: CookieRef): void;
}

/** One severity's findings, the first `limit` of them, each a keyboard-usable item. */
function FindingGroup(p: FindingGroupProps) {
  const g = p.group;
  const rest = g.findings.length - p.limit;
  const keyDown = (f: Finding, key: string) => (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    if (moveFocus(e, p.root.current)) return;
    if (e.key === 'Enter' && f.cookie) {
      e.preventDefault();
      p.onSelectCookie(f.cookie);
    } else if (e.key === ' ' || e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      p.toggle(key, e.key === ' ' ? undefined : e.key === 'ArrowRight');
    }
  };
  return (
    <section
      class="cl-fgroup"
      data-testid={`group-${g.severity}`}
      aria-labelledby={`cl-fgroup-${g.severity}`}
    >
      <h3 id={`cl-fgroup-${g.severity}`} class="cl-fgroup-title">
        {SEVERITY_LABEL[g.severity]} <span class="cl-muted">({formatCount(g.findings.length)})</span>
      </h3>
      <ul class="cl-flist">
        {g.findings.slice(0, p.limit).map((f, i) => {
          const key = findingKey(f, i);
          return (
            <FindingItem
              key={key}
              finding={f}
              masked={p.masked}
              expanded={p.expanded.has(key)}
              onToggle={() => p.toggle(key)}
              onSelectCookie={p.onSelectCookie}
              onKeyDown={keyDown(f, key)}
            />
          );
        })}
      </ul>
      {rest > 0 && (
        <button type="button" class="cl-more" onClick={p.onShowMore}>
          Show {formatCount(Math.min(rest, FINDINGS_PAGE))} more ({formatCount(rest)} not shown)
        </button>
      )}
    </section>
  );
}

export function FindingsView({ findings, masked, onSelectCookie }: FindingsViewProps) {
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<Record<string, number>>({});
  const root = useRef<HTMLElement>(null);

  const toggle = (key: string, open?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });

  if (findings.length === 0) return <FindingsEmpty />;

  return (
    <section class="cl-findings" aria-label="Findings" data-testid="findings-view" ref={root}>
      <p class="cl-findings-summary" data-testid="findings-summary">
        {groups.map((g) => (
          <span key={g.severity} class={`cl-count cl-count-${g.severity}`}>
            <span class={`cl-sev cl-sev-${g.severity}`}>{SEVERITY_LABEL[g.severity]}</span>{' '}
            {formatCount(g.findings.length)}
          </span>
        ))}
      </p>
      {groups
        .filter((g) => g.findings.length > 0)
        .map((g) => {
          const limit = shown[g.severity] ?? FINDINGS_PAGE;
          return (
            <FindingGroup
              key={g.severity}
              group={g}
              limit={limit}
              masked={masked}
              expanded={expanded}
              root={root}
              toggle={toggle}
              onShowMore={() => setShown({ ...shown, [g.severity]: limit + FINDINGS_PAGE })}
              onSelectCookie={onSelectCookie}
            />
          );
        })}
    </section>
  );
}

/**
 * The Cookies tab: one row per cookie (docs/architecture.md §7), virtualised, keyboard-driven (kit VirtualList, a
 * WAI-ARIA grid). Columns come from `fitColumns` (issue #18): the ones that answer the question first,
 * trailing ones dropped when narrow, any hidden from the header's context menu.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { TrackedCookie } from '../../core/analysis/flow-types';
import { showValue, truncate } from '../kit/display-text';
import { VirtualList } from '../kit/virtual-list';
import {
  cookieFlags,
  cookieSize,
  type FindingTally,
  factSource,
  findingKeyOf,
  hasJwt,
  lifetimeBadge,
} from './cookie-row-model';
import { COLUMNS, type ColumnId, fitColumns, gridTemplate } from './layout/cookie-columns';
import { useSize } from './layout/use-size';
import { ColumnMenu } from './lazy-panes';

export const ROW_HEIGHT = 22;

export interface CookiesViewProps {
  cookies: readonly TrackedCookie[];
  tallies: ReadonlyMap<string, FindingTally>;
  now: number;
  masked: boolean;
  selectedKey: string | null;
  /** `open`: a click or Enter opens the detail pane; ↑/↓ only move the selection (and a pane that is open follows). */
  onSelect(key: string, open: boolean): void;
  /** Shown instead of rows when there are none (empty capture vs. nothing matches the filter). */
  empty: ComponentChildren;
  hiddenColumns: ReadonlySet<ColumnId>;
  onToggleColumn(id: ColumnId): void;
}

type Cells = Record<ColumnId, JSX.Element | string | number>;

function cellsOf(c: TrackedCookie, tally: FindingTally | undefined, now: number, masked: boolean): Cells {
  const badge = lifetimeBadge(c, now);
  const flags = cookieFlags(c);
  const jwt = hasJwt(c);
  const source = factSource(c);
  return {
    name: (
      <>
        {truncate(c.name)}
        {jwt && (
          <span
            class="mark jwt"
            data-testid="jwt-mark"
            title={jwt === 'jwt' ? 'value is a JWT' : 'value is a JWE'}
          >
            {jwt.toUpperCase()}
          </span>
        )}
        {/* Shown only when the Domain column is not: two connect.sid rows must not look identical. */}
        <span class="name-domain muted"> {truncate(c.domain, 60)}</span>
      </>
    ),
    role: (
      <span
        class={`role role-${c.role.role}`}
        data-testid="role"
        title={`${c.role.role} (${c.role.confidence} confidence)${c.role.reasons.length ? `: ${c.role.reasons.join('; ')}` : ''}`}
      >
        {c.role.role}
      </span>
    ),
    lifetime: (
      <span class={`badge life-${badge.kind}`} data-testid="lifetime" title={badge.text}>
        {badge.text}
      </span>
    ),
    flags: (
      <span class="c-flags-list" data-testid="flags" title={flags.map((f) => f.text).join(', ')}>
        {flags.map((f) => (
          <span key={f.id} class={`flag flag-${f.id}`}>
            {f.text}
          </span>
        ))}
      </span>
    ),
    // Severity in words beside the count: colour alone tells nothing to a colour-blind reader (WCAG 1.4.1).
    findings: tally ? (
      <span class={`count sev-${tally.worst}`} data-testid="finding-count">
        {tally.count}
        <span class="count-sev"> {tally.worst}</span>
      </span>
    ) : (
      <span class="muted">0</span>
    ),
    domain: truncate(c.domain),
    path: truncate(c.path),
    value: <span class="mono">{showValue(c.value, masked)}</span>,
    size: cookieSize(c),
    source: (
      <span class={`src-${source.kind}`} data-testid="source">
        {source.text}
      </span>
    ),
  };
}

/** One row's cells: every column, those not shown hidden (a plain call, not a component: none per row). */
function cookieRow(c: TrackedCookie, cells: Cells, on: ReadonlySet<ColumnId>, style: JSX.CSSProperties) {
  return (
    <div class="crow" data-testid="cookie-row" data-name={truncate(c.name, 200)} style={style}>
      {COLUMNS.map((col) => (
        <span
          key={col.id}
          role="gridcell"
          class={`c-${col.id}${col.numeric ? ' num' : ''}`}
          hidden={!on.has(col.id)}
          title={col.id === 'name' ? truncate(c.name, 1000) : undefined}
        >
          {cells[col.id]}
        </span>
      ))}
    </div>
  );
}

export function CookiesView(props: CookiesViewProps) {
  const { cookies, tallies, now, masked, hiddenColumns } = props;
  const box = useRef<HTMLDivElement>(null);
  const { width } = useSize(box);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const shown = useMemo(() => fitColumns(hiddenColumns, width), [hiddenColumns, width]);
  const on = new Set(shown.map((c) => c.id));
  const style = { gridTemplateColumns: gridTemplate(shown) };
  const index = props.selectedKey === null ? -1 : cookies.findIndex((c) => c.key === props.selectedKey);
  const header = (
    <div class="crow cheader" role="row" aria-rowindex={1} style={style}>
      {shown.map((c) => (
        <span key={c.id} role="columnheader" class={`c-${c.id}${c.numeric ? ' num' : ''}`}>
          {c.label}
        </span>
      ))}
    </div>
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the context menu also opens from the keyboard (context-menu key on the grid)
    <div
      ref={box}
      class={on.has('domain') ? 'cookies-box' : 'cookies-box no-domain'}
      onContextMenu={(e) => {
        const t = e.target as HTMLElement;
        if (!t.closest('.cheader') && !t.classList.contains('vlist-scroller')) return;
        e.preventDefault();
        const r = box.current?.getBoundingClientRect();
        setMenuAt({ x: e.clientX - (r?.left ?? 0) || 8, y: e.clientY - (r?.top ?? 0) || 22 });
      }}
    >
      <VirtualList
        count={cookies.length}
        rowHeight={ROW_HEIGHT}
        label="Cookies"
        testId="cookie-list"
        class="cookies-view"
        header={header}
        columns={shown.length}
        empty={<p class="empty-note">{props.empty}</p>}
        selectedIndex={index < 0 ? null : index}
        rowKey={(i) => cookies[i]?.key ?? String(i)}
        onSelect={(i, via) => {
          const c = cookies[i];
          if (c) props.onSelect(c.key, via === 'pointer');
        }}
        onActivate={(i) => {
          const c = cookies[i];
          if (c) props.onSelect(c.key, true);
        }}
        renderRow={(i) => {
          const c = cookies[i];
          if (!c) return null;
          return cookieRow(c, cellsOf(c, tallies.get(findingKeyOf(c)), now, masked), on, style);
        }}
      />
      {menuAt && (
        <ColumnMenu
          at={menuAt}
          hidden={hiddenColumns}
          onToggle={props.onToggleColumn}
          onClose={() => setMenuAt(null)}
        />
      )}
    </div>
  );
}

/**
 * A keyboard-usable, virtualised list (docs/architecture.md §7: 10k rows stay smooth). Fixed row height keeps the
 * maths O(1); only the visible window plus an overscan is in the DOM.
 * Keyboard: ↑/↓, PageUp/PageDown, Home/End move the selection; Enter activates.
 * Semantics are a WAI-ARIA grid (issue #18): the header row's column headers name every cell, so a
 * screen reader reads "Role: auth", not "tokenJWT localhost … auth 4". The header sits inside the
 * scroller (sticky), because a grid must own its header row.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow: (index: number, selected: boolean) => ComponentChildren;
  rowKey: (index: number) => string;
  selectedIndex: number | null;
  /** `via` tells a click from a key: the panel opens its detail pane on a click, not on ↑/↓ (issue #18). */
  onSelect: (index: number, via: 'pointer' | 'key') => void;
  onActivate?: (index: number) => void;
  label: string;
  /** The header row (`role="row"` of `role="columnheader"` cells), sticky above the rows. */
  header?: ComponentChildren;
  /** Total columns, for aria-colcount; rows render `role="gridcell"` cells. */
  columns?: number;
  /** Shown when count is 0. */
  empty?: ComponentChildren;
  class?: string;
  testId?: string;
}

const OVERSCAN = 8;
/** Before layout is known (tests, first paint) render this many rows. */
const INITIAL_ROWS = 60;

/** The scroller's height, kept current by a ResizeObserver (0 until layout is known). */
function useViewportHeight(scroller: { current: HTMLDivElement | null }): number {
  const [viewport, setViewport] = useState(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller]);
  return viewport;
}

/** Keeps the selected row in view when the selection moves by keyboard. */
function useSelectedInView(
  scroller: { current: HTMLDivElement | null },
  selectedIndex: number | null,
  rowHeight: number,
  viewport: number,
): void {
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex === null || viewport === 0) return;
    // The sticky header row covers the scroller's first HEAD px: a row is in view below it.
    const head = el.querySelector<HTMLElement>('.vlist-head')?.offsetHeight ?? 0;
    const top = selectedIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (head + top + rowHeight > el.scrollTop + viewport)
      el.scrollTop = head + top + rowHeight - viewport;
  }, [scroller, selectedIndex, rowHeight, viewport]);
}

/** The row a navigation key moves the selection to, clamped to the list; null for other keys. */
export function keyTarget(
  key: string,
  current: number | null,
  count: number,
  pageRows: number,
): number | null {
  const at = current ?? -1;
  const moves: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowUp: at - 1,
    PageDown: at + pageRows,
    PageUp: at - pageRows,
    Home: 0,
    End: count - 1,
  };
  const to = moves[key];
  return to === undefined ? null : Math.min(count - 1, Math.max(0, to));
}

function renderRows(props: VirtualListProps, first: number, last: number) {
  const rows = [];
  for (let i = first; i < last; i++) {
    const selected = i === props.selectedIndex;
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: the grid handles the keyboard for every row (onKeyDown)
      <div
        key={props.rowKey(i)}
        id={`${props.testId ?? 'row'}-${i}`}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={selected}
        class={selected ? 'vrow selected' : 'vrow'}
        style={{ top: `${i * props.rowHeight}px`, height: `${props.rowHeight}px` }}
        onClick={() => props.onSelect(i, 'pointer')}
        onDblClick={() => props.onActivate?.(i)}
      >
        {props.renderRow(i, selected)}
      </div>,
    );
  }
  return rows;
}

export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, selectedIndex } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useViewportHeight(scroller);
  useSelectedInView(scroller, selectedIndex, rowHeight, viewport);

  const visible = viewport > 0 ? Math.ceil(viewport / rowHeight) : INITIAL_ROWS;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, first + visible + OVERSCAN * 2);
  const pageRows = Math.max(1, Math.floor((viewport || rowHeight * 10) / rowHeight) - 1);

  const onKeyDown = (e: KeyboardEvent) => {
    if (count === 0) return;
    const to = keyTarget(e.key, selectedIndex, count, pageRows);
    if (to !== null) {
      e.preventDefault();
      props.onSelect(to, 'key');
    } else if (e.key === 'Enter' && selectedIndex !== null) {
      e.preventDefault();
      props.onActivate?.(selectedIndex);
    }
  };

  return (
    <div class={`vlist ${props.class ?? ''}`} data-testid={props.testId}>
      <div
        ref={scroller}
        class="vlist-scroller"
        role="grid"
        tabIndex={0}
        aria-label={props.label}
        aria-rowcount={count + 1}
        aria-colcount={props.columns}
        aria-activedescendant={
          selectedIndex !== null ? `${props.testId ?? 'row'}-${selectedIndex}` : undefined
        }
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        {props.header && (
          <div class="vlist-head" role="rowgroup">
            {props.header}
          </div>
        )}
        {count === 0 ? (
          <div class="vlist-empty" role="rowgroup">
            <div role="row">
              <div role="gridcell">{props.empty}</div>
            </div>
          </div>
        ) : (
          <div class="vlist-spacer" role="rowgroup" style={{ height: `${count * rowHeight}px` }}>
            {renderRows(props, first, last)}
          </div>
        )}
      </div>
    </div>
  );
}

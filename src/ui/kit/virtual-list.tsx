/**
 * A keyboard-usable, virtualised list (docs/architecture.md §7: 10k rows stay smooth). Fixed row height keeps the
 * maths O(1); only the visible window plus an overscan is in the DOM.
 * Keyboard: ↑/↓, PageUp/PageDown, Home/End move the selection; Enter activates (WAI-ARIA listbox).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow: (index: number, selected: boolean) => ComponentChildren;
  rowKey: (index: number) => string;
  selectedIndex: number | null;
  onSelect: (index: number) => void;
  onActivate?: (index: number) => void;
  label: string;
  /** Rendered above the rows, outside the scroller (column headers). */
  header?: ComponentChildren;
  /** Shown when count is 0. */
  empty?: ComponentChildren;
  class?: string;
  testId?: string;
}

const OVERSCAN = 8;
/** Before layout is known (tests, first paint) render this many rows. */
const INITIAL_ROWS = 60;

export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, selectedIndex } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view when the selection moves by keyboard.
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex === null || viewport === 0) return;
    const top = selectedIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + viewport) el.scrollTop = top + rowHeight - viewport;
  }, [selectedIndex, rowHeight, viewport]);

  const visible = viewport > 0 ? Math.ceil(viewport / rowHeight) : INITIAL_ROWS;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, first + visible + OVERSCAN * 2);
  const pageRows = Math.max(1, Math.floor((viewport || rowHeight * 10) / rowHeight) - 1);

  const onKeyDown = (e: KeyboardEvent) => {
    if (count === 0) return;
    const current = selectedIndex ?? -1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      props.onSelect(Math.min(count - 1, Math.max(0, moves[e.key] ?? 0)));
    } else if (e.key === 'Enter' && selectedIndex !== null) {
      e.preventDefault();
      props.onActivate?.(selectedIndex);
    }
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const selected = i === selectedIndex;
    rows.push(
      // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox, which points at the row with aria-activedescendant (WAI-ARIA APG listbox)
      // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard for every row (onKeyDown below)
      <div
        key={props.rowKey(i)}
        id={`${props.testId ?? 'row'}-${i}`}
        role="option"
        aria-selected={selected}
        class={selected ? 'vrow selected' : 'vrow'}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        onClick={() => props.onSelect(i)}
        onDblClick={() => props.onActivate?.(i)}
      >
        {props.renderRow(i, selected)}
      </div>,
    );
  }

  return (
    <div class={`vlist ${props.class ?? ''}`} data-testid={props.testId}>
      {props.header}
      <div
        ref={scroller}
        class="vlist-scroller"
        role="listbox"
        tabIndex={0}
        aria-label={props.label}
        aria-activedescendant={
          selectedIndex !== null ? `${props.testId ?? 'row'}-${selectedIndex}` : undefined
        }
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      >
        {count === 0 ? (
          <div class="vlist-empty">{props.empty}</div>
        ) : (
          <div class="vlist-spacer" style={{ height: `${count * rowHeight}px` }}>
            {rows}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The list and the detail pane, placed by `detailPlacement` (issue #18): a draggable, keyboard-movable
 * separator (WAI-ARIA window splitter) between them, its position remembered per axis. In "replace"
 * placement the list stays mounted but hidden, so its scroll position and selection survive "Back".
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { clampSplit, type DetailPlacement } from './detail-placement';
import { isNumber, readPref, writePref } from './panel-prefs';
import { useSize } from './use-size';

export interface SplitPaneProps {
  placement: DetailPlacement;
  main: ComponentChildren;
  /** The detail pane, or null when nothing is selected. */
  detail: ComponentChildren | null;
}

const DEFAULTS = { beside: 420, under: 380 };
const STEP = 24;

export function SplitPane({ placement, main, detail }: SplitPaneProps) {
  const box = useRef<HTMLDivElement>(null);
  const total = useSize(box);
  const axis = placement === 'under' ? 'under' : 'beside';
  const [sizes, setSizes] = useState(() => ({
    beside: readPref('split-beside', DEFAULTS.beside, isNumber),
    under: readPref('split-under', DEFAULTS.under, isNumber),
  }));
  const extent = axis === 'beside' ? total.width : total.height;
  const size = clampSplit(sizes[axis], extent);
  const set = (next: number) => {
    const v = clampSplit(next, extent);
    setSizes((s) => ({ ...s, [axis]: v }));
    writePref(`split-${axis}`, v);
  };
  const open = detail !== null;
  const replaced = open && placement === 'replace';

  const onPointerDown = (e: PointerEvent) => {
    const el = box.current;
    if (!el) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    const rect = el.getBoundingClientRect();
    const move = (m: PointerEvent) =>
      set(axis === 'beside' ? rect.right - m.clientX : rect.bottom - m.clientY);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // The pane grows towards the list: ← / ↑ make it larger, → / ↓ smaller.
    const delta = { ArrowLeft: STEP, ArrowUp: STEP, ArrowRight: -STEP, ArrowDown: -STEP }[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    set(size + delta);
  };

  return (
    <div ref={box} class={`body place-${placement}${open ? ' split' : ''}`} data-placement={placement}>
      <div class="main" hidden={replaced}>
        {main}
      </div>
      {open && !replaced && (
        // biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be focused and dragged; this is the APG window splitter
        <div
          class="splitter"
          role="separator"
          tabIndex={0}
          aria-label="Resize the detail pane"
          aria-orientation={axis === 'beside' ? 'vertical' : 'horizontal'}
          aria-valuenow={size}
          aria-valuemin={200}
          aria-valuemax={Math.max(200, extent - 200)}
          data-testid="splitter"
          onPointerDown={onPointerDown}
          onKeyDown={onKeyDown}
        />
      )}
      {open && (
        <div
          class="detail-slot"
          style={replaced ? undefined : axis === 'beside' ? { width: `${size}px` } : { height: `${size}px` }}
        >
          {detail}
        </div>
      )}
    </div>
  );
}

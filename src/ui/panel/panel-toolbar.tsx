/**
 * The Network-panel-like toolbar: record, clear, the filter, the filters and options, import / export.
 * It never wraps (issue #18): below `COMPACT_TOOLBAR_BELOW` the secondary controls fold into a "More"
 * popover, as DevTools folds its toolbars into "»". The filter's label names the view it filters.
 */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { MenuButton } from '../kit/menu-button';
import type { CookieFilter } from './cookie-filter';
import { ToolbarOptions } from './toolbar-options';

export type ExportKind = 'json' | 'md' | 'har';

export interface PanelToolbarProps {
  recording: boolean;
  preserveLog: boolean;
  masked: boolean;
  filter: CookieFilter;
  filterRef: Ref<HTMLInputElement>;
  /** Fold the secondary controls into "More". */
  compact: boolean;
  /** What the text filter narrows, for its label ("cookies", or the view it also filters). */
  filterScope: string;
  onRecord(on: boolean): void;
  onClear(): void;
  onPreserveLog(on: boolean): void;
  onMask(on: boolean): void;
  onFilter(f: CookieFilter): void;
  onImport(file: File): void;
  onExport(kind: ExportKind): void;
}

const EXPORTS = [
  { id: 'json', label: 'JSON report (.json)' },
  { id: 'md', label: 'Markdown report (.md)' },
  { id: 'har', label: 'HAR with cookies (.har)' },
];

export function PanelToolbar(p: PanelToolbarProps) {
  const f = p.filter;
  const [more, setMore] = useState(false);
  const options = <ToolbarOptions {...p} />;
  return (
    <div class={p.compact ? 'toolbar compact' : 'toolbar'} role="toolbar" aria-label="Capture and filters">
      <button
        type="button"
        class={p.recording ? 'icon rec on' : 'icon rec'}
        aria-pressed={p.recording}
        data-testid="record"
        title={p.recording ? 'Stop recording' : 'Record'}
        onClick={() => p.onRecord(!p.recording)}
      >
        <span class="dot" aria-hidden="true" />
        <span class="sr">{p.recording ? 'Stop recording' : 'Record'}</span>
      </button>
      <button type="button" class="icon" data-testid="clear" title="Clear" onClick={p.onClear}>
        <span aria-hidden="true">⊘</span>
        <span class="sr">Clear</span>
      </button>
      <span class="sep" />
      <input
        ref={p.filterRef}
        type="search"
        class="filter"
        placeholder={`Filter ${p.filterScope}  (Ctrl+F)`}
        aria-label={`Filter ${p.filterScope} by name, value or domain`}
        title={`Filters ${p.filterScope}. Ctrl+F or / to focus.`}
        data-testid="filter"
        value={f.text}
        onInput={(e) => p.onFilter({ ...f, text: e.currentTarget.value })}
      />
      {p.compact ? (
        <span class="menu-wrap">
          <button
            type="button"
            aria-expanded={more}
            aria-controls="toolbar-more"
            data-testid="toolbar-more"
            onClick={() => setMore(!more)}
          >
            More ▾
          </button>
          {more && (
            <fieldset
              id="toolbar-more"
              class="menu toolbar-popover"
              aria-label="Filters and options"
              onKeyDown={(e) => {
                if (e.key !== 'Escape') return;
                e.preventDefault();
                e.stopPropagation();
                setMore(false);
              }}
            >
              {options}
            </fieldset>
          )}
        </span>
      ) : (
        options
      )}
      <span class="spacer" />
      <MenuButton
        label="Export ▾"
        title="Export the analysis or the capture"
        testId="export"
        items={EXPORTS}
        onChoose={(id) => p.onExport(id as ExportKind)}
      />
    </div>
  );
}

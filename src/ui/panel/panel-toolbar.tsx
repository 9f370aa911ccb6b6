/** The Network-panel-like toolbar: record, clear, preserve log, filters, mask values, import / export. */
import type { Ref } from 'preact';
import type { Role } from '../../core/roles/classify-role';
import type { CookieFilter } from './cookie-filter';
import type { LifetimeKind } from './cookie-row-model';

export type ExportKind = 'json' | 'md' | 'har';

export interface PanelToolbarProps {
  recording: boolean;
  preserveLog: boolean;
  masked: boolean;
  filter: CookieFilter;
  filterRef: Ref<HTMLInputElement>;
  onRecord(on: boolean): void;
  onClear(): void;
  onPreserveLog(on: boolean): void;
  onMask(on: boolean): void;
  onFilter(f: CookieFilter): void;
  onImport(file: File): void;
  onExport(kind: ExportKind): void;
}

const ROLES: (Role | 'all')[] = ['all', 'auth', 'csrf', 'tracking', 'preference', 'unknown'];
const LIFETIMES: (LifetimeKind | 'all')[] = [
  'all',
  'session',
  'persistent',
  'deleted',
  'expired',
  'rejected',
  'unknown',
];
const LIFETIME_TEXT: Record<LifetimeKind | 'all', string> = {
  all: 'Any lifetime',
  session: 'Session',
  persistent: 'Persistent',
  deleted: 'Deleted',
  expired: 'Expired',
  rejected: 'Rejected',
  unknown: 'Sent only',
};

export function PanelToolbar(p: PanelToolbarProps) {
  const f = p.filter;
  return (
    <div class="toolbar" role="toolbar" aria-label="Capture and filters">
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
      <label class="check">
        <input
          type="checkbox"
          checked={p.preserveLog}
          onChange={(e) => p.onPreserveLog(e.currentTarget.checked)}
        />
        Preserve log
      </label>
      <span class="sep" />
      <input
        ref={p.filterRef}
        type="search"
        class="filter"
        placeholder="Filter name, value, domain  ( / )"
        aria-label="Filter cookies by name, value or domain"
        data-testid="filter"
        value={f.text}
        onInput={(e) => p.onFilter({ ...f, text: e.currentTarget.value })}
      />
      <select
        aria-label="Role"
        data-testid="filter-role"
        value={f.role}
        onChange={(e) => p.onFilter({ ...f, role: e.currentTarget.value as Role | 'all' })}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r === 'all' ? 'Any role' : r}
          </option>
        ))}
      </select>
      <select
        aria-label="Lifetime"
        data-testid="filter-lifetime"
        value={f.lifetime}
        onChange={(e) => p.onFilter({ ...f, lifetime: e.currentTarget.value as LifetimeKind | 'all' })}
      >
        {LIFETIMES.map((l) => (
          <option key={l} value={l}>
            {LIFETIME_TEXT[l]}
          </option>
        ))}
      </select>
      <label class="check">
        <input
          type="checkbox"
          data-testid="filter-findings"
          checked={f.hasFindings}
          onChange={(e) => p.onFilter({ ...f, hasFindings: e.currentTarget.checked })}
        />
        Has findings
      </label>
      <span class="sep" />
      <label class="check">
        <input
          type="checkbox"
          data-testid="mask"
          checked={p.masked}
          onChange={(e) => p.onMask(e.currentTarget.checked)}
        />
        Mask values
      </label>
      <span class="spacer" />
      <label class="button" title="Import a HAR file (or drop it on the panel)">
        Import HAR
        <input
          type="file"
          accept=".har,application/json"
          class="sr"
          data-testid="import-har"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) p.onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <select
        aria-label="Export"
        data-testid="export"
        value=""
        onChange={(e) => {
          const kind = e.currentTarget.value as ExportKind | '';
          e.currentTarget.value = '';
          if (kind) p.onExport(kind);
        }}
      >
        <option value="">Export…</option>
        <option value="json">JSON report</option>
        <option value="md">Markdown</option>
        <option value="har">HAR (with cookies)</option>
      </select>
    </div>
  );
}

/** The toolbar's secondary controls: inline when wide, in the "More" popover when compact (issue #18). */
import type { Role } from '../../core/roles/classify-role';
import type { CookieFilter } from './cookie-filter';
import type { LifetimeKind } from './cookie-row-model';

export interface ToolbarOptionsProps {
  preserveLog: boolean;
  masked: boolean;
  filter: CookieFilter;
  onPreserveLog(on: boolean): void;
  onMask(on: boolean): void;
  onFilter(f: CookieFilter): void;
  onImport(file: File): void;
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

export function ToolbarOptions(p: ToolbarOptionsProps) {
  const f = p.filter;
  return (
    <>
      <label class="check">
        <input
          type="checkbox"
          checked={p.preserveLog}
          onChange={(e) => p.onPreserveLog(e.currentTarget.checked)}
        />
        Preserve log
      </label>
      <span class="sep" />
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
    </>
  );
}

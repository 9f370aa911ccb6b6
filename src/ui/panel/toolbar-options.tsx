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

/** One filter's drop-down: its choices, each worded for a person, the current one selected. */
function FilterSelect<T extends string>(props: {
  label: string;
  testId: string;
  value: T;
  choices: readonly T[];
  text(choice: T): string;
  onChange(choice: T): void;
}) {
  return (
    <select
      aria-label={props.label}
      data-testid={props.testId}
      value={props.value}
      // The options are `choices`: the value read back is one of them.
      onChange={(e) => props.onChange(e.currentTarget.value as T)}
    >
      {props.choices.map((c) => (
        <option key={c} value={c}>
          {props.text(c)}
        </option>
      ))}
    </select>
  );
}

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
      <FilterSelect
        label="Role"
        testId="filter-role"
        value={f.role}
        choices={ROLES}
        text={(r) => (r === 'all' ? 'Any role' : r)}
        onChange={(role) => p.onFilter({ ...f, role })}
      />
      <FilterSelect
        label="Lifetime"
        testId="filter-lifetime"
        value={f.lifetime}
        choices={LIFETIMES}
        text={(l) => LIFETIME_TEXT[l]}
        onChange={(lifetime) => p.onFilter({ ...f, lifetime })}
      />
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

/** The toolbar's secondary controls: inline when wide, in the "More" popover when compact (issue #18). */
import type { Role } from '../../core/roles/classify-role';
import { CheckBox } from '../kit/check-box';
import { OptionSelect } from '../kit/option-select';
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
      <CheckBox label="Preserve log" checked={p.preserveLog} onToggle={p.onPreserveLog} />
      <span class="sep" />
      <OptionSelect
        label="Role"
        testId="filter-role"
        value={f.role}
        options={ROLES}
        text={(r) => (r === 'all' ? 'Any role' : r)}
        onSelect={(role) => p.onFilter({ ...f, role })}
      />
      <OptionSelect
        label="Lifetime"
        testId="filter-lifetime"
        value={f.lifetime}
        options={LIFETIMES}
        text={(l) => LIFETIME_TEXT[l]}
        onSelect={(lifetime) => p.onFilter({ ...f, lifetime })}
      />
      <CheckBox
        label="Has findings"
        testId="filter-findings"
        checked={f.hasFindings}
        onToggle={(hasFindings) => p.onFilter({ ...f, hasFindings })}
      />
      <span class="sep" />
      <CheckBox label="Mask values" testId="mask" checked={p.masked} onToggle={p.onMask} />
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

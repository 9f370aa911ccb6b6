/**
 * The Cookies table's columns (issue #18), ordered by what answers "what is this cookie and is it a
 * problem?" first — Name, Role, Lifetime, Flags, Findings — then where it lives and what it holds. Like
 * DevTools' Network table, columns can be hidden from the header's context menu, and trailing ones drop
 * out when the panel is too narrow (docked right at 420 px), so the leading ones are never pushed
 * off-screen. Pure: the view turns the result into a grid template.
 */
export type ColumnId =
  | 'name'
  | 'role'
  | 'lifetime'
  | 'flags'
  | 'findings'
  | 'domain'
  | 'path'
  | 'value'
  | 'size'
  | 'source';

export interface ColumnSpec {
  id: ColumnId;
  label: string;
  /** Narrowest useful width in px; the grid track is minmax(min, grow fr) or a fixed width. */
  min: number;
  grow: number | null;
  /** The Name column cannot be hidden: it identifies the row. */
  fixed?: boolean;
  numeric?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'name', label: 'Name', min: 96, grow: 1.6, fixed: true },
  { id: 'role', label: 'Role', min: 64, grow: null },
  { id: 'lifetime', label: 'Lifetime', min: 76, grow: 1.2 },
  { id: 'flags', label: 'Flags', min: 64, grow: 1.1 },
  { id: 'findings', label: 'Findings', min: 70, grow: null, numeric: true },
  { id: 'domain', label: 'Domain', min: 90, grow: 1 },
  { id: 'path', label: 'Path', min: 44, grow: 0.4 },
  { id: 'value', label: 'Value', min: 90, grow: 1.4 },
  { id: 'size', label: 'Size', min: 44, grow: null, numeric: true },
  { id: 'source', label: 'Source', min: 120, grow: 1 },
];

/** Grid gap and the row's horizontal padding, as in panel.css (.crow). */
const GAP = 8;
const PADDING = 16 + 12;

/**
 * The columns to show at `width` px: the user's choice minus the trailing columns that do not fit at
 * their minimum width. The leading columns are kept in order, so Name, Role and Findings stay in view.
 */
export function fitColumns(hidden: ReadonlySet<ColumnId>, width: number): ColumnSpec[] {
  const chosen = COLUMNS.filter((c) => c.fixed || !hidden.has(c.id));
  // Width 0 is "not measured yet" (first paint, happy-dom): show everything chosen.
  if (width <= 0) return chosen;
  const keep = new Set<ColumnId>();
  let used = PADDING;
  // Findings outranks Lifetime and Flags when room runs out: it is the column that says "problem".
  const byPriority = [...chosen].sort((a, b) => PRIORITY.indexOf(a.id) - PRIORITY.indexOf(b.id));
  for (const c of byPriority) {
    const need = c.min + (keep.size > 0 ? GAP : 0);
    if (keep.size > 0 && used + need > width) break;
    keep.add(c.id);
    used += need;
  }
  return chosen.filter((c) => keep.has(c.id));
}

const PRIORITY: readonly ColumnId[] = [
  'name',
  'role',
  'findings',
  'lifetime',
  'flags',
  'domain',
  'path',
  'value',
  'size',
  'source',
];

export function gridTemplate(columns: readonly ColumnSpec[]): string {
  return columns.map((c) => (c.grow === null ? `${c.min}px` : `minmax(${c.min}px, ${c.grow}fr)`)).join(' ');
}

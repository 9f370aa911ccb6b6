/** The Cookies columns the user hid from the header's context menu, remembered (issue #18). */
import { useState } from 'preact/hooks';
import { COLUMNS, type ColumnId } from './cookie-columns';
import { isStringList, readPref, writePref } from './panel-prefs';

const KNOWN = new Set<string>(COLUMNS.filter((c) => !c.fixed).map((c) => c.id));

export function useHiddenColumns(): [ReadonlySet<ColumnId>, (id: ColumnId) => void] {
  const [hidden, setHidden] = useState<ReadonlySet<ColumnId>>(
    () => new Set(readPref('hidden-columns', [], isStringList).filter((id) => KNOWN.has(id)) as ColumnId[]),
  );
  const toggle = (id: ColumnId) => {
    if (!KNOWN.has(id)) return;
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      writePref('hidden-columns', [...next]);
      return next;
    });
  };
  return [hidden, toggle];
}

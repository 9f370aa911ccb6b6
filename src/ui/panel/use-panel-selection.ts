/**
 * The panel's selection store: the open tab, the selected cookie, whether its detail pane is open, the
 * selected request and the cookie the Flow view traces. The row selection and the open pane are apart:
 * ↑/↓ browse rows without covering the list (issue #18).
 */
import { useState } from 'preact/hooks';
import type { TabId } from './panel-views';

export interface PanelSelection {
  tab: TabId;
  setTab(tab: TabId): void;
  selectedKey: string | null;
  paneOpen: boolean;
  selectedExchange: string | null;
  /** The Flow view's traced cookie: it follows the selection, but survives closing the pane (Esc). */
  tracedKey: string | null;
  /** Selects a cookie (null: none); `open` also opens its pane, or closes it for null. */
  select(key: string | null, open?: boolean): void;
  closePane(): void;
  /** Shows a request in the Requests tab. */
  selectExchange(id: string): void;
  /** Traces a cookie in the Flow view and selects it (null: neither). */
  trace(key: string | null): void;
  /** Clear: nothing selected, open or traced. */
  reset(): void;
}

export function usePanelSelection(initialTab: TabId): PanelSelection {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [paneOpen, setPaneOpen] = useState(false);
  const [selectedExchange, setSelectedExchange] = useState<string | null>(null);
  const [tracedKey, setTracedKey] = useState<string | null>(null);
  const select = (key: string | null, open = true) => {
    setSelectedKey(key);
    if (key !== null) setTracedKey(key);
    if (open) setPaneOpen(key !== null);
  };
  return {
    tab,
    setTab,
    selectedKey,
    paneOpen,
    selectedExchange,
    tracedKey,
    select,
    closePane: () => setPaneOpen(false),
    selectExchange: (id) => {
      setSelectedExchange(id);
      setTab('requests');
    },
    trace: (key) => {
      setTracedKey(key);
      select(key);
    },
    reset: () => {
      select(null);
      setTracedKey(null);
      setSelectedExchange(null);
    },
  };
}

/**
 * The panel's keys (layout/use-panel-keys.ts says why they are caught where they are): Ctrl/Cmd+F and
 * "/" focus the filter, Esc closes the open detail pane.
 */
import type { RefObject } from 'preact';
import { usePanelKeys } from './layout/use-panel-keys';

export function usePanelShortcuts(
  filterRef: RefObject<HTMLInputElement>,
  paneShown: boolean,
  closePane: () => void,
  consumeEscape: boolean,
): void {
  usePanelKeys({
    onFind: () => {
      filterRef.current?.focus();
      filterRef.current?.select();
    },
    onEscape: () => {
      if (!paneShown) return false;
      closePane();
      return true;
    },
    consumeEscape,
  });
}

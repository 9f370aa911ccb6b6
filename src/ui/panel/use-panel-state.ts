/** Subscribes a component to the store; re-renders once per store flush (the store coalesces bursts). */
import { useEffect, useState } from 'preact/hooks';
import type { PanelState } from './panel-state';
import type { PanelStore } from './panel-store';

export function usePanelState(store: PanelStore): PanelState {
  const [state, setState] = useState(() => store.getState());
  useEffect(() => {
    const update = () => setState(store.getState());
    const off = store.subscribe(update);
    update();
    return off;
  }, [store]);
  return state;
}

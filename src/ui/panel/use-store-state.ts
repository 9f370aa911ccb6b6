/**
 * Subscribes a component to a store of the panel (PanelStore, JarStore): the state now, and again on
 * each notification — once per flush, as the stores coalesce bursts. No store (a plain page, tests): null.
 */
import { useEffect, useState } from 'preact/hooks';

/** What a component needs from a store: its state, and word that it changed. */
export interface StateSource<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

export function useStoreState<S>(store: StateSource<S>): S;
export function useStoreState<S>(store: StateSource<S> | undefined): S | null;
export function useStoreState<S>(store: StateSource<S> | undefined): S | null {
  const [state, setState] = useState<S | null>(() => store?.getState() ?? null);
  useEffect(() => {
    if (!store) return;
    const update = () => setState(store.getState());
    const off = store.subscribe(update);
    update();
    return off;
  }, [store]);
  return state;
}

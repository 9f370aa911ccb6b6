/** Subscribes a component to the panel's JarStore; a panel without one (plain page, tests) gets null. */
import { useEffect, useState } from 'preact/hooks';
import type { JarState, JarStore } from './jar-store';

export function useJarState(jar: JarStore | undefined): JarState | null {
  const [state, setState] = useState<JarState | null>(() => jar?.getState() ?? null);
  useEffect(() => {
    if (!jar) return;
    const update = () => setState(jar.getState());
    const off = jar.subscribe(update);
    update();
    return off;
  }, [jar]);
  return state;
}

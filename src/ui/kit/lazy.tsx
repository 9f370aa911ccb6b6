/**
 * Code a page does not need for its first paint, loaded on first use with `import()` (issue #16: the
 * panel's budget counts what it loads statically; its views, detail pane and exports come later). An
 * `import()` chunk loads fine in extension pages (Chrome and Firefox); only Chrome's MV3 service worker
 * refuses it, and the background imports nothing lazily.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyModule<T> {
  /** The module when it has loaded, else null: callers that can act synchronously do. */
  get(): T | null;
  /** Starts loading once; a failed load is tried again on the next call. */
  load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    get: () => loaded,
    load() {
      pending ??= importer().then(
        (mod) => {
          loaded = mod;
          return mod;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}

export interface LazyComponent<P> {
  (props: P): JSX.Element | null;
  /** Loads the chunk ahead of use (an idle moment after the first paint). */
  preload(): Promise<unknown>;
}

/**
 * A component whose code is in a lazy chunk: a short "Loading…" note until the chunk is there (a few
 * ms from the extension's files), then the component itself, synchronously on every later render.
 */
export function lazyComponent<P extends object>(
  mod: LazyModule<ComponentType<P>>,
  name: string,
): LazyComponent<P> {
  function Lazy(props: P) {
    const [, setLoaded] = useState(0);
    const [failed, setFailed] = useState<string | null>(null);
    const Component = mod.get();
    useEffect(() => {
      if (mod.get()) return;
      let live = true;
      mod.load().then(
        () => live && setLoaded((n) => n + 1),
        (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
      );
      return () => {
        live = false;
      };
    }, []);
    if (Component) return <Component {...props} />;
    return (
      <p class="empty-note muted" role={failed ? 'alert' : 'status'} data-testid="lazy-loading">
        {failed ? `The ${name} could not be loaded (${failed}).` : `Loading the ${name}…`}
      </p>
    );
  }
  Lazy.preload = () => mod.load().catch(() => undefined);
  return Lazy;
}

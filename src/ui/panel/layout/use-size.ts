/**
 * An element's size, kept current with ResizeObserver. Also re-measures when the document becomes
 * visible again: Firefox can hand a panel a zero-sized viewport while the toolbox moves between
 * docks (issue #18, problem 10), and a panel that kept that measurement drew nothing afterwards.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface Size {
  width: number;
  height: number;
}

const UNMEASURED: Size = { width: 0, height: 0 };

/**
 * The page's viewport, for an element that fills it (the panel's root: panel.css). The first render then
 * has the size it is laid out at, and the measure after it changes nothing: with 0×0 first, the whole
 * panel rendered again before its first paint (~4 ms of CPU to the first row, issue #16, traced).
 */
export function viewportSize(): Size {
  return typeof window === 'undefined'
    ? UNMEASURED
    : { width: window.innerWidth, height: window.innerHeight };
}

/** `initial`: the size expected before the first measure (0×0, "not measured", when not known). */
export function useSize(ref: RefObject<HTMLElement>, initial?: () => Size): Size {
  const [size, setSize] = useState<Size>(initial ?? UNMEASURED);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = { width: el.clientWidth, height: el.clientHeight };
      setSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    window.addEventListener('resize', measure);
    document.addEventListener('visibilitychange', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      document.removeEventListener('visibilitychange', measure);
    };
  }, [ref]);
  return size;
}

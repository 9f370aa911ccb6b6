/**
 * The analysis joined with the browser's jar (issue #13), the join's code loaded once there is a jar to
 * join (issue #16): the jar is read through the background after the panel opens, so the join rules
 * (~9 KB minified, in the panel's later chunk: lazy-panes.ts) need not be parsed before the first rows. Until the chunk is there (a few ms from
 * the extension's files), the rows show what the capture alone says, as before any jar read.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../core/analysis/analyzer';
import type { JoinedAnalysis } from '../../core/analysis/jar-join';
import type { JarSnapshot } from '../../core/analysis/jar-types';
import { later as jarJoin } from './lazy-panes';

export function useJoinedAnalysis(analysis: Analysis, snapshot: JarSnapshot | null): JoinedAnalysis {
  const [, setLoaded] = useState(0);
  const mod = jarJoin.get();
  useEffect(() => {
    if (snapshot === null || jarJoin.get()) return;
    let live = true;
    // A failed load leaves the capture's own view: what the panel shows without a jar.
    jarJoin.load().then(
      () => live && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [snapshot]);
  return useMemo(
    () => (snapshot !== null && mod ? mod.joinJar(analysis, snapshot) : { ...analysis, jar: null }),
    [analysis, snapshot, mod],
  );
}

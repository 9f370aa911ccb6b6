/**
 * One entry bundled and minified as ESM, in memory (nothing written), from the repository root: the
 * panel bench's page bundle and the gzipped-size estimate of the panel both start from this.
 */
import { type BuildOptions, build } from 'esbuild';
import { repoRoot } from '../browsers/extension-build.ts';

export function bundleInMemory(entry: string, options: Omit<BuildOptions, 'write' | 'metafile'>) {
  return build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    ...options,
    write: false,
    metafile: true,
  });
}

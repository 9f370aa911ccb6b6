/**
 * The gzipped bytes each extension page loads before it works (its entry plus the chunks it imports
 * statically), from the real dist/chrome build, against the budgets of issue #16
 * (scripts/lib/bundle-sizes.ts). `import()` chunks, loaded on first use, are noted beside, not counted.
 * Needs dist/chrome (npx tsx scripts/build.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { repoRoot } from '../../scripts/bench/panel-page.ts';
import { BUDGETS_KB, bundleSize } from '../../scripts/lib/bundle-sizes.ts';

export default async function (): Promise<BenchResult> {
  const dir = join(repoRoot, 'dist/chrome');
  if (!existsSync(join(dir, 'panel.js')))
    throw new Error('dist/chrome is missing: run `npx tsx scripts/build.ts` first');
  const rows: BenchRow[] = [];
  const ratios: BenchResult['ratios'] = [];
  for (const [name, budget] of Object.entries(BUDGETS_KB)) {
    const size = bundleSize(dir, `${name}.js`);
    rows.push({
      name: `${name}.js gzipped KB, with ${size.chunks.length} shared chunk(s)`,
      ms: size.totalGz / 1024,
      note: `own ${(size.ownGz / 1024).toFixed(1)} KB${size.lazy.length ? `; later, on use (not budgeted): ${(size.lazyGz / 1024).toFixed(1)} KB in ${size.lazy.length} import() chunk(s)` : ''}`,
    });
    ratios.push({
      label: `${name} bundle gzipped (total)`,
      value: size.totalGz / 1024,
      target: budget,
      better: 'lower',
      unit: 'KB',
    });
  }
  return { title: 'Extension bundle budgets (dist/chrome)', rows, ratios };
}

/**
 * Gzipped sizes of the extension's entry bundles, each with the shared chunks it imports (esbuild code
 * splitting puts tldts's public-suffix list and the core analysis in chunks shared by panel, popup and
 * background). "total" is what a page really loads; budgets (docs/architecture.md §8) are checked against it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  entry: string;
  ownGz: number;
  totalGz: number;
  chunks: string[];
}

/**
 * Gzipped budgets for what each page loads, shared chunks included (issue #16: tldts stays, the
 * public suffix list is worth it; any data table added counts against these).
 */
export const BUDGETS_KB: Readonly<Record<'panel' | 'background' | 'popup', number>> = {
  panel: 110,
  background: 90,
  popup: 25,
};

/** "PASS  chrome panel.js 102.4 KB gzipped with shared chunks (budget <= 110 KB)". */
export function budgetLine(label: string, totalGz: number, budgetKb: number): string {
  const kb = totalGz / 1024;
  return `${kb <= budgetKb ? 'PASS' : 'MISS'}  ${label} ${kb.toFixed(1)} KB gzipped with shared chunks (budget <= ${budgetKb} KB)`;
}

const IMPORT = /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

export function bundleSize(dir: string, entry: string): BundleSize {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1];
      if (spec) visit(normalize(relative(dir, join(dir, dirname(file), spec))));
    }
  };
  visit(entry);
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const chunks = [...seen].filter((f) => f !== entry);
  return { entry, ownGz: gz(entry), totalGz: [...seen].reduce((sum, f) => sum + gz(f), 0), chunks };
}

/**
 * Gzipped sizes of the extension's entry bundles, each with the chunks it imports statically: what the
 * page loads before its first line runs, which is what the budgets (docs/architecture.md §8, issue #16)
 * count. Chunks reached only through `import()` (the panel's views, detail pane, exports, jar join, HAR
 * reader, JWT verification) load when first used and are reported apart, never counted. The background
 * and the popup are single files (scripts/build.ts): Chrome's MV3 service worker cannot `import()`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  entry: string;
  ownGz: number;
  /** The entry plus every chunk it imports statically: the budgeted number. */
  totalGz: number;
  chunks: string[];
  /** Chunks only `import()` reaches (with their own static imports), loaded on use: not budgeted. */
  lazy: string[];
  lazyGz: number;
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
const DYNAMIC = /import\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

export function bundleSize(dir: string, entry: string): BundleSize {
  const resolveIn = (file: string, spec: string) => normalize(relative(dir, join(dir, dirname(file), spec)));
  /** Static closure of `from`, skipping what `seen` holds; collects the `import()` targets met. */
  const closure = (from: string, seen: Set<string>, dynamic: Set<string>) => {
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(DYNAMIC)) if (m[1]) dynamic.add(resolveIn(file, m[1]));
      for (const m of text.matchAll(IMPORT)) if (m[1]) visit(resolveIn(file, m[1]));
    };
    visit(from);
  };
  const statics = new Set<string>();
  const dynamic = new Set<string>();
  closure(entry, statics, dynamic);
  const lazy = new Set<string>(statics);
  for (const target of dynamic) closure(target, lazy, dynamic);
  for (const file of statics) lazy.delete(file);
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gz(f), 0);
  return {
    entry,
    ownGz: gz(entry),
    totalGz: sum(statics),
    chunks: [...statics].filter((f) => f !== entry),
    lazy: [...lazy],
    lazyGz: sum(lazy),
  };
}

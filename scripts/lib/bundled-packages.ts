/**
 * The npm packages esbuild put into a bundle, from its metafile's input paths
 * (`node_modules/tldts-core/dist/es6/index.js` → `tldts-core`, scoped names kept whole), sorted and
 * unique. Pure, so the notices check in scripts/package.ts rests on a tested function.
 */
export function bundledPackages(inputs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = input.slice(at + 'node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : parts[0];
    if (name) names.add(name);
  }
  return [...names].sort();
}

/**
 * tsc copies import specifiers into the .d.ts files as written, and our sources import without
 * extensions (esbuild and `moduleResolution: bundler` resolve them). A consumer under
 * `moduleResolution: nodenext` needs the real file name (TS2834), so after tsc the build rewrites every
 * relative specifier in the declarations to the `.js` file (or the folder's `index.js`) it stands for.
 * Pure: the caller says which kind of thing a specifier names.
 */

/** What a relative specifier names, seen from the declaration file that holds it. */
export type SpecifierTarget = 'file' | 'dir' | 'other';

// `from './x'`, `import('./x')`, `export * from "./x"`: the quoted relative path after `from` or `import(`.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

export function withJsExtensions(dts: string, targetOf: (specifier: string) => SpecifierTarget): string {
  return dts.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
    if (/\.(c|m)?js$/.test(spec)) return whole;
    const target = targetOf(spec);
    if (target === 'file') return `${lead}${quote}${spec}.js${quote}`;
    if (target === 'dir') return `${lead}${quote}${spec}/index.js${quote}`;
    return whole;
  });
}

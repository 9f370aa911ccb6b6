/**
 * The product version. package.json is its one source: scripts/build.ts (esbuild `define`) and
 * vitest.config.ts write it in, so after `npm version` the next build carries the new number into the
 * CLI, the library, the JSON report and both manifests. Code run straight from source (the tsx scripts)
 * has no define and says so instead of showing a stale number.
 */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-source';

/** Replaced at build time by esbuild `define` (scripts/build.ts); tests get them from vitest.config.ts. */
declare const __DEV__: boolean;
declare const __BROWSER__: 'chrome' | 'firefox' | 'node';
/** package.json's version (src/core/version.ts). */
declare const __VERSION__: string;

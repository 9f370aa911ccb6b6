/**
 * package.json's version (src/core/version.ts), replaced at build time by esbuild `define`
 * (scripts/build.ts); tests get it from vitest.config.ts.
 */
declare const __VERSION__: string;

/**
 * The real CLI for the process tests: `src/cli/main.ts` bundled by esbuild into a temp dir, as
 * scripts/build.ts builds dist/lib/cli.js, so a test runs it with node as a user would. Call it in a
 * suite: the bundle is built before the suite's tests and removed after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

export interface BundledCli {
  /** The temp dir, also the place for a test's input files. */
  readonly dir: string;
  /** The bundled `cli.mjs`. */
  readonly cli: string;
}

export function bundledCli(): BundledCli {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cookie-lens-cli-'));
    await build({
      entryPoints: [new URL('../../../src/cli/main.ts', import.meta.url).pathname],
      outfile: join(dir, 'cli.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  // Read in the tests, once beforeAll has made them.
  return {
    get dir() {
      return dir;
    },
    get cli() {
      return join(dir, 'cli.mjs');
    },
  };
}

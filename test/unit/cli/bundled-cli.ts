/**
 * The real CLI for the process tests: `src/cli/main.ts` bundled by esbuild into a temp dir, as
 * scripts/build.ts builds dist/lib/cli.js, so a test runs it with node as a user would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface BundledCli {
  /** The temp dir, also the place for a test's input files. */
  dir: string;
  /** The bundled `cli.mjs`. */
  cli: string;
  remove(): void;
}

export async function bundleCli(): Promise<BundledCli> {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-cli-'));
  const cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [new URL('../../../src/cli/main.ts', import.meta.url).pathname],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return { dir, cli, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

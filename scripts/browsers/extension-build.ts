/**
 * The built extension folders the e2e tests and the headless tour load. The build belongs to scripts/build.ts; a missing
 * build is an error that says how to make it, never a skip, and a build older than its sources is
 * reported (the tests would otherwise judge yesterday's code).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ExtensionTarget = 'chrome' | 'firefox';

/** The repository root (this file is scripts/browsers/extension-build.ts). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const SOURCES = ['src', 'panels', 'manifest.json', 'scripts/build.ts'];
const MAX_FILES = 5_000; // bounded walk

/** Newest modification time among the extension's sources (ms since epoch). */
export function newestSourceMtime(root = repoRoot): number {
  let newest = 0;
  let seen = 0;
  const visit = (path: string) => {
    if (seen++ > MAX_FILES || !existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const source of SOURCES) visit(join(root, source));
  return newest;
}

const warned = new Set<ExtensionTarget>();

/** Absolute path of dist/<target>; throws if it has no manifest.json, warns if it is stale. */
export function distDir(target: ExtensionTarget): string {
  const dir = join(repoRoot, 'dist', target);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`${manifest} is missing: build the extension first with \`npx tsx scripts/build.ts\``);
  }
  if (!warned.has(target) && statSync(manifest).mtimeMs < newestSourceMtime()) {
    warned.add(target);
    console.warn(
      `[browsers] dist/${target} is older than src/ or panels/: this run loads the old build. ` +
        'Run `npx tsx scripts/build.ts` first (npm test does).',
    );
  }
  return dir;
}

/**
 * The built extension folders the e2e tests load. The build belongs to scripts/build.ts; a missing
 * build is an error that says how to make it, never a skip.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ExtensionTarget = 'chrome' | 'firefox';

/** The repository root (this file is test/e2e/harness/extension-build.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of dist/<target>; throws if it has no manifest.json. */
export function distDir(target: ExtensionTarget): string {
  const dir = fileURLToPath(new URL(`../../../dist/${target}`, import.meta.url));
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(
      `${dir}/manifest.json is missing: build the extension first with \`npx tsx scripts/build.ts\``,
    );
  }
  return dir;
}

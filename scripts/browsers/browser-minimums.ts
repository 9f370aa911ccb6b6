/**
 * The oldest browsers the product admits, read from manifest.json (one source: the e2e suite checks
 * the same numbers the stores enforce). A browser below them fails the run at launch, in one line that
 * names the version needed and how to get it, instead of failing some test later for a reason that
 * has nothing to do with the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './extension-build';

interface ManifestMinimums {
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'manifest.json'), 'utf8')) as ManifestMinimums;

export const MIN_CHROMIUM = Number.parseInt(manifest.minimum_chrome_version ?? '0', 10);
export const MIN_FIREFOX = Number.parseInt(
  manifest.browser_specific_settings?.gecko?.strict_min_version ?? '0',
  10,
);

/** The major version in "Chrome/150.0.7871.100", "HeadlessChrome/156.0…" or "140.12.0". */
export function majorVersion(version: string): number {
  const match = /(\d+)\.\d+/.exec(version);
  return match?.[1] ? Number(match[1]) : Number.NaN;
}

/** Throws one line when `version` is below the manifest's minimum for that browser. */
export function assertSupported(browser: 'chromium' | 'firefox', version: string): void {
  const major = majorVersion(version);
  const min = browser === 'chromium' ? MIN_CHROMIUM : MIN_FIREFOX;
  if (Number.isFinite(major) && major >= min) return;
  const how =
    browser === 'chromium'
      ? `apt-get update && apt-get install chromium, or set CHROME_BIN to Chrome/Chromium ${min}+`
      : `apt-get update && apt-get install firefox-esr, or set FIREFOX_BIN to Firefox ${min}+`;
  throw new Error(
    `${browser} ${version} is older than the ${min} the manifest admits; the e2e suite needs ${min} or newer (${how})`,
  );
}

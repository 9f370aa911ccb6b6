/**
 * Where the real browsers live. An env var wins (CHROME_BIN / FIREFOX_BIN), then the Debian paths
 * (test/e2e/README.md), then whatever is on PATH, so the same tests run on CI and on a laptop.
 * A missing browser is an error that says how to fix it: e2e tests never skip silently.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

const CHROMIUM_CANDIDATES = [
  // The real binary: the /usr/bin/chromium wrapper prints a shell warning and adds flags (E2E.md).
  '/usr/lib/chromium/chromium',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  'firefox-esr',
  'firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a bare command name through PATH, an absolute path as itself; null when not runnable. */
export function resolveExecutable(candidate: string, pathEnv = process.env.PATH ?? ''): string | null {
  if (isAbsolute(candidate)) return isExecutableFile(candidate) ? candidate : null;
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, candidate);
    if (isExecutableFile(full)) return full;
  }
  return null;
}

export interface BrowserLookup {
  label: string;
  envVar: string;
  candidates: readonly string[];
  installHint: string;
  /** Defaults to process.env (tests pass their own). */
  env?: Readonly<Record<string, string | undefined>>;
}

export function findBrowser({
  label,
  envVar,
  candidates,
  installHint,
  env = process.env,
}: BrowserLookup): string {
  const fromEnv = env[envVar];
  if (fromEnv) {
    const resolved = resolveExecutable(fromEnv, env.PATH ?? '');
    if (resolved) return resolved;
    // A set but wrong variable is a mistake to report, not a reason to fall back quietly.
    throw new Error(`${label}: ${envVar}=${fromEnv} is not an executable file. Fix or unset ${envVar}.`);
  }
  for (const candidate of candidates) {
    const resolved = resolveExecutable(candidate, env.PATH ?? '');
    if (resolved) return resolved;
  }
  throw new Error(
    `${label} not found (looked for ${candidates.join(', ')}). Install it with ` +
      `\`apt-get install -y ${installHint}\` (Debian/Ubuntu), or set ${envVar} to the browser's executable.`,
  );
}

export const CHROMIUM_LOOKUP: BrowserLookup = {
  label: 'chromium',
  envVar: 'CHROME_BIN',
  candidates: CHROMIUM_CANDIDATES,
  installHint: 'chromium firefox-esr',
};

export const FIREFOX_LOOKUP: BrowserLookup = {
  label: 'firefox',
  envVar: 'FIREFOX_BIN',
  candidates: FIREFOX_CANDIDATES,
  installHint: 'chromium firefox-esr',
};

export function findChromium(): string {
  return findBrowser(CHROMIUM_LOOKUP);
}

export function findFirefox(): string {
  return findBrowser(FIREFOX_LOOKUP);
}

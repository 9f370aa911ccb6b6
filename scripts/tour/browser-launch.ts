/**
 * `npm start` with a display: the demo plus a real browser window with the extension loaded, DevTools
 * open and the first lesson showing. Chromium is started directly (no automation: a normal window the
 * student uses), Firefox through web-ext. Resolves when the browser exits; the caller stops the demo.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { findChromium, findFirefox } from '../browsers/browser-paths';
import { createTourProfile } from './tour-profile';

export interface RunningBrowser {
  name: string;
  /** Resolves with the exit code once the browser (and for Firefox, web-ext) has exited. */
  exited: Promise<number>;
  /** Asks it to quit (SIGINT for web-ext: SIGTERM once left Firefox running, test/e2e/README.md). */
  stop(): void;
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
    child.once('error', () => resolve(1));
  });
}

/** Throws a one-line Error naming what to install when no Chromium is found. */
export function launchChromium(root: string, startUrl: string): RunningBrowser {
  const bin = findChromium();
  const ext = join(root, 'dist/chrome');
  // Same profile as the tour: third-party cookies allowed, so lesson 6 shows what it teaches.
  const profile = createTourProfile();
  const args = [
    `--user-data-dir=${profile.dir}`,
    `--load-extension=${ext}`,
    `--disable-extensions-except=${ext}`,
    '--auto-open-devtools-for-tabs',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root without it
    startUrl,
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = exitOf(child).then((code) => {
    profile.remove();
    return code;
  });
  return { name: `Chromium (${bin})`, exited, stop: () => child.kill('SIGTERM') };
}

export function launchFirefox(root: string, startUrl: string): RunningBrowser {
  const bin = findFirefox();
  const webExt = join(root, 'node_modules/.bin/web-ext');
  const args = [
    'run',
    '--source-dir',
    join(root, 'dist/firefox'),
    '--firefox',
    bin,
    '--start-url',
    startUrl,
    '--no-input',
    '--no-reload',
    // Opens the toolbox of the first tab; the Cookies panel is one of its tabs.
    '--arg=-devtools',
    // Keep the panel's backfill when a lesson page navigates (test/e2e/README.md).
    '--pref=devtools.netmonitor.persistlog=true',
  ];
  const child = spawn(webExt, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return { name: `Firefox (${bin}) via web-ext`, exited: exitOf(child), stop: () => child.kill('SIGINT') };
}

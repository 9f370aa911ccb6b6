/**
 * `npm start`: build the extension, serve the teaching demo and open a browser on its first lesson with
 * the extension loaded and DevTools open (Chromium by default, `--firefox` for Firefox). With no
 * display (Linux without DISPLAY/WAYLAND_DISPLAY) or with `--headless`, run the whole tour in headless
 * Chromium instead and write out/tour/report.md plus screenshots. Exit codes: 0 done, 1 the tour
 * failed, 2 bad usage, no browser, or the build failed.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lessons, startDemo } from './demo/server';
import { launchChromium, launchFirefox, type RunningBrowser } from './tour/browser-launch';
import { headlessTour } from './tour/headless-tour';
import { parseStartArgs } from './tour/start-options';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(code: number, message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(code);
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

const parsed = parseStartArgs(process.argv.slice(2), process.env, process.platform);
if (!parsed.ok) fail(2, parsed.message);
const options = parsed.options;

if (options.build) {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0)
    fail(2, `the build failed (exit ${build.status ?? build.signal}); run \`npm run build\` to see why`);
  console.log('Built dist/chrome and dist/firefox.');
}

if (options.mode === 'tour') {
  try {
    await headlessTour({
      outDir: join(root, 'out/tour'),
      port: options.port,
      only: options.only ?? undefined,
    });
    process.exit(0);
  } catch (error) {
    const message = oneLine(error);
    fail(
      / not found \(looked for |is not an executable file/.test(message) ? 2 : 1,
      `tour failed: ${message}`,
    );
  }
}

const demo = await startDemo({ port: options.port }).catch((error: unknown) =>
  fail(2, `cannot start the demo: ${oneLine(error)}`),
);
const first = lessons[0];
const startUrl = `${demo.url}${first?.path ?? '/'}`;
let browser: RunningBrowser;
try {
  browser = options.mode === 'firefox' ? launchFirefox(root, startUrl) : launchChromium(root, startUrl);
} catch (error) {
  await demo.close();
  fail(2, oneLine(error));
}
console.log(`Teaching demo: ${demo.url} (second site ${demo.altUrl}). ${browser.name} opens ${startUrl}.`);
console.log(
  'DevTools is open: pick the "Cookies" panel (in Chrome it may hide behind »). Ctrl+C stops everything.',
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  browser.stop();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const code = await browser.exited;
await demo.close();
process.exit(stopping ? 0 : code);

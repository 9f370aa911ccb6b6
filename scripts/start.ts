/**
 * `npm start`: build the extension and tell how to load it.
 * (The teaching demo and the browser launcher hook in here as they land — see README.)
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`
Cookie Lens is built.
  Chrome / Chromium: chrome://extensions → Developer mode → Load unpacked → ${join(root, 'dist/chrome')}
  Firefox:           about:debugging#/runtime/this-firefox → Load Temporary Add-on… → ${join(root, 'dist/firefox/manifest.json')}
Then open DevTools on any page and pick the "Cookies" panel (it may sit behind the » overflow).`);

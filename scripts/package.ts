/**
 * `npm run package`: the release artifacts in artifacts/ (git-ignored), all named with package.json's
 * version:
 *   cookie-lens-chrome-<v>.zip   what the Chrome Web Store takes (dist/chrome, manifest at the root)
 *   cookie-lens-firefox-<v>.zip  `web-ext build` of dist/firefox, after `web-ext lint` passes with no
 *                                errors or warnings (ready to upload to AMO for signing)
 *   cookie-lens-source-<v>.zip   the source AMO asks for: the tracked files as they are now (git), with
 *                                BUILDING.md at the top saying how to rebuild the Firefox zip from it
 * The extension is built with `--release`: no source maps in the store zips (reviewers get the source).
 * Stops at the first failure with one line; exit 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const outArg = process.argv.indexOf('--out');
/** `--out DIR` (tests) writes the artifacts elsewhere; default artifacts/. */
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1] ?? 'artifacts') : join(root, 'artifacts');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

function run(what: string, cmd: string, args: string[]): string {
  console.log(`▶ ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    console.error(`package: ${what} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  return r.stdout;
}

function checkNotices(): void {
  const bundled = JSON.parse(readFileSync(join(root, 'dist', 'bundled-packages.json'), 'utf8')) as string[];
  const notices = readFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  const missing = bundled.filter((name) => !notices.includes(`[${name}]`));
  if (missing.length > 0) {
    console.error(`package: THIRD-PARTY-NOTICES.md does not list bundled package(s): ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log(`  notices cover the bundled packages: ${bundled.join(', ')}`);
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/**
 * `web-ext lint` on what goes to AMO, strict: no errors, no warnings, with one known exception. Preact's
 * renderer assigns innerHTML for `dangerouslySetInnerHTML` (UNSAFE_VAR_ASSIGNMENT); we never use that prop
 * (biome's noDangerouslySetInnerHtml is an error), so that path never runs. It is accepted only in a file
 * that holds Preact's own code, and printed, so a reviewer sees it.
 */
function lintFirefox(): void {
  const out = run('web-ext lint (firefox)', bin('web-ext'), [
    'lint',
    '--source-dir',
    'dist/firefox',
    '--no-config-discovery',
    '--output',
    'json',
  ]);
  const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
  const isPreactInnerHtml = (w: LintMessage) =>
    w.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    w.file !== undefined &&
    readFileSync(join(root, 'dist/firefox', w.file), 'utf8').includes('dangerouslySetInnerHTML');
  const accepted = report.warnings.filter(isPreactInnerHtml);
  const problems = [...report.errors, ...report.warnings.filter((w) => !isPreactInnerHtml(w))];
  for (const w of accepted)
    console.log(`  accepted: ${w.code} in ${w.file} (Preact's dangerouslySetInnerHTML, unused)`);
  if (problems.length > 0) {
    for (const p of problems) console.error(`  ${p.code}: ${p.message} (${p.file ?? 'manifest'})`);
    console.error(`package: web-ext lint found ${problems.length} problem(s) in dist/firefox`);
    process.exit(1);
  }
  console.log(`  web-ext lint: 0 errors, ${report.warnings.length - accepted.length} warnings`);
}

function webExtBuild(browser: 'chrome' | 'firefox'): string {
  const filename = `cookie-lens-${browser}-${version}.zip`;
  run(`web-ext build (${browser})`, bin('web-ext'), [
    'build',
    '--source-dir',
    `dist/${browser}`,
    '--artifacts-dir',
    outDir,
    '--filename',
    filename,
    '--overwrite-dest',
    '--no-config-discovery',
    '--ignore-files',
    '**/*.map',
  ]);
  return filename;
}

function sourceZip(): string {
  const filename = `cookie-lens-source-${version}.zip`;
  // `git stash create` makes a commit of the working tree's tracked files without touching anything, so
  // uncommitted edits are in the zip; with a clean tree it prints nothing and HEAD is the source.
  const stash = run('git stash create', 'git', ['stash', 'create']).trim();
  const untracked = run('git status', 'git', ['status', '--porcelain', '--untracked-files=normal'])
    .split('\n')
    .filter((l) => l.startsWith('??'));
  if (untracked.length > 0)
    console.warn(`  note: ${untracked.length} untracked file(s) are not in the source zip (git add them)`);
  run('source zip (git archive)', 'git', [
    'archive',
    '--format=zip',
    `--prefix=cookie-lens-${version}/`,
    '-o',
    join(outDir, filename),
    stash || 'HEAD',
  ]);
  return filename;
}

if (!process.argv.includes('--no-build'))
  run('build (release)', bin('tsx'), ['scripts/build.ts', '--release']);
checkNotices();
lintFirefox();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const made = [webExtBuild('chrome'), webExtBuild('firefox'), sourceZip()];
console.log('\nartifacts:');
for (const f of made)
  console.log(`  artifacts/${f}  ${(statSync(join(outDir, f)).size / 1024).toFixed(1)} KB`);

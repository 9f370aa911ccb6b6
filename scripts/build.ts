/**
 * The one build script (house style §3): esbuild bundles for dist/chrome and dist/firefox from one
 * manifest, plus dist/lib (library + CLI for Node, with type declarations).
 * Usage: tsx scripts/build.ts [--watch] [--dev] [--release] [--only ext|lib]
 * `--release` (used by `npm run package`) leaves source maps out of the extension: the stores get the
 * source zip instead, and maps would double the download for nobody.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, context, type Metafile } from 'esbuild';
import { BUDGETS_KB, budgetLine, bundleSize } from './lib/bundle-sizes.ts';
import { bundledPackages } from './lib/bundled-packages.ts';
import { type SpecifierTarget, withJsExtensions } from './lib/dts-specifiers.ts';
import { iconPng } from './lib/icon-png.ts';
import { type Manifest, manifestForBrowser, type TargetBrowser } from './lib/manifest-for-browser.ts';
import { staticImportClosure, withModulePreloads } from './lib/module-preload.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = args.has('--dev') || watch;
const release = args.has('--release') && !dev;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const browsers: TargetBrowser[] = ['chrome', 'firefox'];
const pages = ['devtools', 'panel', 'popup', 'grant'];

/** What every extension bundle shares: ESM for Chrome 150 / Firefox 140, minified outside --dev. */
function extensionCommon(browser: TargetBrowser): BuildOptions {
  return {
    absWorkingDir: root,
    outdir: join(root, 'dist', browser),
    bundle: true,
    format: 'esm',
    target: ['chrome150', 'firefox140'],
    minify: !dev,
    sourcemap: dev ? 'inline' : release ? false : 'linked',
    // Which packages end up in the bundles: `npm run package` checks THIRD-PARTY-NOTICES.md against it.
    metafile: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    // Debug output never ships (house style §9): `debugger` statements go, biome forbids console.log.
    drop: dev ? [] : ['debugger'],
    logLevel: 'warning',
  };
}

/**
 * Two builds per browser (issue #16):
 * - the panel, split: its first paint loads statically (modulepreloaded, see preloadChunks), the rest
 *   (views, detail pane, exports, jar join, HAR reader, JWT verification) as `import()` chunks on use;
 * - every other entry as one self-contained file. Chrome's MV3 service worker cannot `import()`, so
 *   the background gains nothing from chunks but loses gzip context across them (+3 KB, measured); the
 *   popup then has no chunk waterfall before its grade; and code the panel shared with the grant page
 *   or the import worker no longer cuts the panel's first paint into more separately gzipped chunks.
 */
function extensionOptions(browser: TargetBrowser): BuildOptions[] {
  const common = extensionCommon(browser);
  return [
    {
      ...common,
      entryPoints: { panel: 'panels/panel.tsx' },
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    },
    {
      ...common,
      entryPoints: {
        background: 'src/background/service-worker.ts',
        popup: 'panels/popup.tsx',
        devtools: 'panels/devtools.ts',
        grant: 'panels/grant.ts',
        'import-worker': 'panels/import-worker.ts',
      },
    },
  ];
}

function libOptions(): BuildOptions[] {
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // No maps in the npm package: the CLI never shows a stack trace, and readable ESM is shipped as is.
    sourcemap: false,
    minify: false,
    packages: 'external',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
  };
  return [
    { ...common, entryPoints: { index: 'src/index.ts' }, outdir: join(root, 'dist/lib') },
    {
      ...common,
      entryPoints: { cli: 'src/cli/main.ts' },
      outdir: join(root, 'dist/lib'),
      banner: { js: '#!/usr/bin/env node' },
    },
  ];
}

function writeStatic(browser: TargetBrowser): void {
  const out = join(root, 'dist', browser);
  mkdirSync(join(out, 'icons'), { recursive: true });
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  writeFileSync(
    join(out, 'manifest.json'),
    `${JSON.stringify(manifestForBrowser(source, browser, pkg.version), null, 2)}\n`,
  );
  for (const page of pages) copyFileSync(join(root, 'panels', `${page}.html`), join(out, `${page}.html`));
  for (const file of readdirSync(join(root, 'panels'))) {
    if (file.endsWith('.css')) copyFileSync(join(root, 'panels', file), join(out, file));
  }
  for (const size of [16, 32, 48, 128]) writeFileSync(join(out, 'icons', `icon-${size}.png`), iconPng(size));
}

function reportSizes(): void {
  const rows: string[] = [];
  for (const browser of browsers) {
    for (const name of ['panel', 'popup', 'background', 'devtools']) {
      try {
        const size = bundleSize(join(root, 'dist', browser), `${name}.js`);
        const later = size.lazy.length
          ? `   later, on use: ${kb(size.lazyGz)} in ${size.lazy.length} chunk(s)`
          : '';
        rows.push(
          `  ${browser.padEnd(8)} ${`${name}.js`.padEnd(14)} own ${kb(size.ownGz).padStart(9)}   with ${size.chunks.length} shared chunk(s) ${kb(size.totalGz).padStart(9)}${later}`,
        );
      } catch {
        // not built in this run (--only lib)
      }
    }
  }
  // Budgets count what a page loads before it works: its entry and static chunks, not import() ones.
  if (rows.length) console.log(`bundle sizes (gzipped):\n${rows.join('\n')}`);
  for (const browser of browsers) {
    for (const [name, budget] of Object.entries(BUDGETS_KB)) {
      try {
        const size = bundleSize(join(root, 'dist', browser), `${name}.js`);
        console.log(budgetLine(`${browser} ${name}.js`, size.totalGz, budget));
      } catch {
        // not built in this run (--only lib)
      }
    }
  }
}

/** Declarations that resolve under `moduleResolution: nodenext` as well as `bundler` (dts-specifiers.ts). */
function fixDeclarationSpecifiers(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      fixDeclarationSpecifiers(path);
      continue;
    }
    if (!entry.name.endsWith('.d.ts')) continue;
    const targetOf = (spec: string): SpecifierTarget => {
      const base = resolve(dir, spec);
      if (existsSync(`${base}.d.ts`)) return 'file';
      if (existsSync(join(base, 'index.d.ts')) && statSync(base).isDirectory()) return 'dir';
      return 'other';
    };
    writeFileSync(path, withJsExtensions(readFileSync(path, 'utf8'), targetOf));
  }
}

/** Preloads the chunks each page's script imports statically (module-preload.ts). */
function preloadChunks(browser: TargetBrowser, metafile: Metafile | undefined): void {
  const dir = join('dist', browser);
  for (const page of pages) {
    const html = join(root, dir, `${page}.html`);
    const src = `${page}.js`;
    const chunks = staticImportClosure(metafile?.outputs ?? {}, `${dir}/${src}`);
    const hrefs = chunks.map((chunk) => relative(dir, chunk).split(sep).join('/'));
    writeFileSync(html, withModulePreloads(readFileSync(html, 'utf8'), src, hrefs));
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const t0 = performance.now();
  const doExt = only !== 'lib';
  const doLib = only !== 'ext';
  if (doLib && !watch) rmSync(join(root, 'dist', 'lib'), { recursive: true, force: true });
  if (doExt) {
    for (const browser of browsers) {
      rmSync(join(root, 'dist', browser), { recursive: true, force: true });
      writeStatic(browser);
    }
  }
  const jobs: BuildOptions[] = [
    ...(doExt ? browsers.flatMap(extensionOptions) : []),
    ...(doLib ? libOptions() : []),
  ];
  if (watch) {
    for (const job of jobs) await (await context(job)).watch();
    console.log('watching for changes (Ctrl+C to stop)…');
    return;
  }
  const results = await Promise.all(jobs.map((job) => build(job)));
  if (doExt) {
    // The panel's build comes first of each browser's two (extensionOptions).
    for (const [i, browser] of browsers.entries()) preloadChunks(browser, results[i * 2]?.metafile);
    const inputs = results.flatMap((r) => Object.keys(r.metafile?.inputs ?? {}));
    writeFileSync(
      join(root, 'dist', 'bundled-packages.json'),
      `${JSON.stringify(bundledPackages(inputs), null, 2)}\n`,
    );
  }
  if (doLib) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    fixDeclarationSpecifiers(join(root, 'dist/lib/types'));
  }
  reportSizes();
  const outputs = [...(doExt ? ['dist/chrome', 'dist/firefox'] : []), ...(doLib ? ['dist/lib'] : [])];
  console.log(`built in ${Math.round(performance.now() - t0)} ms → ${outputs.join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

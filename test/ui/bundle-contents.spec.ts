/**
 * Issue #16: what the panel loads before its first paint (panel.js and the chunks it imports
 * statically, as scripts/build.ts splits it) and what the background bundles leave out the code only
 * a person reading a finding, a rejection or an import needs. Each one here once sat in the first
 * paint; a change that pulls one back fails with its name, not only as a bigger number in the bench.
 * The background also bundles no webextension-polyfill (src/platform/background-browser.ts: its 90 KB
 * budget), nor src/platform/browser.ts that imports it: biome stops src/background from importing
 * browser.ts, and this catches a platform module the background uses that imports it. The popup, which
 * keeps the polyfill (Chromium 150–151 have no `browser` for DevTools extensions, crbug.com/500769389),
 * is the control: the same check sees it there.
 */
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundledPackages } from '../../scripts/lib/bundled-packages.ts';
import { staticImportClosure } from '../../scripts/lib/module-preload.ts';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The source modules in the outputs an entry loads statically (itself and its static chunks); with
 * `reexports`, also those that put no bytes of their own in (a module that only re-exports a package).
 */
async function staticModules(entry: string, splitting: boolean, reexports = false): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { page: entry },
    bundle: true,
    format: 'esm',
    splitting,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    write: false,
    metafile: true,
    outdir: 'out/bundle-contents-spec',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __VERSION__: '"0.0.0"' },
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const page = 'out/bundle-contents-spec/page.js';
  const loaded = [page, ...staticImportClosure(outputs, page)];
  return loaded.flatMap((o) =>
    Object.entries(outputs[o]?.inputs ?? {})
      .filter(([, v]) => reexports || v.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

/** Words for people: rule texts and rejection reasons, looked up by id where a finding is shown. */
const TEXTS = [
  'src/core/rules/rule-texts.ts',
  'src/core/rules/rule-texts-rejected.ts',
  'src/core/cookie/reject-messages.ts',
  'src/core/rules/finding-message.ts',
];

describe('the panel’s first paint', () => {
  it('loads the rows’ code, not the texts, the views, the report or the import’s runner', async () => {
    const modules = await staticModules('panels/panel.tsx', true);
    expect(modules).toContain('src/ui/panel/cookies-view.tsx');
    expect(modules).toContain('src/core/analysis/analyzer.ts');
    const later = [
      ...TEXTS,
      'src/ui/panel/cookie-detail.tsx',
      'src/ui/panel/panel-views.tsx',
      'src/core/report/build-report.ts',
      'src/core/jwt/verify-jwt.ts',
      'src/ui/panel/import/import-runner.ts',
      'src/ui/panel/import/analysis-mirror.ts',
      'src/ui/panel/import/import-notice.tsx',
      'src/ui/panel/jar-status.tsx',
      'src/core/har/har-navigation.ts',
      'src/core/values/verify-signed-value.ts',
      'src/ui/kit/masked-text.ts',
      'src/core/cookie/explain-lifetime.ts',
    ];
    expect(modules.filter((m) => later.includes(m))).toEqual([]);
  });
});

describe('the background', () => {
  it('judges with every rule but bundles no text for people', async () => {
    const modules = await staticModules('src/background/service-worker.ts', false);
    expect(modules).toContain('src/core/rules/reject-rule.ts');
    expect(modules.filter((m) => TEXTS.includes(m))).toEqual([]);
  });
});

describe('the background’s extension API', () => {
  it('uses the browser’s own extension API: no webextension-polyfill, no platform/browser.ts', async () => {
    const inputs = await staticModules('src/background/service-worker.ts', false, true);
    expect(inputs).toContain('src/platform/background-browser.ts');
    expect(inputs).not.toContain('src/platform/browser.ts');
    expect(bundledPackages(inputs)).not.toContain('webextension-polyfill');
  });

  it('while the popup keeps the polyfill (the control)', async () => {
    const inputs = await staticModules('panels/popup.tsx', false, true);
    expect(inputs).toContain('src/platform/browser.ts');
    expect(bundledPackages(inputs)).toContain('webextension-polyfill');
  });
});

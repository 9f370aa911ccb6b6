/**
 * The background bundles no webextension-polyfill (src/platform/background-browser.ts, issue #16: its
 * 90 KB gzipped budget), nor src/platform/browser.ts that imports it. Biome stops src/background from
 * importing browser.ts; this also catches a platform module the background uses that imports it. The
 * popup, which keeps the polyfill (Chromium 150–151 have no `browser` for DevTools extensions,
 * crbug.com/500769389), is the control: the same check sees it there.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundledPackages } from '../../../scripts/lib/bundled-packages.ts';

const root = new URL('../../../', import.meta.url).pathname;

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out/background-bundle-spec',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __VERSION__: '"0"' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the background bundle', () => {
  it('uses the browser’s own extension API: no webextension-polyfill, no platform/browser.ts', async () => {
    const inputs = await inputsOf('src/background/service-worker.ts');
    expect(inputs).toContain('src/platform/background-browser.ts');
    expect(inputs).not.toContain('src/platform/browser.ts');
    expect(bundledPackages(inputs)).not.toContain('webextension-polyfill');
  });

  it('while the popup keeps the polyfill (the control)', async () => {
    const inputs = await inputsOf('panels/popup.tsx');
    expect(inputs).toContain('src/platform/browser.ts');
    expect(bundledPackages(inputs)).toContain('webextension-polyfill');
  });
});

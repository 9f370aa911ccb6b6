/**
 * The popup's size budget (docs/architecture.md §8: <= 25 KB gzipped) and why it holds: the background analyses
 * (`getTabSummary`), so the popup bundles no analysis code and no public-suffix list. Bundled here with
 * the build's options (minified, one file: what the popup loads, shared chunks included). A change that
 * pulls src/core code or tldts back in fails here with the module's name, not only as a bigger number.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { GRADE_FORMULA } from '../../../src/core/analysis/grade.ts';

const BUDGET_GZ = 25 * 1024;

async function bundlePopup() {
  const result = await build({
    absWorkingDir: new URL('../../../', import.meta.url).pathname,
    entryPoints: ['panels/popup.tsx'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    outdir: 'out/popup-bundle-spec',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  if (!js) throw new Error('esbuild wrote no popup.js');
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const modules = Object.entries(output?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([path]) => path);
  return { gz: gzipSync(js.contents).length, modules, text: js.text };
}

describe('the popup bundle', () => {
  it('holds no analysis code and no public-suffix list, and stays within 25 KB gzipped', async () => {
    const { gz, modules } = await bundlePopup();
    expect(modules.filter((m) => /node_modules\/tldts/.test(m))).toEqual([]);
    // Core modules allowed: the grade formula (a constant) and the text helpers every surface shares
    // (masking, visible escapes and cutting, issue #19) — none of them imports more than each other.
    const allowed = [
      'src/core/analysis/grade.ts',
      'src/core/text/mask-text.ts',
      'src/core/text/visible-cut.ts',
      'src/core/text/visible-text.ts',
      // The rules' texts by id (data only, no rule code): the popup shows each top finding's fix.
      'src/core/rules/rule-texts.ts',
      'src/core/rules/rule-texts-auth.ts',
      'src/core/rules/rule-texts-other.ts',
      'src/core/rules/rule-texts-rejected.ts',
      'src/core/rules/rule-texts-token.ts',
      // A rejected cookie's reason in words, looked up by reason (data only): a top finding's message.
      'src/core/cookie/reject-messages.ts',
      'src/core/rules/finding-message.ts',
      // A top finding's fix in the framework its cookie's name gives away (data and a name match).
      'src/core/rules/finding-fix.ts',
      'src/core/rules/framework-fixes.ts',
    ];
    expect(modules.filter((m) => m.startsWith('src/core/') && !allowed.includes(m))).toEqual([]);
    expect(modules.filter((m) => m.startsWith('src/background/'))).toEqual([]);
    expect(modules).toContain('src/ui/popup/popup-app.tsx');
    expect(gz).toBeLessThanOrEqual(BUDGET_GZ);
  });

  it('shows the same grade formula as the core computes with', async () => {
    expect((await bundlePopup()).text).toContain(GRADE_FORMULA);
  });
});

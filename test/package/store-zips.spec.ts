/**
 * `npm run package` (scripts/package.ts) end to end: a release build, web-ext lint, and the three zips,
 * named with package.json's version, holding what the stores need and no source maps.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipEntries } from '../../scripts/lib/zip-entries.ts';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let dir = '';
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookie-lens-artifacts-'));
  run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/package.ts', '--out', dir], {
    cwd: root,
    encoding: 'utf8',
  });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const entries = (name: string) => zipEntries(readFileSync(join(dir, name)));

describe('npm run package', () => {
  it('succeeds with web-ext lint clean', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('web-ext lint: 0 errors, 0 warnings');
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`makes cookie-lens-${browser}-<version>.zip with the manifest at the root and no source maps`, () => {
      const files = entries(`cookie-lens-${browser}-${version}.zip`);
      expect(files).toContain('manifest.json');
      expect(files).toEqual(
        expect.arrayContaining([
          'background.js',
          'panel.js',
          'popup.js',
          'devtools.html',
          'icons/icon-128.png',
        ]),
      );
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    });
  }

  it("writes package.json's version into both built manifests (the source manifest has none)", () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = JSON.parse(readFileSync(join(root, 'dist', browser, 'manifest.json'), 'utf8'));
      expect(manifest.version).toBe(version);
    }
  });

  it('makes the source zip with the build instructions, the lockfile and no build output', () => {
    const files = entries(`cookie-lens-source-${version}.zip`);
    const prefix = `cookie-lens-${version}/`;
    expect(files).toEqual(
      expect.arrayContaining([
        `${prefix}BUILDING.md`,
        `${prefix}package.json`,
        `${prefix}package-lock.json`,
        `${prefix}scripts/build.ts`,
      ]),
    );
    expect(files.filter((f) => /\/(node_modules|dist|artifacts)\//.test(f))).toEqual([]);
  });
});

/**
 * A clone is the whole product: nothing the tests, scripts, CI or docs use may live beside the repository
 * (`../shared` was where the design notes and the corpus once were), and comments cite
 * docs/architecture.md instead of a design file a clone does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const SKIP = new Set(['node_modules', 'dist', 'out', 'artifacts', '.git', 'data']);
const TEXT = /\.(ts|tsx|js|json|md|yml|yaml|css|html)$|^run$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : TEXT.test(e.name) ? [path] : [];
  });
}

const all = files(root).filter(
  (f) => !f.endsWith('self-contained.spec.ts') && !f.endsWith('package-lock.json'),
);

describe('self-contained repository', () => {
  it('reads nothing from ../shared (tests, scripts, CI, docs)', () => {
    const offenders = all.filter((f) => readFileSync(f, 'utf8').includes('../shared'));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('cites docs/architecture.md (or the RFC), never the old design notes a clone does not have', () => {
    const offenders = all
      .map((f) => relative(root, f))
      .filter(
        (f) =>
          f !== 'test/unit/self-contained.spec.ts' &&
          readFileSync(join(root, f), 'utf8').includes('DESIGN §'),
      );
    expect(offenders).toEqual([]);
  });

  it('has the documents a contributor and a store reviewer look for', () => {
    for (const doc of [
      'LICENSE',
      'THIRD-PARTY-NOTICES.md',
      'CHANGELOG.md',
      'CONTRIBUTING.md',
      'BUILDING.md',
    ]) {
      expect(readFileSync(join(root, doc), 'utf8').length, doc).toBeGreaterThan(200);
    }
    for (const section of [
      '## 1. Rings',
      '## 2. Data model',
      '## 5. Rules',
      '## 6. Command line',
      '## 8. Targets',
    ]) {
      expect(readFileSync(join(root, 'docs/architecture.md'), 'utf8')).toContain(section);
    }
  });
});

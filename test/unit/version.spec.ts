import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

it('core VERSION is package.json version (put in by the build and by vitest.config.ts)', () => {
  expect(VERSION).toBe(read('../../package.json').version);
});

it('package.json is the one source: the source manifest carries no version to drift', () => {
  expect(read('../../manifest.json').version).toBeUndefined();
});

it('package-lock.json agrees with package.json (npm version updates both)', () => {
  const lock = read('../../package-lock.json');
  expect(lock.version).toBe(read('../../package.json').version);
  expect(lock.packages[''].version).toBe(read('../../package.json').version);
});

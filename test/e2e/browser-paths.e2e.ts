/**
 * Finding the browsers: a missing one must fail the run with the fix in the message, never skip.
 * No browser is started here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  CHROMIUM_LOOKUP,
  FIREFOX_LOOKUP,
  findBrowser,
  findChromium,
  findFirefox,
} from '../../scripts/browsers/browser-paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeBinary(name: string, mode = 0o755): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n', { mode });
  return path;
}

describe('browser paths', () => {
  test('the installed browsers are found (this machine must have them: see .ci/run)', () => {
    expect(findChromium()).toMatch(/chrom/i);
    expect(findFirefox()).toMatch(/firefox/i);
  });

  test('CHROME_BIN / FIREFOX_BIN win over the usual places', () => {
    const fake = fakeBinary('my-chrome');
    expect(findBrowser({ ...CHROMIUM_LOOKUP, env: { CHROME_BIN: fake, PATH: '' } })).toBe(fake);
  });

  test('a bare command name is looked up on PATH', () => {
    const fake = fakeBinary('firefox');
    expect(findBrowser({ ...FIREFOX_LOOKUP, candidates: ['firefox'], env: { PATH: dir } })).toBe(fake);
  });

  test('an env var pointing nowhere is an error naming the variable', () => {
    expect(() =>
      findBrowser({ ...FIREFOX_LOOKUP, env: { FIREFOX_BIN: join(dir, 'nope'), PATH: '' } }),
    ).toThrow(/FIREFOX_BIN=.*nope is not an executable file\. Fix or unset FIREFOX_BIN/);
  });

  test('a missing browser is an error that says how to install it or which variable to set', () => {
    const notExecutable = fakeBinary('chromium', 0o644);
    const lookup = { ...CHROMIUM_LOOKUP, candidates: [notExecutable, 'chromium'], env: { PATH: dir } };
    expect(() => findBrowser(lookup)).toThrow(
      /chromium not found .*`apt-get install -y chromium firefox-esr`.*or set CHROME_BIN/,
    );
  });
});

/** The launch-time version check (no browser needed): one line naming the version and the fix. */
import { describe, expect, test } from 'vitest';
import {
  assertSupported,
  MIN_CHROMIUM,
  MIN_FIREFOX,
  majorVersion,
} from '../../scripts/browsers/browser-minimums.ts';

describe('browser minimums from manifest.json', () => {
  test('the minimums are the tested ones: Chromium 150, Firefox 140', () => {
    expect(MIN_CHROMIUM).toBe(150);
    expect(MIN_FIREFOX).toBe(140);
  });

  test('major versions from both browsers’ version strings', () => {
    expect(majorVersion('Chrome/150.0.7871.100')).toBe(150);
    expect(majorVersion('HeadlessChrome/156.0.7000.1')).toBe(156);
    expect(majorVersion('140.12.0')).toBe(140);
    expect(majorVersion('nonsense')).toBeNaN();
  });

  test('supported versions pass; older ones fail in one line with the fix', () => {
    expect(() => assertSupported('chromium', 'HeadlessChrome/150.0.7871.100')).not.toThrow();
    expect(() => assertSupported('firefox', '153.0.1')).not.toThrow();
    expect(() => assertSupported('chromium', 'HeadlessChrome/149.0.1.2')).toThrow(
      /^chromium HeadlessChrome\/149\.0\.1\.2 is older than the 150 .*apt-get install chromium/,
    );
    expect(() => assertSupported('firefox', '128.9.0')).toThrow(
      /^firefox 128\.9\.0 is older than the 140 .*apt-get install firefox-esr/,
    );
    expect(() => assertSupported('firefox', 'garbage')).toThrow(/older than the 140/);
  });
});

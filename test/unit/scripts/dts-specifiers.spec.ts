import { describe, expect, it } from 'vitest';
import { type SpecifierTarget, withJsExtensions } from '../../../scripts/lib/dts-specifiers.ts';

const kinds: Record<string, SpecifierTarget> = {
  './core/cookie/cookie-jar': 'file',
  '../rules': 'dir',
  './model': 'file',
};
const targetOf = (s: string): SpecifierTarget => kinds[s] ?? 'other';

describe('withJsExtensions', () => {
  it('adds .js to files and /index.js to folders in every import and export form', () => {
    const dts = [
      "export { CookieJar } from './core/cookie/cookie-jar';",
      'export type { RuleMeta } from "../rules";',
      "export * from './model';",
      "type T = import('./model').Finding;",
    ].join('\n');
    expect(withJsExtensions(dts, targetOf)).toBe(
      [
        "export { CookieJar } from './core/cookie/cookie-jar.js';",
        'export type { RuleMeta } from "../rules/index.js";',
        "export * from './model.js';",
        "type T = import('./model.js').Finding;",
      ].join('\n'),
    );
  });

  it('leaves package imports, specifiers that already name a file, and unknown targets alone', () => {
    const dts = "import type { JWK } from 'jose';\nexport * from './a.js';\nexport * from './missing';";
    expect(withJsExtensions(dts, targetOf)).toBe(dts);
  });
});

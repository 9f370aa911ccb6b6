import { describe, expect, it } from 'vitest';
import { bundledPackages } from '../../../scripts/lib/bundled-packages.ts';

describe('bundledPackages', () => {
  it('names each package once, keeps scopes, ignores our own sources', () => {
    expect(
      bundledPackages([
        'src/core/model.ts',
        'node_modules/tldts-core/dist/es6/src/domain.js',
        'node_modules/tldts/dist/es6/index.js',
        'node_modules/tldts-core/dist/es6/index.js',
        'node_modules/@scope/pkg/index.js',
        'node_modules/a/node_modules/b/x.js',
      ]),
    ).toEqual(['@scope/pkg', 'b', 'tldts', 'tldts-core']);
  });
});

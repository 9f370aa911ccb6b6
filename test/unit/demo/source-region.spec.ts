import { describe, expect, it } from 'vitest';
import { dedent, findRegion, readSourceRegion } from '../../../scripts/demo/source-region.ts';

const FILE = [
  'const a = 1;',
  '  // #region demo',
  '  foo();',
  '',
  '    bar();',
  '  // #endregion',
  'end();',
].join('\n');

describe('findRegion', () => {
  it('returns the dedented lines between the markers with 1-based line numbers', () => {
    expect(findRegion(FILE, 'demo')).toEqual({
      ok: true,
      code: 'foo();\n\n  bar();',
      startLine: 3,
      endLine: 5,
    });
  });

  it('reports a missing or unterminated region as a value', () => {
    expect(findRegion(FILE, 'other')).toMatchObject({ ok: false, code: 'not-found' });
    expect(findRegion('// #region x\nfoo();', 'x')).toMatchObject({ ok: false, code: 'unterminated' });
    expect(findRegion('// #region demo-2\nx\n// #endregion', 'demo')).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('bounds the region size', () => {
    const big = ['// #region big', ...Array.from({ length: 500 }, () => 'x();'), '// #endregion'].join('\n');
    expect(findRegion(big, 'big')).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('handles CRLF files', () => {
    expect(findRegion('// #region w\r\nwin();\r\n// #endregion\r\n', 'w')).toMatchObject({
      ok: true,
      code: 'win();',
    });
  });
});

describe('dedent', () => {
  it('ignores blank lines when measuring the common indent', () => {
    expect(dedent(['    a', '', '      b'])).toEqual(['a', '', '  b']);
    expect(dedent(['', ''])).toEqual(['', '']);
  });
});

describe('readSourceRegion', () => {
  it('reads a region of a real file', () => {
    const found = readSourceRegion(
      new URL('../../../scripts/demo/lessons/01-set-read.ts', import.meta.url).pathname,
      'lesson-1',
    );
    expect(found.ok && found.code).toContain("res.cookie('mycookie', 'mydata', { httpOnly: true });");
  });

  it('returns an error value for a file that cannot be read', () => {
    expect(readSourceRegion('/nonexistent/file.ts', 'x')).toMatchObject({ ok: false, code: 'unreadable' });
  });
});

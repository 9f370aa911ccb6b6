import { describe, expect, it } from 'vitest';
import { staticImportClosure, withModulePreloads } from '../../../scripts/lib/module-preload.ts';

describe('staticImportClosure', () => {
  const outputs = {
    'dist/c/panel.js': {
      imports: [
        { path: 'dist/c/chunks/a.js', kind: 'import-statement' },
        { path: 'dist/c/chunks/lazy.js', kind: 'dynamic-import' },
        { path: 'dist/c/chunks/b.js', kind: 'import-statement' },
      ],
    },
    'dist/c/chunks/a.js': { imports: [{ path: 'dist/c/chunks/c.js', kind: 'import-statement' }] },
    'dist/c/chunks/b.js': { imports: [{ path: 'dist/c/chunks/a.js', kind: 'import-statement' }] },
    'dist/c/chunks/c.js': { imports: [{ path: 'dist/c/panel.js', kind: 'import-statement' }] },
    'dist/c/chunks/lazy.js': { imports: [{ path: 'dist/c/chunks/d.js', kind: 'import-statement' }] },
  };

  it('follows static imports transitively, once each, and leaves import() chunks to load on use', () => {
    expect(staticImportClosure(outputs, 'dist/c/panel.js')).toEqual([
      'dist/c/chunks/a.js',
      'dist/c/chunks/c.js',
      'dist/c/chunks/b.js',
    ]);
  });

  it('is empty for an entry without imports or unknown to the metafile', () => {
    expect(staticImportClosure(outputs, 'dist/c/chunks/d.js')).toEqual([]);
  });
});

describe('withModulePreloads', () => {
  const html =
    '<body>\n    <div id="app"></div>\n    <script type="module" src="panel.js"></script>\n</body>';

  it('puts one link per chunk before the page script, indented like it', () => {
    expect(withModulePreloads(html, 'panel.js', ['chunks/a.js', 'chunks/b.js'])).toBe(
      '<body>\n    <div id="app"></div>\n    <link rel="modulepreload" href="chunks/a.js" />\n' +
        '    <link rel="modulepreload" href="chunks/b.js" />\n    <script type="module" src="panel.js"></script>\n</body>',
    );
  });

  it('leaves a page without that script, or without chunks, as it was', () => {
    expect(withModulePreloads(html, 'popup.js', ['chunks/a.js'])).toBe(html);
    expect(withModulePreloads(html, 'panel.js', [])).toBe(html);
  });
});

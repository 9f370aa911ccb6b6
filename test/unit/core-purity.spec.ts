/**
 * docs/architecture.md §1: src/core is pure — it runs in Node, browsers and workers. Biome's noRestrictedImports
 * (biome.json) catches imports; this test also catches globals that no import reveals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const coreDir = new URL('../../src/core/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|bench)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function withoutStrings(line: string): string {
  return line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const forbidden: [RegExp, string][] = [
  [/from\s+['"]node:/, 'Node built-in import'],
  [/from\s+['"](fs|path|os|crypto|buffer|http|https|zlib|child_process)['"]/, 'Node built-in import'],
  [/from\s+['"](webextension-polyfill|preact[^'"]*)['"]/, 'extension or UI import'],
  [/from\s+['"][^'"]*\/(platform|ui|cli|background|protocol)\//, 'import from an outer ring'],
  [/\b(chrome|browser)\.(runtime|tabs|cookies|devtools|storage|webRequest|action)\b/, 'extension API'],
  [/\b(document|window|localStorage|sessionStorage)\./, 'DOM global'],
  [/\bprocess\.|\bBuffer\.|\brequire\(/, 'Node global'],
];

it('src/core uses no DOM, extension or Node APIs', () => {
  const files = sourceFiles(coreDir);
  expect(files.length).toBeGreaterThan(0);
  const violations: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\/?\*)/.test(line)) return; // comments may name what they avoid
      // Rule texts may quote `document.cookie` or `process.env` for the reader: judge code, not strings.
      const code = line.trimStart().startsWith('import') ? line : withoutStrings(line);
      for (const [pattern, what] of forbidden) {
        if (pattern.test(code))
          violations.push(`${relative(coreDir, file)}:${i + 1} ${what}: ${line.trim()}`);
      }
    });
  }
  expect(violations).toEqual([]);
});

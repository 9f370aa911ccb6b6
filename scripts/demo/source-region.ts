import { readFileSync } from 'node:fs';

// Lesson pages show the code that really runs: the lines between `// #region <name>` and
// `// #endregion` in a source file, read at request time (never a copy kept in a string).

export type SourceRegion =
  | { ok: true; code: string; startLine: number; endLine: number }
  | { ok: false; code: 'unreadable' | 'not-found' | 'unterminated' | 'too-large'; message: string };

const MAX_FILE_BYTES = 256 * 1024;
const MAX_REGION_LINES = 200;

/** Removes the indentation common to all non-blank lines, so a region nested in a function reads well. */
export function dedent(lines: readonly string[]): string[] {
  let common = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    if (indent < common) common = indent;
  }
  if (!Number.isFinite(common)) return [...lines];
  return lines.map((line) => line.slice(common));
}

/** Finds region `name` in `text` (a file's contents). Regions do not nest; the first match wins. */
export function findRegion(text: string, name: string): SourceRegion {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `// #region ${name}`);
  if (start < 0) return { ok: false, code: 'not-found', message: `no "// #region ${name}" marker` };
  let end = -1;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]?.trim() === '// #endregion') {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, code: 'unterminated', message: `region ${name} has no "// #endregion"` };
  if (end - start - 1 > MAX_REGION_LINES) {
    return { ok: false, code: 'too-large', message: `region ${name} is over ${MAX_REGION_LINES} lines` };
  }
  const body = dedent(lines.slice(start + 1, end));
  // Line numbers are 1-based and name the first and last line of code shown.
  return { ok: true, code: body.join('\n'), startLine: start + 2, endLine: end };
}

/** Reads `file` now and returns region `name` from it. */
export function readSourceRegion(file: string, name: string): SourceRegion {
  let text: string;
  try {
    const buffer = readFileSync(file);
    if (buffer.byteLength > MAX_FILE_BYTES) {
      return { ok: false, code: 'too-large', message: `${file} is over ${MAX_FILE_BYTES} bytes` };
    }
    text = buffer.toString('utf8');
  } catch (error) {
    return { ok: false, code: 'unreadable', message: `cannot read ${file}: ${(error as Error).message}` };
  }
  return findRegion(text, name);
}

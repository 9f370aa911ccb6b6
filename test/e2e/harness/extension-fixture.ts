/**
 * A throwaway extension written to a temporary folder before a suite and removed after it: the
 * harness tests load one that misbehaves on purpose in each kind of extension document, to prove the
 * error collection sees what it claims.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** An extension page that only loads `script`. */
export const pageLoading = (script: string) =>
  `<!doctype html><meta charset="utf-8"><script src="${script}"></script>`;

/** Script text throwing `<what>-uncaught` from a timer (uncaught, and after the document loaded). */
export const throwsLater = (what: string) => `setTimeout(() => { throw new Error('${what}-uncaught'); }, 0);`;

/** Writes `files` (name → text) before the suite's tests; register it before the suite that loads it. */
export function extensionFixture(files: Readonly<Record<string, string>>): { readonly dir: string } {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cookie-lens-fixture-ext-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      if (!dir) throw new Error('the extension fixture is written before the suite starts');
      return dir;
    },
  };
}

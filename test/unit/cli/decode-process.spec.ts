/**
 * The real CLI as a process: `src/cli/main.ts` bundled by esbuild (as scripts/build.ts does for
 * dist/lib/cli.js) into a temp dir, run with node; checks exit codes and the one-line stderr.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import signature from 'cookie-signature';
import { describe, expect, it } from 'vitest';
import { bundledCli } from './bundled-cli.ts';

const bundle = bundledCli();

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bundle.cli, 'decode', ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cookie-lens decode (process)', () => {
  it('exit 0 and the layers for an express-session cookie signed with keyboard cat', () => {
    const sid = encodeURIComponent(`s:${signature.sign('xZ5oqkTZ2r9e9G7hY3HvKNgMmD8KqHhq', 'keyboard cat')}`);
    const r = run(sid, '--secret', 'keyboard cat');
    expect(r.code).toBe(0);
    expect(r.out).toContain('express-session signed id');
    expect(r.out).toContain('verification: valid (HS256)');
    expect(r.out).toContain('weak secret: "keyboard cat" signs this value');
    expect(r.out).toContain('[high] auth-weak-secret');
    expect(r.err).toBe('');
  });

  it('exit 0 with --json on a JWT', () => {
    const r = run('eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).toContain('jwt-alg-none');
  });

  it('exit 2, one line, no stack trace: no value / unreadable key file / malformed key', () => {
    const bad = join(bundle.dir, 'bad.pem');
    writeFileSync(bad, 'not a key');
    for (const args of [
      [],
      ['eyJhbGciOiJFUzI1NiJ9.e30.c2ln', '--pem', join(bundle.dir, 'nope.pem')],
      ['eyJhbGciOiJFUzI1NiJ9.e30.c2ln', '--pem', bad],
    ]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
    }
  });
});

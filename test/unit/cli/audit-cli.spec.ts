/**
 * The real built CLI (`node dist/lib/cli.js audit …`), spawned: exit codes 0/1/2 and the one-line
 * errors of docs/architecture.md §6 (never a stack trace).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const cli = join(root, 'dist/lib/cli.js');
const fixture = join(root, 'test/fixtures/chromium-login.har');
let dir = '';

// FORCE_COLOR (set by some runners) beside NO_COLOR makes Node print a warning line on stderr.
const { FORCE_COLOR: _forced, ...inherited } = process.env;

function run(...args: string[]) {
  return runWith(undefined, 'audit', ...args);
}

function runWith(input: string | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1' },
    ...(input === undefined ? {} : { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A Chrome HAR as saved without "Allow to generate HAR with sensitive data": no cookie headers at all. */
function cookielessChromeHar(): string {
  const har = JSON.parse(readFileSync(fixture, 'utf8'));
  for (const e of har.log.entries) {
    const keep = (h: { name: string }) => !/^(cookie|set-cookie|authorization)$/i.test(h.name);
    e.request.headers = e.request.headers.filter(keep);
    e.response.headers = e.response.headers.filter(keep);
    e.request.cookies = [];
    e.response.cookies = [];
  }
  return JSON.stringify(har);
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--only', 'lib'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  dir = mkdtempSync(join(tmpdir(), 'cl-audit-'));
  writeFileSync(join(dir, 'bad.har'), '{"log": {"entries": [');
  writeFileSync(join(dir, 'nothar.json'), '{"hello": "world"}');
  writeFileSync(join(dir, 'nocookies.har'), cookielessChromeHar());
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectOneLineError(r: ReturnType<typeof run>, file: string, problem: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(problem);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

describe('cookie-lens audit (built CLI)', () => {
  it('exit 0 without --fail-on, and a readable table', () => {
    const r = run(fixture);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/auth-no-httponly/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exit 1 with findings at or above --fail-on', () => {
    expect(run(fixture, '--fail-on', 'high', '--format', 'json').code).toBe(1);
  });

  it('json output parses and is the report', () => {
    const r = run(fixture, '--format', 'json');
    expect(JSON.parse(r.stdout).tool.name).toBe('cookie-lens');
  });

  it('missing file → 2, one line', () => {
    expectOneLineError(run(join(dir, 'nope.har')), 'nope.har', /no such file/);
  });

  it('invalid JSON → 2, one line', () => {
    expectOneLineError(run(join(dir, 'bad.har')), 'bad.har', /invalid JSON/);
  });

  it('not a HAR → 2, one line', () => {
    expectOneLineError(run(join(dir, 'nothar.json')), 'nothar.json', /not a HAR file/);
  });

  it('Chrome HAR without cookies → 2, one line saying how to export one with cookies', () => {
    const r = run(join(dir, 'nocookies.har'));
    expectOneLineError(r, 'nocookies.har', /Allow to generate HAR with sensitive data/);
    expect(r.stderr).toMatch(/Save all as HAR \(with sensitive data\)/);
  });

  it('bad usage → 2', () => {
    const r = run(fixture, '--format', 'yaml');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads a HAR from stdin with -, and several files in one run', () => {
    const piped = runWith(readFileSync(fixture, 'utf8'), 'audit', '-', '--format', 'json');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).requests.length).toBeGreaterThan(0);
    const both = run(fixture, fixture, '--format', 'json');
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout)).toHaveLength(2);
  });

  it('no command, an unknown command: 2, one line pointing at --help', () => {
    for (const args of [[], ['audti']]) {
      const r = runWith(undefined, ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('cookie-lens --help');
      expect(r.stdout).toBe('');
    }
  });
});

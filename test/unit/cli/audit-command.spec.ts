/** `auditCommand` in process: formats, --fail-on, --site, usage errors, colours. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AuditIo, auditCommand } from '../../../src/cli/audit-command.ts';
import { useColor } from '../../../src/cli/format-style.ts';
import { memoryIo } from './memory-io.ts';

const FIXTURE = 'test/fixtures/chromium-login.har';
const fixtureText = readFileSync(new URL('../../fixtures/chromium-login.har', import.meta.url), 'utf8');

function io(files: Record<string, string> = { [FIXTURE]: fixtureText }, over: Partial<AuditIo> = {}) {
  const m = memoryIo(files);
  return { ...m, io: { ...m.io, ...over } };
}

describe('auditCommand', () => {
  it('json: the docs/architecture.md §6 report', async () => {
    const t = io();
    expect(await auditCommand([FIXTURE, '--format', 'json'], t.io)).toBe(0);
    const report = JSON.parse(t.out.join('\n'));
    expect(Object.keys(report)).toEqual([
      'tool',
      'exchanges',
      'requests',
      'cookies',
      'rejectedCookies',
      'findings',
      'sites',
    ]);
    expect(report.tool.name).toBe('cookie-lens');
    expect(Object.keys(report.cookies[0]).sort()).toEqual(
      [
        'name',
        'domain',
        'path',
        'hostOnly',
        'lifetime',
        'expires',
        'secure',
        'httpOnly',
        'sameSite',
        'partitioned',
        // Beyond docs/architecture.md §6: the CHIPS partition (null for most cookies).
        'partitionKey',
        // Where the flags come from (set-cookie, jar, or null = unknown: only seen sent).
        'attributesFrom',
        'role',
        'roleConfidence',
        'roleReasons',
        'jwt',
        'setBy',
        'sentOn',
      ].sort(),
    );
    expect(Object.keys(report.findings[0]).sort()).toEqual(
      ['rule', 'severity', 'cookie', 'exchange', 'request', 'message', 'fix', 'refs'].sort(),
    );
  });

  it('--fail-on: 1 when a finding is at or above the level, else 0', async () => {
    expect(await auditCommand([FIXTURE, '--fail-on', 'high', '--format', 'json'], io().io)).toBe(1);
    const clean = JSON.stringify({
      log: {
        entries: [
          {
            startedDateTime: '2026-01-01T00:00:00Z',
            request: { method: 'GET', url: 'https://a.example/', headers: [] },
            response: {
              status: 200,
              headers: [{ name: 'Set-Cookie', value: 'theme=dark; Secure; SameSite=Lax' }],
            },
          },
        ],
      },
    });
    expect(await auditCommand(['c.har', '--fail-on', 'low'], io({ 'c.har': clean }).io)).toBe(0);
    expect(await auditCommand(['c.har', '--fail-on', 'info'], io({ 'c.har': clean }).io)).toBe(0);
  });

  it('sarif 2.1.0: rules with ids, help and levels; results point at the rule', async () => {
    const t = io();
    await auditCommand([FIXTURE, '--format', 'sarif'], t.io);
    const sarif = JSON.parse(t.out.join('\n'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('auth-no-httponly');
    expect(run.tool.driver.rules[0].help.text.length).toBeGreaterThan(10);
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'auth-no-httponly');
    expect(r.level).toBe('error');
    expect(ids[r.ruleIndex]).toBe('auth-no-httponly');
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe(FIXTURE);
    expect(new Set(run.results.map((x: { level: string }) => x.level))).toEqual(
      new Set(['error', 'warning', 'note']),
    );
  });

  it('md: sites, findings with why and fix, cookies', async () => {
    const t = io();
    await auditCommand([FIXTURE, '--format', 'md'], t.io);
    const md = t.out.join('\n');
    expect(md).toMatch(/^# Cookie audit/);
    expect(md).toMatch(/## Findings/);
    expect(md).toMatch(/\*\*Why:\*\*/);
    expect(md).toMatch(/HIGH `auth-no-httponly`/);
  });

  it('--site keeps one registrable domain', async () => {
    const t = io();
    await auditCommand([FIXTURE, '--format', 'json', '--site', 'localhost'], t.io);
    const report = JSON.parse(t.out.join('\n'));
    expect(new Set(report.cookies.map((c: { domain: string }) => c.domain))).toEqual(new Set(['localhost']));
    expect(report.sites.map((s: { site: string }) => s.site)).toEqual(['localhost']);
  });

  it('table: plain when piped, coloured on a TTY unless NO_COLOR', async () => {
    const piped = io();
    await auditCommand([FIXTURE], piped.io);
    expect(piped.out.join('\n')).not.toContain('\u001b[');
    expect(piped.out.join('\n')).toMatch(/auth-no-httponly/);
    const tty = io(undefined, { stdoutIsTTY: true, env: {} });
    await auditCommand([FIXTURE], tty.io);
    expect(tty.out.join('\n')).toContain('\u001b[');
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, { NO_COLOR: '' })).toBe(true);
  });

  it.each([
    [['--format', 'json'], /no HAR file given/],
    [[FIXTURE, '--format', 'xml'], /unknown --format 'xml'/],
    [[FIXTURE, '--fail-on', 'critical'], /unknown --fail-on 'critical'/],
    [[FIXTURE, 'other.har'], /other\.har: no such file/],
    [[FIXTURE, '-', '-'], /stdin \(-\) can be read only once/],
    [['missing.har'], /missing\.har: no such file/],
  ])('usage error %j → exit 2 with one line', async (args, message) => {
    const t = io();
    expect(await auditCommand(args, t.io)).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(message);
  });

  it('notes on stderr when cookie headers were rebuilt from HAR cookie arrays, and still audits', async () => {
    const har = JSON.stringify({
      log: {
        entries: [
          {
            request: { method: 'GET', url: 'https://a.example/', headers: [] },
            response: { status: 200, headers: [], cookies: [{ name: 'sid', value: 'x', httpOnly: true }] },
          },
        ],
      },
    });
    const t = io({ 'r.har': har });
    expect(await auditCommand(['r.har', '--format', 'json'], t.io)).toBe(0);
    expect(t.err).toEqual([expect.stringMatching(/note: r\.har: 1 exchange had no raw cookie headers/)]);
    expect(JSON.parse(t.out.join('\n')).cookies[0].name).toBe('sid');
  });

  it('progress goes to stderr only on a TTY and only for large files', async () => {
    const big = fixtureText + ' '.repeat(6 * 1024 * 1024);
    const progress: string[] = [];
    const t = io({ 'big.har': big }, { stderrIsTTY: true, progress: (s) => progress.push(s) });
    await auditCommand(['big.har', '--format', 'json'], t.io);
    expect(progress.some((p) => p.includes('analysing'))).toBe(true);
    const quiet: string[] = [];
    await auditCommand(
      ['big.har', '--format', 'json'],
      io({ 'big.har': big }, { progress: (s) => quiet.push(s) }).io,
    );
    expect(quiet).toEqual([]);
  });
});

/**
 * The npm package as a user gets it: `npm pack` (which builds through `prepack`), the tarball installed
 * into a fresh project from the registry's dependencies, the four main exports imported and used, a
 * TypeScript consumer type-checked under `moduleResolution: nodenext` and `bundler`, and the installed
 * `cookie-lens` bin run. Its own stage in `npm test` (vitest.package.config.ts): it rebuilds dist/lib.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let dir = '';
let tarball = '';
let packed: { files: { path: string }[] } = { files: [] };
let packOutput = '';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A consumer written the way the README shows it; any missing export or type is a compile error. */
const CONSUMER_TS = `
import { audit, CookieJar, decodeJwt, parseSetCookie, type Report, type Severity } from 'cookie-lens';

const parsed = parseSetCookie('sid=abc; Secure; HttpOnly; SameSite=Lax');
export const name: string | null = parsed.ok ? parsed.name : null;
const jar = new CookieJar();
jar.setCookie('a=1; Path=/', 'https://example.com/', { now: 0 });
export const header: string | null = jar.cookieHeader('https://example.com/', { now: 0 });
const jwt = decodeJwt('x.y.z', { now: 0 });
export const claims: Record<string, unknown> | null = jwt.ok ? jwt.payload : null;
export async function run(har: string): Promise<Severity[]> {
  const report: Report = await audit(har, { now: 0 });
  return report.findings.map((f) => f.severity);
}
`;

const CONSUMER_MJS = `
import { audit, CookieJar, decodeJwt, parseSetCookie } from 'cookie-lens';
import { readFileSync } from 'node:fs';
const now = Date.UTC(2025, 0, 1);
const jar = new CookieJar();
jar.setCookie('sid=abc; Path=/; Secure', 'https://example.com/login', { now });
const report = await audit(readFileSync('capture.har', 'utf8'), { now, skipWeakSecrets: true });
const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2ln';
console.log(JSON.stringify({
  parsed: parseSetCookie('sid=abc; HttpOnly'),
  header: jar.cookieHeader('https://example.com/', { now }),
  jwt: decodeJwt(token, { now }),
  tool: report.tool,
  findings: report.findings.length,
}));
`;

function tsconfig(moduleResolution: 'nodenext' | 'bundler') {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: moduleResolution === 'nodenext' ? 'nodenext' : 'esnext',
      moduleResolution,
      strict: true,
      noEmit: true,
      // The package's own declarations are checked too, not only the consumer file.
      skipLibCheck: false,
      lib: ['ES2022'],
      types: [],
    },
    files: ['consumer.ts'],
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookie-lens-consumer-'));
  // Scripts run: `prepack` builds dist/lib, so this also proves a clone can pack without a prior build.
  const printed = npm(['pack', '--json', '--pack-destination', dir], root);
  packOutput = printed;
  // The build's own lines come first on stdout; npm's JSON is the array that follows.
  const out = JSON.parse(printed.slice(printed.search(/^\[/m))) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = out[0] ?? packed;
  tarball = join(dir, out[0]?.filename ?? '');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], dir);
  writeFileSync(join(dir, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(join(dir, 'consumer.mjs'), CONSUMER_MJS);
  copyFileSync(join(root, 'test/fixtures/chromium-login.har'), join(dir, 'capture.har'));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm package', () => {
  it('builds the library before packing (prepack), from nothing: the build removes dist/lib first', () => {
    expect(packOutput).toMatch(/built in \d+ ms/);
  });

  it('ships the library, its types and the notices, and no sources, tests or maps', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/lib/index.js');
    expect(paths).toContain('dist/lib/cli.js');
    expect(paths).toContain('dist/lib/types/index.d.ts');
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('THIRD-PARTY-NOTICES.md');
    expect(paths.filter((p) => /^(src|test|scripts)\/|\.map$/.test(p))).toEqual([]);
  });

  it('depends at run time only on what the library imports', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['jose', 'tldts']);
    const bundled = readFileSync(join(dir, 'node_modules/cookie-lens/dist/lib/index.js'), 'utf8');
    const cli = readFileSync(join(dir, 'node_modules/cookie-lens/dist/lib/cli.js'), 'utf8');
    const imported = new Set(
      [...`${bundled}\n${cli}`.matchAll(/from\s*["']([^"'.][^"']*)["']/g)]
        .map((m) => m[1] ?? '')
        .filter((s) => !s.startsWith('node:'))
        .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? ''))),
    );
    expect([...imported].sort()).toEqual(['jose', 'tldts']);
  });

  it('imports audit, CookieJar, parseSetCookie and decodeJwt by the package name and runs them', () => {
    const r = spawnSync(process.execPath, ['consumer.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout);
    expect(got.parsed).toMatchObject({ ok: true, name: 'sid', value: 'abc' });
    expect(got.header).toBe('sid=abc');
    expect(got.jwt).toMatchObject({ ok: true, header: { alg: 'HS256' }, payload: { sub: 'alice' } });
    expect(got.tool).toEqual({ name: 'cookie-lens', version: pkg.version });
    expect(got.findings).toBeGreaterThan(0);
  });

  for (const resolution of ['nodenext', 'bundler'] as const) {
    it(`type-checks a TypeScript consumer under moduleResolution ${resolution}`, () => {
      writeFileSync(join(dir, `tsconfig.${resolution}.json`), tsconfig(resolution));
      const r = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }

  it('installs a working cookie-lens bin', () => {
    const bin = join(dir, 'node_modules/.bin/cookie-lens');
    const version = spawnSync(bin, ['--version'], { cwd: dir, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const audited = spawnSync(bin, ['audit', 'capture.har', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(audited.status).toBe(0);
    expect(JSON.parse(audited.stdout).tool.version).toBe(pkg.version);
  });
});

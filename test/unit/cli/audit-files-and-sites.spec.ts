/** `audit` as people use it: several files, stdin, --site over every section, requests named. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../../src/cli/audit-command.ts';
import { memoryIo } from './memory-io.ts';

const NOW = Date.UTC(2026, 10, 22);
const chromium = readFileSync(new URL('../../fixtures/chromium-login.har', import.meta.url), 'utf8');
const firefox = readFileSync(new URL('../../fixtures/firefox-login.har', import.meta.url), 'utf8');

/** One GET of https://one.example/ that sets `theme`, and nothing else. */
const ONE = JSON.stringify({
  log: {
    entries: [
      {
        startedDateTime: '2026-01-01T00:00:00Z',
        request: { method: 'GET', url: 'https://one.example/', headers: [] },
        response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'theme=dark; Secure' }] },
      },
    ],
  },
});

function io(stdin?: string) {
  const m = memoryIo({ 'a.har': chromium, 'b.har': firefox, 'one.har': ONE }, NOW);
  return { ...m, io: { ...m.io, ...(stdin === undefined ? {} : { readStdin: async () => stdin }) } };
}

describe('audit of several files', () => {
  it('json: one {file, report} per file, each its own capture', async () => {
    const t = io();
    expect(await auditCommand(['a.har', 'one.har', '--format', 'json'], t.io)).toBe(0);
    const reports = JSON.parse(t.text()) as { file: string; report: { exchanges: number } }[];
    expect(reports.map((r) => r.file)).toEqual(['a.har', 'one.har']);
    expect(reports[1]?.report.exchanges).toBe(1);
    expect(reports[0]?.report.exchanges).toBeGreaterThan(1);
  });

  it('sarif: one run per file; table: a section per file; --fail-on looks at every file', async () => {
    const sarif = io();
    await auditCommand(['a.har', 'b.har', '--format', 'sarif'], sarif.io);
    const runs = JSON.parse(sarif.text()).runs as { artifacts: { location: { uri: string } }[] }[];
    expect(runs.map((r) => r.artifacts[0]?.location.uri)).toEqual(['a.har', 'b.har']);
    const table = io();
    expect(await auditCommand(['one.har', 'a.har', '--fail-on', 'high'], table.io)).toBe(1);
    expect(table.text()).toMatch(/— one\.har: 1 exchange, 1 cookie\n[\s\S]*— a\.har: 9 exchanges, 7 cookies/);
  });

  it('a bad file among good ones: one line, exit 2, nothing on stdout', async () => {
    const t = io();
    expect(await auditCommand(['a.har', 'missing.har', 'b.har'], t.io)).toBe(2);
    expect(t.err).toEqual(['cookie-lens audit: missing.har: no such file']);
    expect(t.out).toEqual([]);
  });

  it('- reads the HAR from stdin, named stdin', async () => {
    const t = io(ONE);
    expect(await auditCommand(['-', '--format', 'md'], t.io)).toBe(0);
    expect(t.text()).toMatch(/^# Cookie audit: stdin\n\n1 exchange · 1 cookie · /);
    const broken = io('{"log":');
    expect(await auditCommand(['-'], broken.io)).toBe(2);
    expect(broken.err).toEqual([expect.stringMatching(/^cookie-lens audit: stdin: invalid JSON/)]);
  });
});

describe('--site', () => {
  it('filters every section: requests, their count, cookies, findings with and without a cookie, sites', async () => {
    const all = io();
    await auditCommand(['a.har', '--format', 'json'], all.io);
    const full = JSON.parse(all.text());
    const t = io();
    expect(await auditCommand(['a.har', '--format', 'json', '--site', 'localhost'], t.io)).toBe(0);
    const r = JSON.parse(t.text());
    expect(r.requests.length).toBeGreaterThan(0);
    expect(r.requests.length).toBeLessThan(full.requests.length);
    expect(r.exchanges).toBe(r.requests.length);
    for (const q of r.requests) expect(new URL(q.url).hostname).toBe('localhost');
    expect(r.cookies.map((c: { domain: string }) => c.domain)).toEqual(['localhost']);
    expect(r.sites.map((s: { site: string }) => s.site)).toEqual(['localhost']);
    for (const f of r.findings) {
      if (f.cookie) expect(f.cookie.domain).toBe('localhost');
      else expect(new URL(f.request.split(' ')[1]).hostname).toBe('localhost');
    }
    // The request-level findings of the capture are on 127.0.0.1 requests: they leave with the site.
    expect(full.findings.some((f: { cookie: unknown }) => f.cookie === null)).toBe(true);
    expect(r.findings.some((f: { cookie: unknown }) => f.cookie === null)).toBe(false);
  });

  it('a site the capture does not have is exit 2, one line listing the sites it has', async () => {
    const t = io();
    expect(await auditCommand(['a.har', '--site', 'example.org'], t.io)).toBe(2);
    expect(t.err).toEqual([
      "cookie-lens audit: --site 'example.org' is not in a.har; its sites: 127.0.0.1, localhost",
    ]);
    expect(t.out).toEqual([]);
  });
});

describe('findings name their request', () => {
  it('json: each finding has the method and URL of its exchange, which `requests` lists', async () => {
    const t = io();
    await auditCommand(['a.har', '--format', 'json'], t.io);
    const r = JSON.parse(t.text());
    for (const q of r.requests) {
      // A response that set cookies also carries each line's verdict.
      expect(Object.keys(q).slice(0, 5)).toEqual(['id', 'method', 'url', 'status', 'time']);
      expect(Object.keys(q).slice(5)).toEqual(q.setCookies ? ['setCookies'] : []);
    }
    expect(r.requests.some((q: { setCookies?: unknown[] }) => (q.setCookies?.length ?? 0) > 0)).toBe(true);
    const byId = new Map(r.requests.map((q: { id: string }) => [q.id, q]));
    for (const f of r.findings) {
      const q = byId.get(f.exchange) as { method: string; url: string };
      expect(f.request).toBe(`${q.method} ${q.url}`);
    }
    expect(r.findings.some((f: { request: string }) => f.request.startsWith('POST '))).toBe(true);
  });

  it('table and Markdown show the request under the finding', async () => {
    const table = io();
    await auditCommand(['a.har'], table.io);
    expect(table.text()).toMatch(
      /auth-no-httponly {2}token @ 127\.0\.0\.1\/\n.*\n {7}request: POST http:\/\/127\.0\.0\.1:\d+\/login \(e\d+\)/,
    );
    const md = io();
    await auditCommand(['a.har', '--format', 'md'], md.io);
    expect(md.text()).toMatch(/Request: `POST http:\/\/127\.0\.0\.1:\d+\/login` \(`e\d+`\)/);
  });
});

describe('Markdown reads as plain text', () => {
  it('no backslashes before ordinary punctuation; names and code in backticks', async () => {
    const t = io();
    await auditCommand(['a.har', '--format', 'md'], t.io);
    const md = t.text();
    expect(md).not.toMatch(/\\[().\-{}#+!&]/);
    expect(md).toContain('Auth cookie `token` is not HttpOnly');
    expect(md).toContain('`openssl rand -hex 32`');
    expect(md).toContain('Grade: `score = max(0, 100 - 30*high');
  });
});

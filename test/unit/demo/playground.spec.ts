import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundLine, MAX_LINE_BYTES, visibleLine } from '../../../scripts/demo/playground/bound-line.ts';
import { compareWithBrowser } from '../../../scripts/demo/playground/compare.ts';
import { PREPARED_LINES } from '../../../scripts/demo/playground/prepared-lines.ts';
import { rfcVerdict } from '../../../scripts/demo/playground/rfc-verdict.ts';
import { type DemoServer, startDemo } from '../../../scripts/demo/server.ts';

const NOW = Date.UTC(2026, 0, 15);
const urls = (site: string) => ({
  set: `${site}/playground-set`,
  page: 'http://localhost:3000/lessons/playground',
  check: `${site}/playground-check`,
  admin: `${site}/admin/echo`,
});

describe('prepared lines: what the library (RFC 6265bis) says', () => {
  it('has a dozen or more lines with distinct ids and cookie names', () => {
    expect(PREPARED_LINES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PREPARED_LINES.map((p) => p.id)).size).toBe(PREPARED_LINES.length);
    const names = PREPARED_LINES.map((p) => p.line.split(/[=;]/)[0]);
    expect(new Set(names).size).toBe(PREPARED_LINES.length);
  });

  for (const p of PREPARED_LINES) {
    it(`${p.id}: ${p.rfc}`, () => {
      const site = p.from === 'other' ? 'http://127.0.0.1:3000' : 'http://localhost:3000';
      const v = rfcVerdict(p.line, urls(site), p.from === 'other', NOW);
      expect(v.stored).toBe(p.rfc === 'stored');
    });
  }

  it('explains the details the lesson teaches', () => {
    const v = (id: string) => {
      const p = PREPARED_LINES.find((l) => l.id === id);
      if (!p) throw new Error(id);
      const site = p.from === 'other' ? 'http://127.0.0.1:3000' : 'http://localhost:3000';
      return rfcVerdict(p.line, urls(site), p.from === 'other', NOW);
    };
    expect(v('maxage-wins').cookie?.expires).toBe(new Date(NOW + 600_000).toISOString());
    expect(v('host-prefix-path').reason).toContain('__Host-');
    expect(v('domain-localhost').cookie).toMatchObject({ domain: 'localhost', hostOnly: true });
    expect(v('domain-ip').reason).toContain('domain-match');
    expect(v('path-admin')).toMatchObject({ documentCookie: false, cookieHeader: false, adminHeader: true });
    expect(v('duplicate').cookie?.path).toBe('/');
    expect(v('duplicate').warnings).toContain('duplicate-attribute');
    expect(v('nameless')).toMatchObject({ pair: 'just-a-value', documentCookie: true });
    expect(v('big-value').reason).toContain('4096');
    expect(v('control').reason).toContain('control characters');
    expect(v('good')).toMatchObject({ documentCookie: false, cookieHeader: true });
    expect(v('cross-site-lax').reason).toContain('cross-site');
    expect(v('cross-site-none')).toMatchObject({ stored: true, documentCookie: false, cookieHeader: true });
  });
});

describe('the gate in front of the browser', () => {
  it('refuses lines over the byte bound, counting UTF-8 bytes', () => {
    expect(boundLine(`a=${'x'.repeat(MAX_LINE_BYTES - 2)}`).ok).toBe(true);
    expect(boundLine(`a=${'x'.repeat(MAX_LINE_BYTES - 1)}`)).toMatchObject({ ok: false, code: 'too-long' });
    expect(boundLine(`a=${'é'.repeat(MAX_LINE_BYTES / 2)}`)).toMatchObject({ ok: false, code: 'too-long' });
  });
  it('refuses CR, LF and other control characters (no response splitting), allows HTAB', () => {
    expect(boundLine('a=1\r\nSet-Cookie: evil=1')).toMatchObject({ ok: false, code: 'control-characters' });
    expect(boundLine('a=\u007f')).toMatchObject({ ok: false, code: 'control-characters' });
    expect(boundLine('a=1;\tPath=/').ok).toBe(true);
    expect(boundLine('   ')).toMatchObject({ ok: false, code: 'empty' });
  });
  it('passes UTF-8 through as bytes and shows control characters visibly', () => {
    const gate = boundLine('a=€');
    expect(gate.ok && Buffer.from(gate.headerValue, 'latin1').toString('utf8')).toBe('a=€');
    expect(visibleLine('a\u0007b\nc')).toBe('a\\x07b\\x0ac');
  });
});

describe('RFC next to the browser', () => {
  const local = urls('http://localhost:3000');
  it('agrees when every channel matches, and names each channel that differs', () => {
    const rfc = rfcVerdict('a=1', local, false, NOW);
    const same = compareWithBrowser(rfc, {
      sent: true,
      notSent: null,
      documentCookie: 'x=2; a=1',
      cookieHeader: 'a=1',
      adminHeader: 'a=1',
      crossSite: false,
    });
    expect(same).toMatchObject({ verdict: 'agree', differences: [] });
    const other = compareWithBrowser(rfc, {
      sent: true,
      notSent: null,
      documentCookie: 'a=10',
      cookieHeader: 'a=1',
      adminHeader: 'a=1',
      crossSite: false,
    });
    expect(other.verdict).toBe('differ');
    expect(other.differences).toEqual([
      'The RFC says document.cookie on this page holds it; in this browser it does not.',
    ]);
  });
  it('explains a third-party cookie the browser blocked', () => {
    const rfc = rfcVerdict('t=1; SameSite=None; Secure', urls('http://127.0.0.1:3000'), true, NOW);
    const c = compareWithBrowser(rfc, {
      sent: true,
      notSent: null,
      documentCookie: '',
      cookieHeader: null,
      adminHeader: null,
      crossSite: true,
    });
    expect(c.verdict).toBe('differ');
    expect(c.differences[0]).toContain('blocks third-party cookies');
  });
});

describe('the playground server', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemo({ port: 0 });
  });
  afterAll(async () => {
    await demo.close();
  });
  const send = (body: string, headers: Record<string, string> = { origin: demo.url }) =>
    fetch(`${demo.url}/playground-set`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=utf-8', ...headers },
      body,
    });

  it('sends the line verbatim, only to a demo page', async () => {
    const line = 'pg=<script>alert(1)</script>; Path=/';
    const res = await send(line);
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([line]);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe(demo.url);
    for (const headers of [{}, { origin: 'http://evil.example' }] as Record<string, string>[]) {
      const refused = await send(line, headers);
      expect(refused.status).toBe(403);
      expect(refused.headers.getSetCookie()).toEqual([]);
    }
  });

  it('does not send control characters and refuses bodies over the bound', async () => {
    const ctl = await send('a=1\u0007');
    expect(ctl.headers.getSetCookie()).toEqual([]);
    expect(await ctl.json()).toMatchObject({ sent: false });
    expect((await send(`a=${'x'.repeat(MAX_LINE_BYTES + 2000)}`)).status).toBe(413);
  });

  it('compares with the Cookie header the check request carried', async () => {
    const res = await fetch(`${demo.url}/playground-check`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: demo.url, cookie: 'pg_dup=1' },
      body: JSON.stringify({
        line: 'pg_dup=1; Path=/admin; Path=/',
        documentCookie: 'pg_dup=1',
        adminHeader: '',
      }),
    });
    const v = await res.json();
    expect(v.rfc).toMatchObject({ stored: true, adminHeader: true });
    expect(v.browser).toMatchObject({ cookieHeader: true, documentCookie: true, adminHeader: false });
    expect(v.verdict).toBe('differ');
  });

  it('never writes the line into the lesson page', async () => {
    const html = await (await fetch(`${demo.url}/lessons/playground`)).text();
    expect(html).not.toContain('<script>alert');
    // The prepared control-character line sits in a data attribute as a JSON escape, not a raw BEL.
    expect(html).toContain('pg_ctl=a\\u0007b');
    expect(html).not.toContain('\u0007');
  });
});

/** `auditCommand` input handling: encodings by BOM, empty files, notes for cookieless exports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../../src/cli/audit-command.ts';
import { memoryIo } from './memory-io.ts';

const fixtureText = readFileSync(new URL('../../fixtures/chromium-login.har', import.meta.url), 'utf8');

const io = (files: Record<string, string | Uint8Array>) =>
  memoryIo(files, Date.parse('2026-01-15T12:00:00Z'));

function withBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const firefoxNoCookies = JSON.stringify({
  log: {
    creator: { name: 'Firefox', version: '111.0.1' },
    entries: [
      {
        startedDateTime: '2023-03-30T10:00:00.000Z',
        request: {
          method: 'GET',
          url: 'https://mitmproxy.org/',
          headers: [{ name: 'Accept', value: '*/*' }],
        },
        response: { status: 304, headers: [{ name: 'content-type', value: 'text/html' }] },
      },
    ],
  },
});

describe('auditCommand input', () => {
  it('reads a UTF-8 BOM file and a UTF-16 LE file like the plain one', async () => {
    const plain = io({ 'a.har': fixtureText });
    expect(await auditCommand(['a.har', '--format', 'json'], plain.io)).toBe(0);
    for (const bytes of [withBom(fixtureText), utf16le(fixtureText)]) {
      const t = io({ 'b.har': bytes });
      expect(await auditCommand(['b.har', '--format', 'json'], t.io)).toBe(0);
      expect(t.out).toEqual(plain.out);
    }
  });

  it('an empty or blank file is one line "empty file", exit 2', async () => {
    for (const content of ['', new Uint8Array(0), withBom('  \n')]) {
      const t = io({ 'e.har': content });
      expect(await auditCommand(['e.har'], t.io)).toBe(2);
      expect(t.err).toEqual(['cookie-lens audit: e.har: empty file']);
    }
  });

  it('invalid JSON is still one line naming the file', async () => {
    const t = io({ 'bad.har': withBom('{"log":') });
    expect(await auditCommand(['bad.har'], t.io)).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^cookie-lens audit: bad\.har: invalid JSON \(/);
  });

  it('a Firefox export without any cookie header audits (exit 0) with one note line on stderr', async () => {
    const t = io({ 'ff.har': firefoxNoCookies });
    expect(await auditCommand(['ff.har', '--format', 'json'], t.io)).toBe(0);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(
      /^cookie-lens audit: note: ff\.har: the capture holds no Cookie or Set-Cookie header/,
    );
    expect(JSON.parse(t.out.join('\n')).cookies).toEqual([]);
  });

  it('no note for a capture with cookies', async () => {
    const t = io({ 'a.har': fixtureText });
    await auditCommand(['a.har', '--format', 'json'], t.io);
    expect(t.err.filter((l) => l.includes('no Cookie or Set-Cookie'))).toEqual([]);
  });
});

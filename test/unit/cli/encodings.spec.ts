/**
 * Issue #19 break 8: encodings. The real CLI process reads a UTF-16 HAR (bytes decoded by BOM in
 * har-text.ts); UTF-8 cookie bytes that Chromium wrote as Latin-1 are recovered, and a value that is not
 * UTF-8 is said; the SARIF artifact URI is percent-encoded.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifUri } from '../../../src/cli/sarif-uri.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';
import { recoverUtf8 } from '../../../src/core/har/latin1-utf8.ts';
import { bundledCli } from './bundled-cli.ts';

/** UTF-8 bytes of `s` read back one byte per character, as Chromium's HAR export does. */
const asLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

function har(setCookie: string[], cookie?: string) {
  return {
    log: {
      creator: { name: 'WebInspector' },
      entries: [
        {
          startedDateTime: '2026-01-15T11:00:00Z',
          request: {
            method: 'GET',
            url: 'https://shop.example/',
            headers: cookie ? [{ name: 'Cookie', value: cookie }] : [],
          },
          response: { status: 200, headers: setCookie.map((value) => ({ name: 'Set-Cookie', value })) },
        },
      ],
    },
  };
}

describe('Latin-1-decoded UTF-8 (Chromium HAR)', () => {
  it('recovers UTF-8 where the bytes say so, keeps the rest, and says which', () => {
    expect(recoverUtf8(asLatin1('José'))).toEqual({ kind: 'recovered', text: 'José' });
    expect(recoverUtf8('caf\u00e9')).toEqual({ kind: 'not-utf8', text: 'caf\u00e9' });
    expect(recoverUtf8('plain')).toEqual({ kind: 'as-is', text: 'plain' });
    expect(recoverUtf8('日本')).toEqual({ kind: 'as-is', text: '日本' });
    const r = harToExchanges(
      har([`name=${asLatin1('José 🍪')}; Path=/`, 'latin=caf\u00e9'], `n=${asLatin1('Zoë')}`),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exchanges[0]?.setCookieHeaders).toEqual(['name=José 🍪; Path=/', 'latin=caf\u00e9']);
    expect(r.exchanges[0]?.requestCookieHeader).toBe('n=Zoë');
    expect(r.notes).toEqual([
      '2 cookie headers were exported as Latin-1 (Chromium writes header bytes that way) and read back as UTF-8',
      '1 cookie header holds bytes that are not valid UTF-8: shown as Latin-1',
    ]);
  });
});

describe('SARIF artifact URI', () => {
  it('percent-encodes each segment and makes absolute paths file URIs', () => {
    expect(sarifUri('a.har')).toBe('a.har');
    expect(sarifUri('captures/my file#1 100%.har')).toBe('captures/my%20file%231%20100%25.har');
    expect(sarifUri('/tmp/x y.har')).toBe('file:///tmp/x%20y.har');
    expect(sarifUri('C:\\caps\\a b.har')).toBe('file:///C:/caps/a%20b.har');
    expect(() => new URL(sarifUri('/tmp/ü ?#.har'))).not.toThrow();
  });
});

describe('the CLI process', () => {
  const bundle = bundledCli();

  it('audits a UTF-16 LE file with a BOM, and writes a percent-encoded SARIF URI', () => {
    const text = JSON.stringify(har(['sid=abc; Path=/']));
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const file = join(bundle.dir, 'my capture #1.har');
    writeFileSync(file, bytes);
    const r = spawnSync(process.execPath, [bundle.cli, 'audit', file, '--format', 'sarif'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.runs[0].artifacts[0].location.uri).toBe(
      `file://${bundle.dir.split('/').map(encodeURIComponent).join('/')}/my%20capture%20%231.har`,
    );
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });
});

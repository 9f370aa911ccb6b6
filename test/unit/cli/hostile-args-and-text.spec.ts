/**
 * Issue #19 breaks 5 and 7: option lookup uses own properties only, and what a human reads (stderr, the
 * table, Markdown, JSON) shows control, bidi, zero-width and C1 characters escaped ("Trojan Source").
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { auditCommand } from '../../../src/cli/audit-command.ts';
import { decodeCommand } from '../../../src/cli/decode-command.ts';
import { memoryIo } from './memory-io.ts';

const NOW = Date.parse('2026-01-15T12:00:00Z');

const decodeIo = () => memoryIo({}, NOW);

const auditIo = (files: Record<string, string | Uint8Array>) => memoryIo(files, NOW);

function har(setCookie: string[]): string {
  return JSON.stringify({
    log: {
      entries: [
        {
          startedDateTime: '2026-01-15T11:00:00Z',
          request: { method: 'GET', url: 'https://app.example/login', headers: [] },
          response: { status: 200, headers: setCookie.map((value) => ({ name: 'Set-Cookie', value })) },
        },
      ],
    },
  });
}

describe('own properties only (break 7)', () => {
  for (const word of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
    it(`decode ${word} decodes the word as a value`, async () => {
      const { io, out, err } = decodeIo();
      expect(await decodeCommand([word], io)).toBe(0);
      expect(err).toEqual([]);
      expect(out.join('\n')).toContain('layers: none (plain value)');
    });
  }

  it('audit toString looks for a file named toString', async () => {
    const { io, err } = auditIo({});
    expect(await auditCommand(['toString'], io)).toBe(2);
    expect(err).toEqual(['cookie-lens audit: toString: no such file']);
  });

  it('--__proto__ and --constructor are unknown options, and a value named so is kept as data', () => {
    expect(parseArgs(['--__proto__', 'x'], { options: ['secret'] })).toEqual({
      ok: false,
      message: 'unknown option --__proto__',
    });
    expect(parseArgs(['--constructor'], { flags: ['json'] })).toMatchObject({ ok: false });
    const parsed = parseArgs(['--secret', 'toString', 'valueOf'], { options: ['secret'] });
    expect(parsed.ok && parsed.options.secret).toBe('toString');
    expect(parsed.ok && parsed.positionals).toEqual(['valueOf']);
  });
});

describe('text a human reads (break 5)', () => {
  it("a malformed HAR's ESC bytes reach stderr escaped", async () => {
    const { io, err } = auditIo({ 'bad.har': '{"log": \u001b[2J\u001b]0;pwned\u0007 }' });
    expect(await auditCommand(['bad.har'], io)).toBe(2);
    expect(err).toHaveLength(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach stderr.
    expect(err[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(err[0]).toContain('\\u001b');
  });

  const hostile = 'a\u202eb\u200bc\u009bd';
  for (const format of ['table', 'md', 'json', 'sarif']) {
    it(`${format}: bidi, zero-width and C1 characters in a cookie name show as \\u escapes`, async () => {
      const { io, out } = auditIo({ 'x.har': har([`${hostile}=1; Path=/`]) });
      expect(await auditCommand(['x.har', '--format', format], io)).toBe(0);
      const text = out.join('\n');
      expect(text).not.toMatch(/[\u202e\u200b\u009b]/);
      expect(text).toContain('\\u202e');
      if (format === 'json' || format === 'sarif') {
        // Still the same data: the escapes are JSON's own.
        expect(JSON.stringify(JSON.parse(text))).toContain(hostile);
      }
    });
  }

  it('decode shows a bidi override in a value escaped', async () => {
    const { io, out } = decodeIo();
    expect(await decodeCommand([encodeURIComponent('user\u202eadmin')], io)).toBe(0);
    expect(out.join('\n')).toContain('user\\u202eadmin');
    expect(out.join('\n')).not.toContain('\u202e');
  });
});

import { describe, expect, it } from 'vitest';
import { harText, parseHarJson, sniffEncoding } from '../../../src/core/har/har-text.ts';
import { auditHar } from '../../../src/core/report/audit.ts';

const JSON_TEXT = '{"log":{"version":"1.2","entries":[]}}';

function utf8(s: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(s);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

describe('harText', () => {
  it('drops a UTF-8 BOM from bytes and from already-decoded text (Fiddler exports)', () => {
    // janodvarko/harviewer www-cnn-com.har starts with EF BB BF {"log":{"creator":{"name":"Fiddler"…
    expect(harText(utf8(JSON_TEXT, true))).toEqual({ ok: true, text: JSON_TEXT });
    expect(harText(`\uFEFF${JSON_TEXT}`)).toEqual({ ok: true, text: JSON_TEXT });
    expect(harText(utf8(JSON_TEXT))).toEqual({ ok: true, text: JSON_TEXT });
  });

  it('decodes UTF-16 LE and BE with a BOM, and without one by the zero bytes (RFC 4627 §3)', () => {
    const text = '{"log":{"creator":{"name":"Ünïcode ✓"}}}';
    expect(harText(utf16(text, false))).toEqual({ ok: true, text });
    expect(harText(utf16(text, true))).toEqual({ ok: true, text });
    expect(harText(utf16(text, false, false))).toEqual({ ok: true, text });
    expect(harText(utf16(text, true, false))).toEqual({ ok: true, text });
    expect(sniffEncoding(utf16(text, true))).toEqual({ encoding: 'utf-16be', bom: 2 });
  });

  it('accepts an ArrayBuffer (the panel reads files as bytes)', () => {
    const b = utf8(JSON_TEXT, true);
    expect(harText(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).toEqual({
      ok: true,
      text: JSON_TEXT,
    });
  });

  it('says "empty file" for nothing, whitespace or a lone BOM', () => {
    for (const input of ['', '  \n\t', new Uint8Array(0), utf8(' \r\n', true), '\uFEFF']) {
      expect(harText(input)).toEqual({ ok: false, code: 'empty-file', message: 'empty file' });
    }
  });

  it('refuses UTF-32 with its own message instead of "invalid JSON"', () => {
    const r = harText(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(r).toMatchObject({ ok: false, code: 'unsupported-encoding' });
  });
});

describe('parseHarJson', () => {
  it('parses BOM-prefixed bytes and reports invalid JSON as a value, never a throw', () => {
    expect(parseHarJson(utf8(JSON_TEXT, true))).toEqual({ ok: true, json: JSON.parse(JSON_TEXT) });
    const bad = parseHarJson('{"log":');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.code).toBe('invalid-json');
      expect(bad.message).toMatch(/^invalid JSON \(/);
    }
  });
});

describe('auditHar input decoding', () => {
  const har = {
    log: {
      creator: { name: 'Fiddler', version: '2.4.0.6' },
      entries: [
        {
          startedDateTime: '2011-07-05T10:00:00.000Z',
          request: { method: 'GET', url: 'http://www.cnn.com/', headers: [] },
          response: {
            status: 200,
            headers: [{ name: 'Set-Cookie', value: 'CG=US:GA:Atlanta; path=/' }],
          },
        },
      ],
    },
  };

  it('audits a UTF-8 BOM text and UTF-16 bytes like plain JSON', async () => {
    const text = JSON.stringify(har);
    for (const input of [`\uFEFF${text}`, utf8(text, true), utf16(text, false)]) {
      const r = await auditHar(input, { now: Date.parse('2011-07-05T10:00:01Z'), skipWeakSecrets: true });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.report.cookies.map((c) => c.name)).toEqual(['CG']);
    }
  });

  it('an empty text is "empty file"; broken JSON keeps its historic code', async () => {
    expect(await auditHar('   ')).toEqual({ ok: false, code: 'empty-file', message: 'empty file' });
    expect(await auditHar('{nope')).toMatchObject({ ok: false, code: 'not-an-object' });
  });
});

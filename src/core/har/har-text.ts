/**
 * HAR file bytes (or text) → JSON text, whatever encoding the exporter picked. HAR 1.2 asks for UTF-8,
 * but Fiddler writes a UTF-8 byte-order mark and some Windows tools write UTF-16 with one. JSON itself
 * forbids a BOM (RFC 8259 §8.1) yet lets parsers ignore it, and RFC 4627 §3 tells UTF-16 apart from
 * UTF-8 by where the zero bytes fall — both are honoured here so such files read like any other.
 * Pure (the web `TextDecoder`, no Node buffers); never throws: problems are error values.
 */

import { visibleText } from '../text/visible-text';

export type HarTextErrorCode = 'empty-file' | 'unsupported-encoding' | 'invalid-json';

export interface HarTextError {
  ok: false;
  code: HarTextErrorCode;
  message: string;
}

export type HarTextResult = { ok: true; text: string } | HarTextError;
export type HarJsonResult = { ok: true; json: unknown } | HarTextError;

/** What the decoder recognised; exported for tests and messages. */
export type HarEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32';

const fail = (code: HarTextErrorCode, message: string): HarTextError => ({ ok: false, code, message });

/** The encoding and BOM length of a byte sequence (RFC 8259 §8.1, RFC 4627 §3 zero-byte patterns). */
export function sniffEncoding(b: Uint8Array): { encoding: HarEncoding; bom: number } {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  )
    return { encoding: 'utf-32', bom: 4 };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // No BOM: JSON text starts with an ASCII character, so a zero byte beside it marks UTF-16 / UTF-32.
  if (b.length >= 4 && b0 === 0 && b1 === 0) return { encoding: 'utf-32', bom: 0 };
  if (b.length >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: 'utf-32', bom: 0 };
  if (b.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', bom: 0 };
  if (b.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

function decode(b: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  let bytes = b;
  if (encoding === 'utf-16be') {
    // Swap to little-endian: every TextDecoder has utf-16le, not every build has utf-16be.
    const even = b.length - (b.length % 2);
    bytes = new Uint8Array(even);
    for (let i = 0; i < even; i += 2) {
      bytes[i] = b[i + 1] as number;
      bytes[i + 1] = b[i] as number;
    }
  }
  // Lenient: a stray invalid byte becomes U+FFFD instead of refusing the whole capture.
  return new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'utf-16le', { ignoreBOM: true }).decode(bytes);
}

/** Bytes or text → the JSON text: BOM removed, UTF-16 decoded; "empty file" for nothing but whitespace. */
export function harText(input: string | Uint8Array | ArrayBuffer): HarTextResult {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const { encoding, bom } = sniffEncoding(bytes);
    if (encoding === 'utf-32') {
      return fail('unsupported-encoding', 'not a HAR file: UTF-32 text is not supported; save it as UTF-8');
    }
    text = decode(bytes.subarray(bom), encoding);
    // A BOM that survived (text already decoded once by another tool) is dropped too.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  if (text.trim() === '') return fail('empty-file', 'empty file');
  return { ok: true, text };
}

/** Bytes or text → parsed JSON, or an error value (`empty-file`, `unsupported-encoding`, `invalid-json`). */
export function parseHarJson(input: string | Uint8Array | ArrayBuffer): HarJsonResult {
  const t = harText(input);
  if (!t.ok) return t;
  try {
    return { ok: true, json: JSON.parse(t.text) };
  } catch (e) {
    const why = e instanceof Error ? e.message : 'parse error';
    // V8 quotes the offending input in the message: a hostile file's ESC bytes must not reach a terminal.
    return fail('invalid-json', `invalid JSON (${visibleText(why.replace(/\s+/g, ' ').slice(0, 200))})`);
  }
}

/**
 * Percent-decoding (RFC 3986 §2.1) that never throws: `decodeURIComponent` throws on `%E0%A4%A`
 * and on lone `%`, which attacker-supplied cookies will contain.
 */
import { bytesToText } from './base64-text';

const ESCAPE = /%[0-9A-Fa-f]{2}/;

export function hasPercentEscapes(s: string): boolean {
  return ESCAPE.test(s);
}

export interface PercentResult {
  text: string;
  /** False when malformed sequences had to be kept as they were. */
  clean: boolean;
}

export function percentDecode(s: string): PercentResult {
  try {
    return { text: decodeURIComponent(s), clean: true };
  } catch {
    // Lenient path: decode runs of valid escapes as UTF-8 (or Latin-1), keep everything else.
    let out = '';
    let i = 0;
    while (i < s.length) {
      const bytes: number[] = [];
      while (i + 2 < s.length && s[i] === '%' && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
        bytes.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
        i += 3;
      }
      if (bytes.length > 0) out += bytesToText(Uint8Array.from(bytes)).text;
      else out += s[i++];
    }
    return { text: out, clean: false };
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * The playground's gate for a student's Set-Cookie line. The line is hostile by design, so: bounded in
 * bytes, and only sent when it is a valid HTTP field value — no CR/LF (no response splitting) and no
 * other control character (RFC 9110 §5.5), which Node would refuse anyway (ERR_INVALID_CHAR).
 */

/** Larger than the 4096-byte cookie limit (so the 5 KB line reaches the browser), far below header limits. */
export const MAX_LINE_BYTES = 8192;

export type BoundLine =
  | { ok: true; line: string; headerValue: string }
  | { ok: false; code: 'empty' | 'too-long' | 'control-characters'; message: string };

/** RFC 9110 §5.5: a field value holds no CTL but HTAB. Returns the first offending offset, or -1. */
export function controlCharacterAt(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return i;
  }
  return -1;
}

/** Shows control characters as \xNN so a student can see them (and nothing invisible reaches HTML). */
export function visibleLine(line: string): string {
  let out = '';
  for (const ch of line) {
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c === 0x7f ? `\\x${c.toString(16).padStart(2, '0')}` : ch;
  }
  return out;
}

export function boundLine(line: string): BoundLine {
  const bytes = Buffer.byteLength(line, 'utf8');
  if (line.trim() === '') return { ok: false, code: 'empty', message: 'the line is empty' };
  if (bytes > MAX_LINE_BYTES) {
    return {
      ok: false,
      code: 'too-long',
      message: `the line has ${bytes} bytes; the playground sends at most ${MAX_LINE_BYTES}`,
    };
  }
  const ctl = controlCharacterAt(line);
  if (ctl !== -1) {
    return {
      ok: false,
      code: 'control-characters',
      message: `not sent: control character 0x${line.charCodeAt(ctl).toString(16).padStart(2, '0')} at offset ${ctl} — an HTTP field value may not hold one (RFC 9110 §5.5), so Node refuses to send it`,
    };
  }
  // Node writes header strings as Latin-1: pass the UTF-8 bytes through one by one, so the browser
  // receives exactly the bytes the student typed.
  return { ok: true, line, headerValue: Buffer.from(line, 'utf8').toString('latin1') };
}

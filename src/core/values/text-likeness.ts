/**
 * Is this decoded base64 really text? Session ids are random base64 too, so we only call a value
 * "base64 text" when it decodes to strict UTF-8 made of printable characters, and we say how sure we are.
 */

/** 0 when not text; otherwise a confidence for "this base64 was meant as text". */
export function textConfidence(text: string): number {
  if (text.length === 0) return 0;
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // C0 controls (except TAB/LF/CR), DEL, C1 controls, U+FFFD: binary, not text.
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) return 0;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20)
      plain++;
  }
  const ratio = plain / text.length;
  if (ratio < 0.5) return 0;
  // Short decodings are often coincidences (`dGVzdA` → "test" is real, `abcd1234` → binary isn't).
  const lengthFactor = text.length >= 8 ? 1 : text.length >= 4 ? 0.8 : 0.5;
  return Math.round(Math.min(0.9, 0.4 + ratio * 0.5) * lengthFactor * 100) / 100;
}

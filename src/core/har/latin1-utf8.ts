/**
 * Chromium writes HAR header values by decoding the raw header bytes as Latin-1 (each byte one
 * character; the network stack keeps headers as bytes, RFC 9110 §5.5 calls non-ASCII octets "obs-text"),
 * so a UTF-8 cookie `name=José` reads `JosÃ©`. When every character of a value is one byte and those
 * bytes form valid UTF-8 with at least one multi-byte sequence, the value was UTF-8: recover it. When
 * they do not, the value stays as it was and the caller says it is not valid UTF-8. Pure; never throws.
 */

export type Utf8Recovery =
  /** ASCII, or already decoded text (a character above U+00FF): nothing to do. */
  | { kind: 'as-is'; text: string }
  /** Latin-1-decoded UTF-8, recovered. */
  | { kind: 'recovered'; text: string }
  /** Non-ASCII bytes that are not valid UTF-8: kept as Latin-1. */
  | { kind: 'not-utf8'; text: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function recoverUtf8(value: string): Utf8Recovery {
  let high = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return { kind: 'as-is', text: value };
    if (c >= 0x80) high = true;
  }
  if (!high) return { kind: 'as-is', text: value };
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) bytes[i] = value.charCodeAt(i);
  try {
    return { kind: 'recovered', text: utf8.decode(bytes) };
  } catch {
    return { kind: 'not-utf8', text: value };
  }
}

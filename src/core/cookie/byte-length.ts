/**
 * UTF-8 byte length of a string without allocating (RFC 6265bis counts size limits in octets).
 * Lone surrogates count as 3 bytes, as TextEncoder would encode them as U+FFFD.
 */
export function utf8Length(s: string): number {
  let bytes = 0;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** True when `s` is longer than `limit` UTF-8 bytes; skips the count when the answer is obvious. */
export function exceedsBytes(s: string, limit: number): boolean {
  // A UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair is 4 bytes for 2 units).
  if (s.length * 3 <= limit) return false;
  if (s.length > limit) return true;
  return utf8Length(s) > limit;
}

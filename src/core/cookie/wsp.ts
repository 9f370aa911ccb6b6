/**
 * WSP = SP / HTAB (RFC 5234), the only whitespace the cookie algorithms trim (RFC 6265bis §5.6
 * steps 3–5; §5.4 for the Cookie header). String.prototype.trim removes more (NBSP, U+2028…);
 * browsers do not.
 */
export function isWsp(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

export function trimWsp(s: string, start: number, end: number): string {
  while (start < end && isWsp(s.charCodeAt(start))) start++;
  while (end > start && isWsp(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

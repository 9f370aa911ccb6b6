/**
 * What the header bounds (core/http/header-fields.ts) cut in a HAR entry, so the HAR reader can say so
 * (issue #19: no silent truncation), and whether an entry has headers at all. The lookups themselves are
 * the shared ones: a HAR header list is read exactly like a webRequest one.
 */
import { type HeaderField, MAX_HEADER_CHARS, MAX_HEADERS } from '../http/header-fields';

/**
 * What the bounds cut in one header list: lines past MAX_HEADERS, and cookie-carrying values
 * (Cookie, Set-Cookie, Authorization) longer than MAX_HEADER_CHARS. Counted so the reader can say so.
 */
export function headerCuts(headers: unknown): { lines: number; values: number } {
  if (!Array.isArray(headers)) return { lines: 0, values: 0 };
  let values = 0;
  const n = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < n; i++) {
    const h = headers[i] as Partial<HeaderField> | null;
    if (!h || typeof h.value !== 'string' || h.value.length <= MAX_HEADER_CHARS || typeof h.name !== 'string')
      continue;
    const name = h.name.toLowerCase();
    if (name === 'cookie' || name === 'set-cookie' || name === 'authorization') values++;
  }
  return { lines: Math.max(0, headers.length - MAX_HEADERS), values };
}

/** True when the list holds at least one well-formed header. */
export function hasAnyHeader(headers: unknown): boolean {
  if (!Array.isArray(headers)) return false;
  return headers.some((h) => h && typeof h.name === 'string' && typeof h.value === 'string');
}

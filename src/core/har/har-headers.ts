/**
 * Header lookups over HAR header lists. HAR files disagree on details: HTTP/2 captures use lower-case
 * names, HTTP/1.1 captures keep the server's case, Firefox joins repeated `Set-Cookie` headers into one
 * value separated by "\n", and HTTP/2 may split `Cookie` into several headers (RFC 9113 §8.2.3).
 */
import type { HarHeader } from './har-types';

/** A header value longer than this is cut: nothing legitimate is near it, and memory stays bounded. */
export const MAX_HEADER_CHARS = 1024 * 1024;

/** Ceiling on header lines read from one entry (hostile HAR files). */
export const MAX_HEADERS = 1000;

function bounded(value: string): string {
  return value.length > MAX_HEADER_CHARS ? value.slice(0, MAX_HEADER_CHARS) : value;
}

/**
 * What the bounds above cut in one header list: lines past MAX_HEADERS, and cookie-carrying values
 * (Cookie, Set-Cookie, Authorization) longer than MAX_HEADER_CHARS. Counted so the reader can say so.
 */
export function headerCuts(headers: unknown): { lines: number; values: number } {
  if (!Array.isArray(headers)) return { lines: 0, values: 0 };
  let values = 0;
  const n = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < n; i++) {
    const h = headers[i] as Partial<HarHeader> | null;
    if (!h || typeof h.value !== 'string' || h.value.length <= MAX_HEADER_CHARS || typeof h.name !== 'string')
      continue;
    const name = h.name.toLowerCase();
    if (name === 'cookie' || name === 'set-cookie' || name === 'authorization') values++;
  }
  return { lines: Math.max(0, headers.length - MAX_HEADERS), values };
}

/** Every value of the header `name` (lower-case), case-insensitively; non-string values are skipped. */
export function headerValues(headers: unknown, name: string): string[] {
  if (!Array.isArray(headers)) return [];
  const out: string[] = [];
  const n = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < n; i++) {
    const h = headers[i] as Partial<HarHeader> | null;
    if (!h || typeof h.name !== 'string' || typeof h.value !== 'string') continue;
    if (h.name.length === name.length && h.name.toLowerCase() === name) out.push(bounded(h.value));
  }
  return out;
}

/**
 * `Set-Cookie` lines: one per header, and Firefox's "\n"-joined form split back into lines. A header
 * value cannot contain a raw newline (RFC 9110 §5.5), so splitting on it never cuts a real cookie.
 */
export function setCookieLines(headers: unknown): string[] {
  const out: string[] = [];
  for (const value of headerValues(headers, 'set-cookie')) {
    if (value.indexOf('\n') === -1) {
      if (value.trim() !== '') out.push(value);
      continue;
    }
    for (const line of value.split('\n')) {
      const trimmed = line.replace(/\r$/, '');
      if (trimmed.trim() !== '') out.push(trimmed);
    }
  }
  return out;
}

/** The `Cookie` header as the server saw it: several HTTP/2 `cookie` fields are joined with "; ". */
export function cookieHeader(headers: unknown): string | null {
  const values = headerValues(headers, 'cookie');
  if (values.length === 0) return null;
  return bounded(values.join('; '));
}

/** True when the list holds at least one well-formed header. */
export function hasAnyHeader(headers: unknown): boolean {
  if (!Array.isArray(headers)) return false;
  return headers.some((h) => h && typeof h.name === 'string' && typeof h.value === 'string');
}

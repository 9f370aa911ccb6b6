/**
 * Header lookups over `webRequest` header arrays, for both engines:
 * - names arrive in any case (HTTP/2 and HTTP/3 are lower-case, HTTP/1.1 keeps the server's case);
 * - Chrome gives one entry per `Set-Cookie` header; Firefox joins them into one value separated by "\n"
 *   (a header value cannot contain a raw newline, RFC 9110 §5.5, so splitting never cuts a cookie);
 * - Chrome gives non-UTF-8 values as `binaryValue` bytes instead of `value`;
 * - HTTP/2 may split `Cookie` into several fields, which are joined with "; " (RFC 9113 §8.2.3).
 */

export interface WebRequestHeader {
  name: string;
  value?: string;
  binaryValue?: ArrayLike<number>;
}

/** Ceiling on header entries read from one event (a hostile server can send thousands). */
const MAX_HEADERS = 1000;
/** Ceiling on a binaryValue decoded to text; the store cuts values much shorter anyway. */
const MAX_BINARY_BYTES = 64 * 1024;
/** Ceiling on Set-Cookie lines taken from one response (the store keeps fewer, and records the cut). */
const MAX_SET_COOKIE_LINES = 1000;

function headerText(header: WebRequestHeader): string | null {
  if (typeof header.value === 'string') return header.value;
  const bytes = header.binaryValue;
  if (!bytes || typeof bytes.length !== 'number') return null;
  // Header bytes as Latin-1 (RFC 9110 §5.5: obs-text is opaque octets), never a decoding error.
  let out = '';
  const n = Math.min(bytes.length, MAX_BINARY_BYTES);
  for (let i = 0; i < n; i++) out += String.fromCharCode((bytes[i] ?? 0) & 0xff);
  return out;
}

/** Every value of header `lowerName`, matched case-insensitively. */
export function headerValues(headers: readonly WebRequestHeader[] | undefined, lowerName: string): string[] {
  if (!Array.isArray(headers)) return [];
  const out: string[] = [];
  const n = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < n; i++) {
    const h = headers[i];
    if (!h || typeof h.name !== 'string' || h.name.length !== lowerName.length) continue;
    if (h.name.toLowerCase() !== lowerName) continue;
    const value = headerText(h);
    if (value !== null) out.push(value);
  }
  return out;
}

/** The first value of a header, or null. */
export function headerValue(
  headers: readonly WebRequestHeader[] | undefined,
  lowerName: string,
): string | null {
  return headerValues(headers, lowerName)[0] ?? null;
}

/** `Set-Cookie` lines, Firefox's "\n"-joined form split back into one line per cookie. */
export function setCookieLines(headers: readonly WebRequestHeader[] | undefined): string[] {
  const out: string[] = [];
  for (const value of headerValues(headers, 'set-cookie')) {
    for (const line of value.split('\n')) {
      if (out.length >= MAX_SET_COOKIE_LINES) return out;
      const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (trimmed.trim() !== '') out.push(trimmed);
    }
  }
  return out;
}

/** The `Cookie` request header as sent, or null when none was. */
export function cookieHeader(headers: readonly WebRequestHeader[] | undefined): string | null {
  const values = headerValues(headers, 'cookie');
  return values.length ? values.join('; ') : null;
}

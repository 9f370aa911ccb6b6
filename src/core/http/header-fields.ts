/**
 * Header lookups over header lists from any source — HAR files and `webRequest` events — so the CLI,
 * the panel and the background read `Set-Cookie` and `Cookie` the same way. Sources disagree on details:
 * - names arrive in any case (HTTP/2 and HTTP/3 are lower-case, HTTP/1.1 keeps the server's case);
 * - Firefox joins repeated `Set-Cookie` headers into one value separated by "\n" (a header value cannot
 *   contain a raw newline, RFC 9110 §5.5, so splitting on it never cuts a real cookie);
 * - Chrome's webRequest gives non-UTF-8 values as `binaryValue` bytes instead of `value`;
 * - HTTP/2 may split `Cookie` into several fields, which are joined with "; " (RFC 9113 §8.2.3).
 * Lists are hostile input: anything that is not a well-formed header is skipped, never thrown on.
 */

/** One header as HAR (`{ name, value }`) and webRequest (`value` or `binaryValue`) give it. */
export interface HeaderField {
  name: string;
  value?: string;
  binaryValue?: ArrayLike<number>;
}

/** A header value longer than this is cut: nothing legitimate is near it, and memory stays bounded. */
export const MAX_HEADER_CHARS = 1024 * 1024;

/** Ceiling on header lines read from one list (a hostile server or HAR file can send thousands). */
export const MAX_HEADERS = 1000;

function bounded(value: string): string {
  return value.length > MAX_HEADER_CHARS ? value.slice(0, MAX_HEADER_CHARS) : value;
}

function fieldText(field: Partial<HeaderField>): string | null {
  if (typeof field.value === 'string') return bounded(field.value);
  const bytes = field.binaryValue;
  if (!bytes || typeof bytes.length !== 'number') return null;
  // Header bytes as Latin-1 (RFC 9110 §5.5: obs-text is opaque octets), never a decoding error.
  let out = '';
  const n = Math.min(bytes.length, MAX_HEADER_CHARS);
  for (let i = 0; i < n; i++) out += String.fromCharCode((bytes[i] ?? 0) & 0xff);
  return out;
}

/** Every value of the header `lowerName`, matched case-insensitively; malformed entries are skipped. */
export function headerValues(headers: unknown, lowerName: string): string[] {
  if (!Array.isArray(headers)) return [];
  const out: string[] = [];
  const n = Math.min(headers.length, MAX_HEADERS);
  for (let i = 0; i < n; i++) {
    const h = headers[i] as Partial<HeaderField> | null | undefined;
    if (!h || typeof h.name !== 'string' || h.name.length !== lowerName.length) continue;
    if (h.name.toLowerCase() !== lowerName) continue;
    const value = fieldText(h);
    if (value !== null) out.push(value);
  }
  return out;
}

/** The first value of a header, or null. */
export function headerValue(headers: unknown, lowerName: string): string | null {
  return headerValues(headers, lowerName)[0] ?? null;
}

/**
 * `Set-Cookie` lines: one per header, and Firefox's "\n"-joined form split back into lines. `maxLines`
 * bounds what one response may add (the background's store keeps fewer and records the cut); readers
 * that report their own limits (HAR) leave it unbounded.
 */
export function setCookieLines(headers: unknown, maxLines = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  for (const value of headerValues(headers, 'set-cookie')) {
    for (const line of value.indexOf('\n') === -1 ? [value] : value.split('\n')) {
      if (out.length >= maxLines) return out;
      const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (trimmed.trim() !== '') out.push(trimmed);
    }
  }
  return out;
}

/** The `Cookie` request header as the server saw it (HTTP/2 fields joined with "; "), or null. */
export function cookieHeader(headers: unknown): string | null {
  const values = headerValues(headers, 'cookie');
  return values.length > 0 ? bounded(values.join('; ')) : null;
}

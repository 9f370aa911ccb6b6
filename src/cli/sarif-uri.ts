/**
 * A file name as a SARIF `artifactLocation.uri` (SARIF 2.1.0 §3.4.3: a URI reference, RFC 3986): each
 * path segment percent-encoded (`my file#1.har` → `my%20file%231.har`), Windows separators as "/", an
 * absolute path as a `file://` URI. Without it a space, `#` or `%` in a HAR's name made an invalid or a
 * different URI (issue #19 break 8).
 */
export function sarifUri(file: string): string {
  const path = file.replace(/\\/g, '/');
  const encoded = path
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (path.startsWith('/')) return `file://${encoded}`;
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded}`;
  return encoded;
}

/**
 * The matching rules of RFC 6265bis §5.1.3 (domain-match), §5.1.4 (default-path, path-match), and
 * the "potentially trustworthy" origin test browsers use for Secure cookies.
 */

/** A dotted-quad IPv4 address or a bracketed IPv6 literal (as `URL.hostname` spells them). */
export function isIpAddress(host: string): boolean {
  if (host.charCodeAt(0) === 0x5b) return true; // "[" — IPv6 literal
  let dots = 0;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 0x2e) dots++;
    else if (c < 0x30 || c > 0x39) return false;
  }
  return dots === 3;
}

/**
 * RFC 6265bis §5.1.3: identical, or `domain` is a suffix of `host` preceded by "." and `host` is a
 * host name (not an IP address). Both must already be canonical (lower-case, punycode).
 */
export function domainMatch(host: string, domain: string): boolean {
  if (host === domain) return true;
  const hl = host.length;
  const dl = domain.length;
  return (
    dl > 0 && hl > dl && host.charCodeAt(hl - dl - 1) === 0x2e && host.endsWith(domain) && !isIpAddress(host)
  );
}

/** RFC 6265bis §5.1.4: the directory of the request path ("/a/b/c" → "/a/b", "/a" → "/"). */
export function defaultPath(uriPath: string): string {
  if (uriPath.length === 0 || uriPath.charCodeAt(0) !== 0x2f) return '/';
  const last = uriPath.lastIndexOf('/');
  if (last === 0) return '/';
  return uriPath.slice(0, last);
}

/**
 * RFC 6265bis §5.1.4 path-match: identical; or `cookiePath` is a prefix of `requestPath` and either
 * ends with "/" or is followed by "/" in `requestPath`.
 */
export function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return (
    cookiePath.charCodeAt(cookiePath.length - 1) === 0x2f ||
    requestPath.charCodeAt(cookiePath.length) === 0x2f
  );
}

/**
 * Loopback hosts are "potentially trustworthy" (W3C Secure Contexts §3.2): browsers accept and send
 * Secure cookies on http://localhost, http://127.0.0.1 and http://[::1].
 */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return host.startsWith('127.') && isIpAddress(host);
}

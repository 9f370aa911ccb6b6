/**
 * Cookie name prefixes (RFC 6265bis §4.1.3, enforced in §5.7 steps 20–21). Matched
 * case-insensitively, as 6265bis and today's browsers do, so `__SECURE-x` cannot dodge the rule; a
 * nameless cookie whose value starts with a prefix is held to it as well (it would serialise as
 * `__Host-…` in the Cookie header).
 */
import type { RejectCode } from './types';

function startsWithIgnoreCase(s: string, prefix: string): boolean {
  return s.length >= prefix.length && s.slice(0, prefix.length).toLowerCase() === prefix;
}

/**
 * null when the cookie satisfies its prefix (or has none). `path` is the Path attribute, if any.
 * `hostOnly` must be false when a Domain attribute was present at all: browsers reject
 * `__Host-x=1; Domain=localhost` even though a public-suffix Domain equal to the host would otherwise
 * make the cookie host-only (6265bis-15 §4.1.3.2: "MUST NOT contain a Domain attribute"; Chromium
 * `CanonicalCookie::IsCookiePrefixValid`).
 */
export function checkPrefixes(
  name: string,
  value: string,
  secure: boolean,
  hostOnly: boolean,
  path: string | null,
): RejectCode | null {
  const prefixed = name === '' ? value : name;
  if (prefixed.charCodeAt(0) !== 0x5f) return null; // "_": the common case is decided at once.
  // __Secure-: the Secure attribute.
  if (startsWithIgnoreCase(prefixed, '__secure-') && !secure) return 'prefix-secure';
  // __Host-: Secure, no Domain attribute (host-only) and Path=/.
  if (startsWithIgnoreCase(prefixed, '__host-') && !(secure && hostOnly && path === '/'))
    return 'prefix-host';
  return null;
}

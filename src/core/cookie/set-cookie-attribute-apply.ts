/**
 * What a recognised Set-Cookie attribute does to the cookie (RFC 6265bis §5.6.1–§5.6.7, CHIPS,
 * Chrome's Priority), given its WSP-trimmed value by index on the header: the last of each kind wins,
 * an invalid value is a warning.
 */
import { cachedCookieDateMs } from './cookie-date-cache';
import {
  DOMAIN,
  EXPIRES,
  HTTPONLY,
  MAX_AGE,
  PARTITIONED,
  PATH,
  PRIORITY,
  parseMaxAge,
  parsePriority,
  parseSameSite,
  SAMESITE,
  SECURE,
  sameSiteRawAt,
} from './set-cookie-attributes';
import type { SetCookieAttributes, WarningCode } from './types';

/** One recognised attribute (its id) with its value h[vs, ve). */
export function applyAttribute(
  id: number,
  h: string,
  vs: number,
  ve: number,
  a: SetCookieAttributes,
  warnings: WarningCode[],
): void {
  switch (id) {
    case PATH:
      // §5.6.4: "If the attribute-value is empty or if the first character of the attribute-value
      // is not %x2F ('/'): let cookie-path be the default-path." "/" (most paths) is shared.
      if (vs < ve && h.charCodeAt(vs) === 0x2f) a.path = ve - vs === 1 ? '/' : h.slice(vs, ve);
      else {
        a.path = null;
        addWarning(warnings, 'path-invalid');
      }
      return;
    case SECURE:
      a.secure = true;
      return;
    case HTTPONLY:
      a.httpOnly = true;
      return;
    case DOMAIN:
      // §5.6.3: "If the attribute-value is empty, the behavior is undefined. However, the user agent
      // SHOULD ignore the cookie-av entirely." One leading "." is dropped; lower-cased.
      if (vs === ve) addWarning(warnings, 'domain-empty');
      else {
        if (h.charCodeAt(vs) === 0x2e) vs++;
        // toLowerCase returns the string itself when nothing changes (native, no per-char JS loop).
        a.domain = vs === ve ? null : h.slice(vs, ve).toLowerCase();
      }
      return;
    case SAMESITE:
      applySameSite(h, vs, ve, a, warnings);
      return;
    case MAX_AGE: {
      const n = parseMaxAge(h, vs, ve);
      if (n === null) addWarning(warnings, 'max-age-invalid');
      else a.maxAge = n;
      return;
    }
    case EXPIRES:
      applyExpires(h, vs, ve, a, warnings);
      return;
    case PARTITIONED:
      // CHIPS (draft-cutler-httpbis-partitioned-cookies): a flag.
      a.partitioned = true;
      return;
    case PRIORITY:
      // Chrome's Priority extension: invalid → default (medium), recorded as null here.
      a.priority = parsePriority(h, vs, ve);
      if (a.priority === null) addWarning(warnings, 'priority-invalid');
  }
}

/** §5.6.7: an unknown value sets enforcement to "Default" (the last SameSite still wins). */
function applySameSite(h: string, vs: number, ve: number, a: SetCookieAttributes, warnings: WarningCode[]) {
  a.sameSite = parseSameSite(h, vs, ve);
  a.sameSiteRaw = sameSiteRawAt(h, vs, ve, a.sameSite);
  if (a.sameSite === null) addWarning(warnings, 'samesite-invalid');
}

/**
 * §5.6.1: "If the attribute-value failed to parse as a cookie date, ignore the cookie-av" (an earlier
 * valid Expires stays). Memoised: the same Expires text recurs across a capture (cookie-date-cache.ts).
 */
function applyExpires(h: string, vs: number, ve: number, a: SetCookieAttributes, warnings: WarningCode[]) {
  const ms = cachedCookieDateMs(h, vs, ve);
  if (Number.isNaN(ms)) addWarning(warnings, 'expires-invalid');
  else a.expires = new Date(ms);
}

/** Warnings are unique, in first-seen order. */
export function addWarning(warnings: WarningCode[], code: WarningCode): void {
  if (!warnings.includes(code)) warnings.push(code);
}

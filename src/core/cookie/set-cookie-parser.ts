/**
 * `Set-Cookie` header parsing with the user-agent algorithm of RFC 6265bis §5.6 (what browsers do),
 * not the server grammar of §4.1: nameless cookies, last-attribute-wins, lenient values. Linear time:
 * a single left-to-right scan with indexOf/charCodeAt, no regular expressions. Never throws.
 */
import { exceedsBytes, utf8Length } from './byte-length';
import { findControlCharacter } from './control-characters';
import { cachedCookieDateMs } from './cookie-date-cache';
import {
  attributeIdAt,
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
import type { IgnoredAttribute, ParsedSetCookie, SetCookieAttributes, WarningCode } from './types';
import { isWsp, trimWsp } from './wsp';

/** RFC 6265bis §5.6 step 7: name + value over 4096 octets → the header is ignored. */
export const MAX_NAME_VALUE_BYTES = 4096;
/** RFC 6265bis §5.6 (cookie-av processing): an attribute value over 1024 octets is ignored. */
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
/** Bound on kept unknown attributes, so a hostile header cannot make the result huge. */
const MAX_IGNORED_ATTRIBUTES = 64;
/** Bound on the length of a kept unknown attribute name/value in `ignoredAttributes`. */
const MAX_IGNORED_TEXT = 1024;
/** A value of at most this many UTF-16 units is at most 1024 UTF-8 bytes (3 bytes per unit). */
const SURELY_SHORT_VALUE = Math.floor(MAX_ATTRIBUTE_VALUE_BYTES / 3);

export interface ParseSetCookieOptions {
  /** Keep unknown attributes in `ignoredAttributes` (default true). */
  keepIgnored?: boolean;
}

/**
 * Parses one `Set-Cookie` header value (one header line, not comma-joined lines).
 * Rejected headers come back as `{ ok: false, code, message, raw }`.
 */
export function parseSetCookie(header: string, opts?: ParseSetCookieOptions): ParsedSetCookie {
  if (typeof header !== 'string') {
    return { ok: false, code: 'not-a-string', message: 'Set-Cookie header is not a string', raw: '' };
  }
  // RFC 6265bis §5.6 step 1: any CTL except HTAB → ignore the whole header.
  const ctl = findControlCharacter(header);
  if (ctl !== -1) {
    return {
      ok: false,
      code: 'control-characters',
      message: `control character 0x${header.charCodeAt(ctl).toString(16).padStart(2, '0')} at offset ${ctl}`,
      raw: header,
    };
  }
  const len = header.length;
  // §5.6 step 2: the name-value-pair ends at the first ";".
  let semi = header.indexOf(';');
  if (semi === -1) semi = len;
  const eq = header.indexOf('=');
  const warnings: WarningCode[] = [];
  let name: string;
  let value: string;
  if (eq === -1 || eq > semi) {
    // §5.6 step 3: no "=" → nameless cookie, the whole pair is the value.
    name = '';
    value = trimWsp(header, 0, semi);
    if (value !== '') warnings.push('nameless');
  } else {
    name = trimWsp(header, 0, eq);
    value = trimWsp(header, eq + 1, semi);
    // "=value" is nameless too: it serialises as the bare value, like "value" (§5.8.3).
    if (name === '' && value !== '') warnings.push('nameless');
  }
  // §5.6 step 6: empty name and empty value → ignore.
  if (name === '' && value === '') {
    return {
      ok: false,
      code: 'nameless-empty',
      message: 'cookie has neither a name nor a value',
      raw: header,
    };
  }
  // §5.6 step 7: name + value over 4096 octets → ignore.
  if (nameValueTooLong(name, value)) {
    return {
      ok: false,
      code: 'oversize',
      message: `name and value exceed ${MAX_NAME_VALUE_BYTES} bytes`,
      raw: header,
    };
  }

  const attributes: SetCookieAttributes = {
    expires: null,
    maxAge: null,
    domain: null,
    path: null,
    secure: false,
    httpOnly: false,
    sameSite: null,
    sameSiteRaw: null,
    partitioned: false,
    priority: null,
  };
  const ignoredAttributes: IgnoredAttribute[] = [];
  const keepIgnored = opts?.keepIgnored !== false;
  let seen = 0;
  let pos = semi;
  let nextEq = -1;
  while (pos < len) {
    // §5.6.x: consume the ";" and take everything up to the next ";" as the cookie-av.
    const start = pos + 1;
    let end = header.indexOf(';', start);
    if (end === -1) end = len;
    pos = end;
    // The next "=" is cached: searching again from every ";" would be quadratic on "a;a;a;…;=".
    if (nextEq < start) {
      nextEq = header.indexOf('=', start);
      if (nextEq === -1) nextEq = len;
    }
    const avEq = nextEq < end ? nextEq : -1;
    // Trim WSP by index; strings are sliced only where a value is kept.
    let ns = start;
    let ne = avEq === -1 ? end : avEq;
    while (ns < ne && isWsp(header.charCodeAt(ns))) ns++;
    while (ne > ns && isWsp(header.charCodeAt(ne - 1))) ne--;
    let vs = avEq === -1 ? end : avEq + 1;
    let ve = end;
    while (vs < ve && isWsp(header.charCodeAt(vs))) vs++;
    while (ve > vs && isWsp(header.charCodeAt(ve - 1))) ve--;
    if (ns === ne && vs === ve) continue;
    if (ve - vs > SURELY_SHORT_VALUE && exceedsBytes(header.slice(vs, ve), MAX_ATTRIBUTE_VALUE_BYTES)) {
      // The attribute is ignored; keep its name (not its huge value) for the explanation.
      addWarning(warnings, 'attribute-value-too-long');
      if (keepIgnored && ignoredAttributes.length < MAX_IGNORED_ATTRIBUTES) {
        ignoredAttributes.push({ name: header.slice(ns, Math.min(ne, ns + MAX_IGNORED_TEXT)), value: '' });
      }
      continue;
    }
    const id = attributeIdAt(header, ns, ne);
    switch (id) {
      case EXPIRES: {
        // §5.6.1: an unparseable date ignores the attribute (an earlier valid Expires stays).
        // Memoised: the same Expires text recurs across a capture (cookie-date-cache.ts).
        const ms = cachedCookieDateMs(header, vs, ve);
        if (Number.isNaN(ms)) addWarning(warnings, 'expires-invalid');
        else attributes.expires = new Date(ms);
        break;
      }
      case MAX_AGE: {
        const n = parseMaxAge(header, vs, ve);
        if (n === null) addWarning(warnings, 'max-age-invalid');
        else attributes.maxAge = n;
        break;
      }
      case DOMAIN: {
        // §5.6.3: an empty value is ignored; one leading "." is dropped; lower-cased.
        if (vs === ve) {
          addWarning(warnings, 'domain-empty');
          break;
        }
        if (header.charCodeAt(vs) === 0x2e) vs++;
        attributes.domain = vs === ve ? null : lowerSlice(header, vs, ve);
        break;
      }
      case PATH: {
        // §5.6.4: a value not starting with "/" means the default path (the last Path still wins).
        // "/" (most paths) is shared rather than sliced.
        if (header.charCodeAt(vs) === 0x2f && vs < ve)
          attributes.path = ve - vs === 1 ? '/' : header.slice(vs, ve);
        else {
          attributes.path = null;
          addWarning(warnings, 'path-invalid');
        }
        break;
      }
      case SECURE:
        attributes.secure = true;
        break;
      case HTTPONLY:
        attributes.httpOnly = true;
        break;
      case SAMESITE: {
        // §5.6.7: an unknown value sets enforcement to "Default" (the last SameSite still wins).
        attributes.sameSite = parseSameSite(header, vs, ve);
        attributes.sameSiteRaw = sameSiteRawAt(header, vs, ve, attributes.sameSite);
        if (attributes.sameSite === null) addWarning(warnings, 'samesite-invalid');
        break;
      }
      case PARTITIONED:
        // CHIPS (draft-cutler-httpbis-partitioned-cookies): a flag.
        attributes.partitioned = true;
        break;
      case PRIORITY: {
        // Chrome's Priority extension: invalid → default (medium), recorded as null here.
        attributes.priority = parsePriority(header, vs, ve);
        if (attributes.priority === null) addWarning(warnings, 'priority-invalid');
        break;
      }
      default:
        addWarning(warnings, 'unknown-attribute');
        if (keepIgnored && ignoredAttributes.length < MAX_IGNORED_ATTRIBUTES) {
          ignoredAttributes.push({
            name: header.slice(ns, Math.min(ne, ns + MAX_IGNORED_TEXT)),
            value: header.slice(vs, Math.min(ve, vs + MAX_IGNORED_TEXT)),
          });
        }
    }
    if (id !== 0) {
      if ((seen & id) !== 0) addWarning(warnings, 'duplicate-attribute');
      seen |= id;
    }
  }
  return { ok: true, name, value, raw: header, attributes, ignoredAttributes, warnings };
}

function nameValueTooLong(name: string, value: string): boolean {
  const units = name.length + value.length;
  if (units * 3 <= MAX_NAME_VALUE_BYTES) return false;
  if (units > MAX_NAME_VALUE_BYTES) return true;
  return utf8Length(name) + utf8Length(value) > MAX_NAME_VALUE_BYTES;
}

function addWarning(warnings: WarningCode[], code: WarningCode): void {
  if (!warnings.includes(code)) warnings.push(code);
}

/** s[start, end) lower-cased; sliced only (no toLowerCase call) when already lower-case, the usual case. */
function lowerSlice(s: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return s.slice(start, end).toLowerCase();
  }
  return s.slice(start, end);
}

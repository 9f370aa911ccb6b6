/**
 * `Set-Cookie` header parsing with the user-agent algorithm of RFC 6265bis §5.6 (what browsers do),
 * not the server grammar of §4.1: nameless cookies, last-attribute-wins, lenient values. Linear time:
 * one native scan for control characters, then indexOf/charCodeAt on the header in place, slicing
 * only the strings the result keeps. Never throws.
 */
import { utf8Length } from './byte-length';
import { findControlCharacter } from './control-characters';
import { parseAttributes } from './set-cookie-attribute-list';
import type { ParsedSetCookie, SetCookieAttributes, WarningCode } from './types';
import { isWsp } from './wsp';

/** RFC 6265bis §5.6 step 7: name + value over 4096 octets → the header is ignored. */
export const MAX_NAME_VALUE_BYTES = 4096;
export { MAX_ATTRIBUTE_VALUE_BYTES } from './set-cookie-attribute-list';

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
  // §5.6 step 1: any CTL except HTAB → ignore the whole header.
  const ctl = findControlCharacter(header);
  if (ctl !== -1) return controlCharacterError(header, ctl);
  const len = header.length;
  // §5.6 step 2: "If the set-cookie-string contains a %x3B (";") character: The name-value-pair
  // string consists of the characters up to, but not including, the first %x3B (";")".
  let semi = header.indexOf(';');
  if (semi === -1) semi = len;
  // §5.6 step 3: "If the name-value-pair string lacks a %x3D ("=") character, then the name string
  // is empty, and the value string is the value of name-value-pair. Otherwise, the name string
  // consists of the characters up to, but not including, the first %x3D ("=") character".
  const eq = header.indexOf('=');
  const named = eq !== -1 && eq < semi;
  // §5.6 step 4: "Remove any leading or trailing WSP characters from the name string and the value
  // string." By index: the common unpadded pair costs two reads, not a trim call each.
  let ns = 0;
  let ne = named ? eq : 0;
  let vs = named ? eq + 1 : 0;
  let ve = semi;
  if (ne > 0 && (isWsp(header.charCodeAt(0)) || isWsp(header.charCodeAt(ne - 1)))) {
    while (ns < ne && isWsp(header.charCodeAt(ns))) ns++;
    while (ne > ns && isWsp(header.charCodeAt(ne - 1))) ne--;
  }
  if (ve > vs && (isWsp(header.charCodeAt(vs)) || isWsp(header.charCodeAt(ve - 1)))) {
    while (vs < ve && isWsp(header.charCodeAt(vs))) vs++;
    while (ve > vs && isWsp(header.charCodeAt(ve - 1))) ve--;
  }
  // §5.6 step 6: empty name and empty value → ignore. A nameless cookie ("value", "=value") is kept
  // with an empty name and sent as its bare value (§5.8.3).
  if (ns === ne && vs === ve) return namelessEmpty(header);
  // §5.6 step 7: name + value over 4096 octets → ignore.
  if (nameValueTooLong(ne - ns + ve - vs, header, ns, ne, vs, ve)) return oversize(header);
  const name = ns === ne ? '' : header.slice(ns, ne);
  const value = header.slice(vs, ve);
  const warnings: WarningCode[] = ns === ne ? ['nameless'] : [];
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
  const ignoredAttributes = parseAttributes(header, semi, attributes, warnings, opts?.keepIgnored !== false);
  return { ok: true, name, value, raw: header, attributes, ignoredAttributes, warnings };
}

/** UTF-8 octets of name + value over the limit; `units` (UTF-16 code units) usually decides alone. */
function nameValueTooLong(units: number, h: string, ns: number, ne: number, vs: number, ve: number): boolean {
  // A code unit is 1 to 3 octets (a surrogate pair is 4 octets for 2 units).
  if (units * 3 <= MAX_NAME_VALUE_BYTES) return false;
  if (units > MAX_NAME_VALUE_BYTES) return true;
  return utf8Length(h.slice(ns, ne)) + utf8Length(h.slice(vs, ve)) > MAX_NAME_VALUE_BYTES;
}

function controlCharacterError(header: string, at: number): ParsedSetCookie {
  const hex = header.charCodeAt(at).toString(16).padStart(2, '0');
  return {
    ok: false,
    code: 'control-characters',
    message: `control character 0x${hex} at offset ${at}`,
    raw: header,
  };
}

function namelessEmpty(header: string): ParsedSetCookie {
  return { ok: false, code: 'nameless-empty', message: 'cookie has neither a name nor a value', raw: header };
}

function oversize(header: string): ParsedSetCookie {
  return {
    ok: false,
    code: 'oversize',
    message: `name and value exceed ${MAX_NAME_VALUE_BYTES} bytes`,
    raw: header,
  };
}

/**
 * `Set-Cookie` header parsing with the user-agent algorithm of RFC 6265bis §5.6 (what browsers do),
 * not the server grammar of §4.1: nameless cookies, last-attribute-wins, lenient values. Linear time:
 * one native scan for the name-value pair (step 1's control characters and step 2's ";" at once),
 * then charCodeAt on the header in place, slicing only the strings the result keeps. Never throws.
 */
import { utf8Length } from './byte-length';
import { bareNameValueEnd, findControlCharacter } from './control-characters';
import { parseAttributes } from './set-cookie-attribute-list';
import type { IgnoredAttribute, ParsedSetCookie, SetCookieAttributes, WarningCode } from './types';
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
  const scan = scanPair(header);
  if (scan < 0) return controlCharacterError(header, -1 - scan);
  const semi = scan >> 1;
  /** Step 1 done for the whole line; else only for the pair, which then holds no WSP either. */
  const checked = (scan & 1) === 1;
  // §5.6 step 3: "If the name-value-pair string lacks a %x3D ("=") character, then the name string
  // is empty, and the value string is the value of name-value-pair. Otherwise, the name string
  // consists of the characters up to, but not including, the first %x3D ("=") character".
  const eq = header.indexOf('=');
  const named = eq !== -1 && eq < semi;
  // §5.6 step 4: "Remove any leading or trailing WSP characters from the name string and the value
  // string." By index, and only when the pair may hold WSP: a padded pair costs two reads each.
  let ns = 0;
  let ne = named ? eq : 0;
  let vs = named ? eq + 1 : 0;
  let ve = semi;
  if (checked) {
    if (ne > 0 && (isWsp(header.charCodeAt(0)) || isWsp(header.charCodeAt(ne - 1)))) {
      while (ns < ne && isWsp(header.charCodeAt(ns))) ns++;
      while (ne > ns && isWsp(header.charCodeAt(ne - 1))) ne--;
    }
    if (ve > vs && (isWsp(header.charCodeAt(vs)) || isWsp(header.charCodeAt(ve - 1)))) {
      while (vs < ve && isWsp(header.charCodeAt(vs))) vs++;
      while (ve > vs && isWsp(header.charCodeAt(ve - 1))) ve--;
    }
  }
  // §5.6 step 6: empty name and empty value → ignore. A nameless cookie ("value", "=value") is kept
  // with an empty name and sent as its bare value (§5.8.3). Step 1 comes first: a CTL after the
  // pair rejects the line for that, not for these.
  if (ns === ne && vs === ve) return checked ? namelessEmpty(header) : rest(header, semi, namelessEmpty);
  // §5.6 step 7: name + value over 4096 octets → ignore.
  if (nameValueTooLong(ne - ns + ve - vs, header, ns, ne, vs, ve))
    return checked ? oversize(header) : rest(header, semi, oversize);
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
  const ignoredAttributes: IgnoredAttribute[] = [];
  const keep = opts?.keepIgnored !== false ? ignoredAttributes : null;
  const ctl = parseAttributes(header, semi, attributes, warnings, keep, checked);
  if (ctl !== -1) return controlCharacterError(header, ctl);
  return { ok: true, name, value, raw: header, attributes, ignoredAttributes, warnings };
}

/**
 * Past this many characters a line pays for a search of its ";" first, to pick the cheaper step 1
 * scan: the run that stops at ";" costs ~0.30 ns a character of the pair (two ranges), the run of the
 * whole line ~0.22 a character (one range), measured on Node 20. When the pair is over 3/4 of the
 * line (a JWT: 205 of 212 characters) the whole-line scan wins by ~8 ns.
 */
const LONG_LINE = 128;

/**
 * §5.6 step 1 ("If the set-cookie-string contains a %x00-08 / %x0A-1F / %x7F character (CTL
 * characters excluding HTAB): Abort these steps and ignore the set-cookie-string entirely") and
 * step 2 ("The name-value-pair string consists of the characters up to, but not including, the
 * first %x3B (";")"). Usually one native scan checks the pair and finds its ";", and the attribute
 * loop checks the rest as it reads it; a long pair (a token), or one with WSP, non-ASCII or a CTL,
 * takes the exact scan of the whole line. Answers `semi << 1 | wholeLineChecked`, or -1 - the
 * offset of the first CTL.
 */
function scanPair(h: string): number {
  const len = h.length;
  if (len > LONG_LINE) {
    const semi = h.indexOf(';');
    const end = semi === -1 ? len : semi;
    if (end * 4 > len * 3) return scanWholeLine(h, end);
  }
  const stop = bareNameValueEnd(h);
  if (stop === len || h.charCodeAt(stop) === 0x3b) return stop << 1;
  return scanWholeLine(h, -1);
}

/** The exact step 1 scan of `h`, and its first ";" (`semi`, when not yet searched: -1). */
function scanWholeLine(h: string, semi: number): number {
  const ctl = findControlCharacter(h);
  if (ctl !== -1) return -1 - ctl;
  const end = semi === -1 ? h.indexOf(';') : semi;
  return ((end === -1 ? h.length : end) << 1) | 1;
}

/** `reject(header)`, unless the line after the pair holds a CTL: then step 1 rejects it for that. */
function rest(header: string, semi: number, reject: (header: string) => ParsedSetCookie): ParsedSetCookie {
  const ctl = findControlCharacter(header, semi);
  return ctl === -1 ? reject(header) : controlCharacterError(header, ctl);
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

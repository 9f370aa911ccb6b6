/**
 * `Set-Cookie` header parsing with the user-agent algorithm of RFC 6265bis §5.6 (what browsers do),
 * not the server grammar of §4.1: nameless cookies, last-attribute-wins, lenient values. Linear time:
 * a single left-to-right scan with indexOf/charCodeAt, no regular expressions. Never throws.
 */
import { exceedsBytes, utf8Length } from './byte-length';
import { parseCookieDate } from './cookie-date';
import type {
  IgnoredAttribute,
  ParsedSetCookie,
  Priority,
  SameSite,
  SetCookieAttributes,
  WarningCode,
} from './types';

/** RFC 6265bis §5.6 step 7: name + value over 4096 octets → the header is ignored. */
export const MAX_NAME_VALUE_BYTES = 4096;
/** RFC 6265bis §5.6 (cookie-av processing): an attribute value over 1024 octets is ignored. */
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
/** Bound on kept unknown attributes, so a hostile header cannot make the result huge. */
const MAX_IGNORED_ATTRIBUTES = 64;
/** Bound on the length of a kept unknown attribute name/value in `ignoredAttributes`. */
const MAX_IGNORED_TEXT = 1024;

/** Bits for duplicate detection. */
const SEEN_EXPIRES = 1;
const SEEN_MAX_AGE = 2;
const SEEN_DOMAIN = 4;
const SEEN_PATH = 8;
const SEEN_SECURE = 16;
const SEEN_HTTPONLY = 32;
const SEEN_SAMESITE = 64;
const SEEN_PARTITIONED = 128;
const SEEN_PRIORITY = 256;

/** RFC 6265bis §5.6 step 1: CTLs other than HTAB (%x00-08 / %x0A-1F / %x7F). */
function findControlCharacter(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return i;
  }
  return -1;
}

/** WSP = SP / HTAB (RFC 5234). String.prototype.trim removes more (NBSP, U+2028…), browsers do not. */
function isWsp(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function trimWsp(s: string, start: number, end: number): string {
  while (start < end && isWsp(s.charCodeAt(start))) start++;
  while (end > start && isWsp(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** RFC 6265bis §5.6.2: Max-Age = ["-"] 1*DIGIT, anything else ignores the attribute. */
function parseMaxAge(value: string): number | null {
  let i = 0;
  const negative = value.charCodeAt(0) === 0x2d;
  if (negative) i = 1;
  if (i >= value.length) return null;
  let n = 0;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    // Saturate: a huge Max-Age only needs to be "more than 400 days" (§5.6.2 caps it anyway).
    if (n < 1e15) n = n * 10 + (c - 0x30);
  }
  return negative ? -n : n;
}

function parseSameSite(value: string): SameSite | null {
  const v = value.toLowerCase();
  return v === 'strict' || v === 'lax' || v === 'none' ? v : null;
}

function parsePriority(value: string): Priority | null {
  const v = value.toLowerCase();
  return v === 'low' || v === 'medium' || v === 'high' ? v : null;
}

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
    const attrName = avEq === -1 ? trimWsp(header, start, end) : trimWsp(header, start, avEq);
    const attrValue = avEq === -1 ? '' : trimWsp(header, avEq + 1, end);
    if (attrName === '' && attrValue === '') continue;
    if (exceedsBytes(attrValue, MAX_ATTRIBUTE_VALUE_BYTES)) {
      // The attribute is ignored; keep its name (not its huge value) for the explanation.
      addWarning(warnings, 'attribute-value-too-long');
      if (keepIgnored && ignoredAttributes.length < MAX_IGNORED_ATTRIBUTES) {
        ignoredAttributes.push({ name: attrName.slice(0, MAX_IGNORED_TEXT), value: '' });
      }
      continue;
    }
    let bit = 0;
    switch (attrName.length === 0 ? '' : attrName.toLowerCase()) {
      case 'expires': {
        // §5.6.1: an unparseable date ignores the attribute (an earlier valid Expires stays).
        bit = SEEN_EXPIRES;
        const date = parseCookieDate(attrValue);
        if (date === null) addWarning(warnings, 'expires-invalid');
        else attributes.expires = date;
        break;
      }
      case 'max-age': {
        bit = SEEN_MAX_AGE;
        const n = parseMaxAge(attrValue);
        if (n === null) addWarning(warnings, 'max-age-invalid');
        else attributes.maxAge = n;
        break;
      }
      case 'domain': {
        // §5.6.3: an empty value is ignored; one leading "." is dropped; lower-cased.
        bit = SEEN_DOMAIN;
        if (attrValue === '') {
          addWarning(warnings, 'domain-empty');
          break;
        }
        const d = attrValue.charCodeAt(0) === 0x2e ? attrValue.slice(1) : attrValue;
        attributes.domain = d === '' ? null : d.toLowerCase();
        break;
      }
      case 'path': {
        // §5.6.4: a value not starting with "/" means the default path (the last Path still wins).
        bit = SEEN_PATH;
        if (attrValue.charCodeAt(0) === 0x2f) attributes.path = attrValue;
        else {
          attributes.path = null;
          addWarning(warnings, 'path-invalid');
        }
        break;
      }
      case 'secure':
        bit = SEEN_SECURE;
        attributes.secure = true;
        break;
      case 'httponly':
        bit = SEEN_HTTPONLY;
        attributes.httpOnly = true;
        break;
      case 'samesite': {
        // §5.6.7: an unknown value sets enforcement to "Default" (the last SameSite still wins).
        bit = SEEN_SAMESITE;
        attributes.sameSiteRaw = attrValue;
        attributes.sameSite = parseSameSite(attrValue);
        if (attributes.sameSite === null) addWarning(warnings, 'samesite-invalid');
        break;
      }
      case 'partitioned':
        // CHIPS (draft-cutler-httpbis-partitioned-cookies): a flag.
        bit = SEEN_PARTITIONED;
        attributes.partitioned = true;
        break;
      case 'priority': {
        // Chrome's Priority extension: invalid → default (medium), recorded as null here.
        bit = SEEN_PRIORITY;
        attributes.priority = parsePriority(attrValue);
        if (attributes.priority === null) addWarning(warnings, 'priority-invalid');
        break;
      }
      default:
        addWarning(warnings, 'unknown-attribute');
        if (keepIgnored && ignoredAttributes.length < MAX_IGNORED_ATTRIBUTES) {
          ignoredAttributes.push({
            name: attrName.slice(0, MAX_IGNORED_TEXT),
            value: attrValue.slice(0, MAX_IGNORED_TEXT),
          });
        }
    }
    if (bit !== 0) {
      if ((seen & bit) !== 0) addWarning(warnings, 'duplicate-attribute');
      seen |= bit;
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

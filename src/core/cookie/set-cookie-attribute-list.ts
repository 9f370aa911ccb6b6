/**
 * The unparsed-attributes of a Set-Cookie line, RFC 6265bis §5.6 (second algorithm): every cookie-av
 * between ";"s is split at its first "=", WSP-trimmed, recognised by name and applied in order, so
 * the last of each kind wins. Read by index on the header: a string is sliced only for a value the
 * result keeps.
 */
import { exceedsBytes } from './byte-length';
import { cachedCookieDateMs } from './cookie-date-cache';
import {
  DOMAIN,
  EXPIRES,
  HTTPONLY,
  knownNameAt,
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
import type { IgnoredAttribute, SetCookieAttributes, WarningCode } from './types';
import { isWsp } from './wsp';

/** §5.6 step 6 of the attribute algorithm: an attribute value over 1024 octets is ignored. */
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
/** Bound on kept unknown attributes, so a hostile header cannot make the result huge. */
const MAX_IGNORED_ATTRIBUTES = 64;
/** Bound on the length of a kept unknown attribute name/value in `ignoredAttributes`. */
const MAX_IGNORED_TEXT = 1024;
/** A value of at most this many UTF-16 units is at most 1024 UTF-8 octets (3 octets per unit). */
const SURELY_SHORT_VALUE = Math.floor(MAX_ATTRIBUTE_VALUE_BYTES / 3);

/**
 * Applies every cookie-av of `h` after the ";" at `semi` to `a`, adding warnings; returns the ignored
 * attributes (unknown names, values over 1024 octets), at most 64 when `keepIgnored`.
 */
export function parseAttributes(
  h: string,
  semi: number,
  a: SetCookieAttributes,
  warnings: WarningCode[],
  keepIgnored: boolean,
): IgnoredAttribute[] {
  const ignored: IgnoredAttribute[] = [];
  const len = h.length;
  let seen = 0;
  let pos = semi;
  let nextEq = -1;
  while (pos < len) {
    // 2. "Discard the first character of the unparsed-attributes (which will be a ';' character)."
    let ns = pos + 1;
    while (ns < len && isWsp(h.charCodeAt(ns))) ns++;
    // Fast path: a known name, WSP, then "=", ";" or the end. Then that "=" is the cookie-av's
    // first (the name holds none) and a ";" its end, so neither needs a search: one indexOf per
    // valued attribute, none per flag. Anything else ("Paths", "Path x=1", "x") takes the general
    // steps in `ignoreAttribute`, where the name is not a known one.
    const known = knownNameAt(h, ns);
    let p = ns + (known & 15);
    // -1 past the end: reading there would make V8 compile these reads to slow generic ones.
    let c = known !== 0 && p < len ? h.charCodeAt(p) : -1;
    while (c === 0x20 || c === 0x09) c = ++p < len ? h.charCodeAt(p) : -1;
    if (known === 0 ? ns < len : c !== 0x3d && c !== 0x3b && p < len) {
      if (nextEq <= pos) {
        // The next "=" is cached: searching again from every ";" would be quadratic on "a;a;…;=".
        nextEq = h.indexOf('=', pos + 1);
        if (nextEq === -1) nextEq = len;
      }
      pos = ignoreAttribute(h, pos + 1, nextEq, warnings, keepIgnored ? ignored : null);
      continue;
    }
    // 3. "Consume the characters of the unparsed-attributes up to, but not including, the first ';'"
    // 4. "the (possibly empty) attribute-value string consists of the characters after the first '='"
    let vs = p;
    let end = p;
    if (c === 0x3d) {
      vs = p + 1;
      // Expires (~29 characters) and Domain values are mostly past where reading one by one
      // beats indexOf; "/", "Lax", a Max-Age are not.
      end = semicolonFrom(h, vs, (known >> 4) & (EXPIRES | DOMAIN) ? 0 : SHORT_VALUE_SCAN);
    }
    pos = end;
    if (known === 0) continue; // nothing but WSP after the last ";"
    // 5. "Remove any leading or trailing WSP characters from … the attribute-value string."
    let ve = end;
    while (vs < ve && isWsp(h.charCodeAt(vs))) vs++;
    while (ve > vs && isWsp(h.charCodeAt(ve - 1))) ve--;
    // 6. "If the attribute-value is longer than 1024 octets, ignore the cookie-av string".
    if (ve - vs > SURELY_SHORT_VALUE && exceedsBytes(h.slice(vs, ve), MAX_ATTRIBUTE_VALUE_BYTES)) {
      tooLong(h.slice(ns, ns + (known & 15)), warnings, keepIgnored ? ignored : null);
      continue;
    }
    // 7. "Process the attribute-name and attribute-value according to the requirements in the
    // following subsections."
    const id = known >> 4;
    applyAttribute(id, h, vs, ve, a, warnings);
    if ((seen & id) !== 0) addWarning(warnings, 'duplicate-attribute');
    seen |= id;
  }
  return ignored;
}

/**
 * Characters read one at a time before the search for ";" goes to indexOf: indexOf is a native call
 * of ~10 ns whatever the distance, a charCodeAt ~1 ns, and most attribute values ("/", "Lax",
 * "example.com", a Max-Age) are shorter than this (measured on the shapes of issue #16).
 */
const SHORT_VALUE_SCAN = 16;

/** Offset of the first ";" at or after `i` in `h`, or its length; the first `scan` one by one. */
function semicolonFrom(h: string, i: number, scan: number): number {
  const len = h.length;
  const stop = i + scan < len ? i + scan : len;
  for (; i < stop; i++) if (h.charCodeAt(i) === 0x3b) return i;
  if (i >= len) return len;
  const next = h.indexOf(';', i);
  return next === -1 ? len : next;
}

/**
 * A cookie-av from `start` whose name is no known attribute (or is empty), by the general steps 3–6:
 * ignored, kept in `ignored` (bounded) for the explanation. `nextEq` is the first "=" at or after
 * `start` (or the length). Returns the offset of the ";" that ends it (or the length).
 */
function ignoreAttribute(
  h: string,
  start: number,
  nextEq: number,
  warnings: WarningCode[],
  ignored: IgnoredAttribute[] | null,
): number {
  let end = h.indexOf(';', start);
  if (end === -1) end = h.length;
  let ns = start;
  let ne = nextEq < end ? nextEq : end;
  let vs = nextEq < end ? nextEq + 1 : end;
  let ve = end;
  while (ns < ne && isWsp(h.charCodeAt(ns))) ns++;
  while (ne > ns && isWsp(h.charCodeAt(ne - 1))) ne--;
  while (vs < ve && isWsp(h.charCodeAt(vs))) vs++;
  while (ve > vs && isWsp(h.charCodeAt(ve - 1))) ve--;
  if (ns === ne && vs === ve) return end;
  if (ve - vs > SURELY_SHORT_VALUE && exceedsBytes(h.slice(vs, ve), MAX_ATTRIBUTE_VALUE_BYTES)) {
    tooLong(h.slice(ns, Math.min(ne, ns + MAX_IGNORED_TEXT)), warnings, ignored);
    return end;
  }
  // "Notice that attributes with unrecognized attribute-names are ignored."
  addWarning(warnings, 'unknown-attribute');
  if (ignored !== null && ignored.length < MAX_IGNORED_ATTRIBUTES) {
    ignored.push({
      name: h.slice(ns, Math.min(ne, ns + MAX_IGNORED_TEXT)),
      value: h.slice(vs, Math.min(ve, vs + MAX_IGNORED_TEXT)),
    });
  }
  return end;
}

/** An attribute ignored for a value over 1024 octets: its name (not its huge value) is kept. */
function tooLong(name: string, warnings: WarningCode[], ignored: IgnoredAttribute[] | null): void {
  addWarning(warnings, 'attribute-value-too-long');
  if (ignored !== null && ignored.length < MAX_IGNORED_ATTRIBUTES) ignored.push({ name, value: '' });
}

/** One recognised attribute (§5.6.1–§5.6.7, CHIPS, Chrome's Priority) with its value h[vs, ve). */
function applyAttribute(
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

function addWarning(warnings: WarningCode[], code: WarningCode): void {
  if (!warnings.includes(code)) warnings.push(code);
}

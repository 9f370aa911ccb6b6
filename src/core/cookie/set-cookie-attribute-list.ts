/**
 * The unparsed-attributes of a Set-Cookie line, RFC 6265bis §5.6 (second algorithm): every cookie-av
 * between ";"s is split at its first "=", WSP-trimmed, recognised by name and applied in order, so
 * the last of each kind wins. Read by index on the header: a string is sliced only for a value the
 * result keeps.
 */
import { exceedsBytes } from './byte-length';
import { findControlCharacter } from './control-characters';
import { addWarning, applyAttribute } from './set-cookie-attribute-apply';
import { DOMAIN, EXPIRES, knownNameAt } from './set-cookie-attributes';
import { applyUsualAttribute } from './set-cookie-usual-attributes';
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
 * Applies every cookie-av of `h` after the ";" at `semi` to `a`, adding warnings and the ignored
 * attributes (unknown names, values over 1024 octets) to `ignored` (at most 64; null: not kept).
 * Unless `checked` (§5.6 step 1 already done for the whole line), the line after `semi` is checked
 * for CTLs here: the usual spellings consume only characters no CTL is, and the general steps scan
 * the rest of the line once before reading it. Answers the offset of the first CTL, or -1.
 *
 *   1. If the unparsed-attributes string is empty, skip the rest of these steps.
 *   2. Discard the first character of the unparsed-attributes (which will be a %x3B (";") character).
 *   3. If the remaining unparsed-attributes contains a %x3B (";") character: Consume the characters
 *      of the unparsed-attributes up to, but not including, the first %x3B (";") character.
 *      Otherwise: Consume the remainder of the unparsed-attributes. Let the cookie-av string be the
 *      characters consumed in this step.
 *   4. If the cookie-av string contains a %x3D ("=") character: The (possibly empty) attribute-name
 *      string consists of the characters up to, but not including, the first %x3D ("=") character,
 *      and the (possibly empty) attribute-value string consists of the characters after the first
 *      %x3D ("=") character. Otherwise: The attribute-name string consists of the entire cookie-av
 *      string, and the attribute-value string is empty.
 *   5. Remove any leading or trailing WSP characters from the attribute-name string and the
 *      attribute-value string.
 *   6. If the attribute-value is longer than 1024 octets, ignore the cookie-av string and return to
 *      Step 1 of this algorithm.
 *   7. Process the attribute-name and attribute-value according to the requirements in the
 *      following subsections. (Notice that attributes with unrecognized attribute-names are ignored.)
 *   8. Return to Step 1 of this algorithm.                             (RFC 6265bis §5.6)
 */
export function parseAttributes(
  h: string,
  semi: number,
  a: SetCookieAttributes,
  warnings: WarningCode[],
  ignored: IgnoredAttribute[] | null,
  checked: boolean,
): number {
  const len = h.length;
  let seen = 0;
  let pos = semi;
  let nextEq = -1;
  while (pos < len) {
    // 2. Past the ";" and the WSP that step 5 would trim from the name.
    // -1 stands for the end: reading there would make V8 compile these reads to slow generic ones.
    let ns = pos + 1;
    let c = ns < len ? h.charCodeAt(ns) : -1;
    while (c === 0x20 || c === 0x09) c = ++ns < len ? h.charCodeAt(ns) : -1;
    if (c === -1) break; // an empty last cookie-av
    // Fast path: a known name, WSP, then "=", ";" or the end. That "=" is then the cookie-av's
    // first (the name holds none) and that ";" its end: no search for either. Anything else
    // ("Paths", "Path x=1", "x") takes the general steps 3–6 in `ignoreAttribute`.
    const known = knownNameAt(h, ns);
    let p = ns + (known & 15);
    c = known !== 0 && p < len ? h.charCodeAt(p) : -1;
    while (c === 0x20 || c === 0x09) c = ++p < len ? h.charCodeAt(p) : -1;
    const usual = known !== 0 && (c === 0x3d || c === 0x3b || c === -1);
    const id = known >> 4;
    // The usual spellings ("Secure", "Path=/", "Max-Age=60"…) need no search for the ";".
    const usualEnd = usual ? applyUsualAttribute(id, h, p, c, a) : -1;
    if (usualEnd !== -1) {
      pos = usualEnd;
      seen = markSeen(seen, id, warnings);
      continue;
    }
    // Step 1 for the rest of the line, once, before the general steps read it: only what the usual
    // spellings consumed is known to be clean.
    if (!checked) {
      const ctl = findControlCharacter(h, pos);
      if (ctl !== -1) return ctl;
      checked = true;
    }
    if (!usual) {
      if (nextEq <= pos) {
        // The next "=" is cached: searching again from every ";" would be quadratic on "a;a;…;=".
        nextEq = h.indexOf('=', pos + 1);
        if (nextEq === -1) nextEq = len;
      }
      pos = ignoreAttribute(h, pos + 1, nextEq, warnings, ignored);
      continue;
    }
    // 3.–4. The cookie-av ends at the next ";"; its value starts after the "=" (none: empty).
    // Domain and Expires values are mostly longer than SHORT_VALUE_SCAN: straight to indexOf.
    let vs = c === 0x3d ? p + 1 : p;
    pos = c === 0x3d ? semicolonFrom(h, vs, id & (DOMAIN | EXPIRES) ? 0 : SHORT_VALUE_SCAN) : p;
    // 5. "Remove any leading or trailing WSP characters from … the attribute-value string."
    let ve = pos;
    while (vs < ve && isWsp(h.charCodeAt(vs))) vs++;
    while (ve > vs && isWsp(h.charCodeAt(ve - 1))) ve--;
    // 6. "If the attribute-value is longer than 1024 octets, ignore the cookie-av string".
    if (ve - vs > SURELY_SHORT_VALUE && exceedsBytes(h.slice(vs, ve), MAX_ATTRIBUTE_VALUE_BYTES)) {
      tooLong(h.slice(ns, ns + (known & 15)), warnings, ignored);
      continue;
    }
    // 7. "Process the attribute-name and attribute-value according to the requirements in the
    // following subsections."
    applyAttribute(id, h, vs, ve, a, warnings);
    seen = markSeen(seen, id, warnings);
  }
  return -1;
}

/** The ids seen so far plus `id`; a second of a kind is worth a warning (the last one wins). */
function markSeen(seen: number, id: number, warnings: WarningCode[]): number {
  if ((seen & id) !== 0) addWarning(warnings, 'duplicate-attribute');
  return seen | id;
}

/**
 * Characters read one at a time before the search for ";" goes to indexOf: indexOf is a native call
 * of ~7–10 ns whatever the distance, a charCodeAt ~1–2 ns (measured on Node 20), and most values
 * that get here ("/app", "High", a short Domain) are shorter than this.
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

/**
 * The unparsed-attributes of a Set-Cookie line, RFC 6265bis §5.6 (second algorithm): every cookie-av
 * between ";"s is split at its first "=", WSP-trimmed, recognised by name and applied in order, so
 * the last of each kind wins. Read by index on the header: a string is sliced only for a value the
 * result keeps.
 *
 * One flat loop, on purpose. As helpers (a name matcher, one fast path per attribute) the loop
 * outgrew TurboFan's inlining budget (920 bytecode bytes in all per function): which helpers were
 * inlined then depended on what had been optimised first, and the rest cost a call per attribute
 * (measured: the same code was 1.0x or 1.3x npm `cookie` on one shape from one process to the
 * next). Written out in the loop, the name is read once, a character at a time, and only the rare
 * spellings leave it (`generalAttribute`, `ignoreAttribute`).
 */
import { exceedsBytes } from './byte-length';
import { findControlCharacter } from './control-characters';
import { imfFixdateMs } from './imf-fixdate';
import { addWarning, applyAttribute } from './set-cookie-attribute-apply';
import {
  DOMAIN,
  EXPIRES,
  HTTPONLY,
  MAX_AGE,
  PARTITIONED,
  PATH,
  PRIORITY,
  SAMESITE,
  SECURE,
} from './set-cookie-attributes';
import type { IgnoredAttribute, SameSite, SetCookieAttributes, WarningCode } from './types';
import { isWsp } from './wsp';

/** §5.6 step 6 of the attribute algorithm: an attribute value over 1024 octets is ignored. */
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
/** Bound on kept unknown attributes, so a hostile header cannot make the result huge. */
const MAX_IGNORED_ATTRIBUTES = 64;
/** Bound on the length of a kept unknown attribute name/value in `ignoredAttributes`. */
const MAX_IGNORED_TEXT = 1024;
/** A value of at most this many UTF-16 units is at most 1024 UTF-8 octets (3 octets per unit). */
const SURELY_SHORT_VALUE = Math.floor(MAX_ATTRIBUTE_VALUE_BYTES / 3);
/** "Sun, 06 Nov 1994 08:49:37 GMT" */
const IMF_FIXDATE_LENGTH = 29;
/** Max-Age digits read in place at most: far under 1024 octets, more than any real Max-Age. */
const MAX_DIGITS = 32;
/** Domain characters read in place at most (a DNS name is at most 253): far under 1024 octets. */
const MAX_DOMAIN = 253;

/**
 * Applies every cookie-av of `h` after the ";" at `semi` to `a`, adding warnings; returns the ignored
 * attributes (unknown names, values over 1024 octets), at most 64 when `keepIgnored`.
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
  keepIgnored: boolean,
  checked: boolean,
): IgnoredAttribute[] | null {
  const ignored: IgnoredAttribute[] = [];
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
    // The known name at ns, case-insensitively (§5.6.1–§5.6.7: "If the attribute-name
    // case-insensitively matches the string …"): its id, and p past it. The first four characters,
    // packed, pick the one candidate (an integer switch); the rest are compared one by one.
    let id = 0;
    let p = ns;
    if (ns + 4 <= len) {
      const c0 = c | 0x20;
      const c1 = h.charCodeAt(ns + 1) | 0x20;
      const c2 = h.charCodeAt(ns + 2) | 0x20;
      const c3 = h.charCodeAt(ns + 3) | 0x20;
      // A non-ASCII code unit would spill into its neighbour's byte and could pose as a letter.
      if ((c0 | c1 | c2 | c3) <= 0x7f) {
        switch ((c0 << 24) | (c1 << 16) | (c2 << 8) | c3) {
          case 0x70617468: // "path"
            id = PATH;
            p = ns + 4;
            break;
          case 0x73656375: // "secu" "re"
            if (
              ns + 6 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x72 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x65
            ) {
              id = SECURE;
              p = ns + 6;
            }
            break;
          case 0x646f6d61: // "doma" "in"
            if (
              ns + 6 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x69 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x6e
            ) {
              id = DOMAIN;
              p = ns + 6;
            }
            break;
          case 0x65787069: // "expi" "res"
            if (
              ns + 7 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x72 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x65 &&
              (h.charCodeAt(ns + 6) | 0x20) === 0x73
            ) {
              id = EXPIRES;
              p = ns + 7;
            }
            break;
          case 0x6d61782d: // "max-" "age"; the "-" exactly, as CR | 0x20 is "-" too
            if (
              ns + 7 <= len &&
              h.charCodeAt(ns + 3) === 0x2d &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x61 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x67 &&
              (h.charCodeAt(ns + 6) | 0x20) === 0x65
            ) {
              id = MAX_AGE;
              p = ns + 7;
            }
            break;
          case 0x68747470: // "http" "only"
            if (
              ns + 8 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x6f &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x6e &&
              (h.charCodeAt(ns + 6) | 0x20) === 0x6c &&
              (h.charCodeAt(ns + 7) | 0x20) === 0x79
            ) {
              id = HTTPONLY;
              p = ns + 8;
            }
            break;
          case 0x73616d65: // "same" "site"
            if (
              ns + 8 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x73 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x69 &&
              (h.charCodeAt(ns + 6) | 0x20) === 0x74 &&
              (h.charCodeAt(ns + 7) | 0x20) === 0x65
            ) {
              id = SAMESITE;
              p = ns + 8;
            }
            break;
          case 0x7072696f: // "prio" "rity"
            if (
              ns + 8 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x72 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x69 &&
              (h.charCodeAt(ns + 6) | 0x20) === 0x74 &&
              (h.charCodeAt(ns + 7) | 0x20) === 0x79
            ) {
              id = PRIORITY;
              p = ns + 8;
            }
            break;
          case 0x70617274: // "part" "itioned"
            if (
              ns + 11 <= len &&
              (h.charCodeAt(ns + 4) | 0x20) === 0x69 &&
              (h.charCodeAt(ns + 5) | 0x20) === 0x74 &&
              (h.charCodeAt(ns + 6) | 0x20) === 0x69 &&
              (h.charCodeAt(ns + 7) | 0x20) === 0x6f &&
              (h.charCodeAt(ns + 8) | 0x20) === 0x6e &&
              (h.charCodeAt(ns + 9) | 0x20) === 0x65 &&
              (h.charCodeAt(ns + 10) | 0x20) === 0x64
            ) {
              id = PARTITIONED;
              p = ns + 11;
            }
            break;
        }
      }
    }
    // A known name, WSP, then "=", ";" or the end: that "=" is the cookie-av's first (the name
    // holds none) and that ";" its end. Anything else ("Paths", "Path x=1", "x") is no known
    // attribute: the general steps 3–6 in `ignoreAttribute`.
    c = id !== 0 && p < len ? h.charCodeAt(p) : -1;
    while (c === 0x20 || c === 0x09) c = ++p < len ? h.charCodeAt(p) : -1;
    if (id === 0 || (c !== 0x3d && c !== 0x3b && c !== -1)) {
      if (!checked) {
        if (findControlCharacter(h, pos) !== -1) return null;
        checked = true;
      }
      if (nextEq <= pos) {
        // The next "=" is cached: searching again from every ";" would be quadratic on "a;a;…;=".
        nextEq = h.indexOf('=', pos + 1);
        if (nextEq === -1) nextEq = len;
      }
      pos = ignoreAttribute(h, pos + 1, nextEq, warnings, keepIgnored ? ignored : null);
      continue;
    }
    // The spellings nearly every server sends, applied where the value is read: when the value is
    // followed directly by ";" or the end, it is exactly the WSP-trimmed attribute-value of steps
    // 3–5 and short of step 6's limit, so the general steps would give the same for more work.
    // `end` is where the cookie-av ends, -1 while no usual spelling took it.
    let end = -1;
    if (c !== 0x3d) {
      // 4. No "=": the attribute-value is empty, which a flag ignores.
      if (id === SECURE) {
        a.secure = true;
        end = p;
      } else if (id === HTTPONLY) {
        a.httpOnly = true;
        end = p;
      } else if (id === PARTITIONED) {
        // CHIPS (draft-cutler-httpbis-partitioned-cookies): a flag.
        a.partitioned = true;
        end = p;
      }
    } else if (id === PATH) {
      // §5.6.4 with the value "/": the cookie-path is "/" (shared, not sliced).
      if (p + 2 <= len && h.charCodeAt(p + 1) === 0x2f && (p + 2 === len || h.charCodeAt(p + 2) === 0x3b)) {
        a.path = '/';
        end = p + 2;
      }
    } else if (id === DOMAIN) {
      // §5.6.3 with a lower-case host name (one leading "." dropped): no toLowerCase, which
      // allocates a copy whatever it finds (measured ~30 ns on "example.com"). Any other character
      // (upper case, WSP, non-ASCII) takes the general steps.
      const start = p + 1 < len && h.charCodeAt(p + 1) === 0x2e ? p + 2 : p + 1;
      const stop = start + MAX_DOMAIN < len ? start + MAX_DOMAIN : len;
      let i = start;
      let d = -1;
      for (; i < stop; i++) {
        d = h.charCodeAt(i);
        if (d <= 0x20 || d >= 0x7f || d === 0x3b || (d >= 0x41 && d <= 0x5a)) break;
      }
      if (i !== start && (i === len || d === 0x3b)) {
        a.domain = h.slice(start, i);
        end = i;
      }
    } else if (id === MAX_AGE) {
      // §5.6.2 "If the first character of the attribute-value is a DIGIT" … 1*DIGIT, saturating
      // like parseMaxAge. A negative Max-Age (rare: a deletion) takes the general steps.
      const stop = p + 1 + MAX_DIGITS < len ? p + 1 + MAX_DIGITS : len;
      let n = 0;
      let i = p + 1;
      for (; i < stop; i++) {
        const d = h.charCodeAt(i) - 0x30;
        if (d < 0 || d > 9) break;
        if (n < 1e15) n = n * 10 + d;
      }
      if (i !== p + 1 && (i === len || (i < len && h.charCodeAt(i) === 0x3b))) {
        a.maxAge = n;
        end = i;
      }
    } else if (id === SAMESITE) {
      // §5.6.7 with "Lax", "Strict" or "None" in any case: the first three characters, folded and
      // packed (ASCII only: a wider code unit would spill into its neighbour's byte), pick the one
      // candidate. Kept as written in sameSiteRaw; the usual spellings ("Lax", "lax"…) as shared
      // constants, as sameSiteRawAt does. Each character is read once.
      if (p + 4 <= len) {
        const r0 = h.charCodeAt(p + 1);
        const r1 = h.charCodeAt(p + 2);
        const r2 = h.charCodeAt(p + 3);
        const three = (r0 | r1 | r2) < 0x80 ? ((r0 | 0x20) << 16) | ((r1 | 0x20) << 8) | (r2 | 0x20) : -1;
        // Matched letters differ from their capitals in bit 0x20 only: a capital after the first.
        let capitals = ~(r1 & r2) & 0x20;
        let ve = -1;
        let value: SameSite = 'lax';
        if (three === 0x6c6178)
          ve = p + 4; // "lax"
        else if (three === 0x6e6f6e && p + 5 <= len) {
          const r3 = h.charCodeAt(p + 4); // "non" "e"
          if ((r3 | 0x20) === 0x65) {
            ve = p + 5;
            value = 'none';
            capitals |= ~r3 & 0x20;
          }
        } else if (three === 0x737472 && p + 7 <= len) {
          const r3 = h.charCodeAt(p + 4); // "str" "ict"
          const r4 = h.charCodeAt(p + 5);
          const r5 = h.charCodeAt(p + 6);
          if ((r3 | 0x20) === 0x69 && (r4 | 0x20) === 0x63 && (r5 | 0x20) === 0x74) {
            ve = p + 7;
            value = 'strict';
            capitals |= ~(r3 & r4 & r5) & 0x20;
          }
        }
        // An unknown value is a warning: the general steps give it.
        if (ve !== -1 && (ve === len || h.charCodeAt(ve) === 0x3b)) {
          a.sameSite = value;
          a.sameSiteRaw =
            capitals !== 0
              ? h.slice(p + 1, ve)
              : (r0 & 0x20) !== 0
                ? value
                : value === 'lax'
                  ? 'Lax'
                  : value === 'none'
                    ? 'None'
                    : 'Strict';
          end = ve;
        }
      }
    } else if (id === EXPIRES) {
      // §5.6.1 with an IMF-fixdate (RFC 9110 §5.6.7), what servers send: 29 characters then ";" or
      // the end. An invalid date is a warning the general steps give.
      const ve = p + 1 + IMF_FIXDATE_LENGTH;
      if (ve === len || (ve < len && h.charCodeAt(ve) === 0x3b)) {
        const ms = imfFixdateMs(h, p + 1);
        if (ms !== -1 && !Number.isNaN(ms)) {
          a.expires = new Date(ms);
          end = ve;
        }
      }
    }
    if (end === -1) {
      if (!checked) {
        if (findControlCharacter(h, pos) !== -1) return null;
        checked = true;
      }
      end = generalAttribute(h, id, ns, p, c, a, warnings, keepIgnored ? ignored : null);
      if (end < 0) {
        // Ignored for its size: no duplicate either.
        pos = -end - 1;
        continue;
      }
    }
    pos = end;
    // A second of a kind is worth a warning (the last one wins).
    if ((seen & id) !== 0) addWarning(warnings, 'duplicate-attribute');
    seen |= id;
  }
  return ignored;
}

/**
 * Steps 3–7 for the known attribute `id` named at h[ns] whose name ends at p (WSP skipped), c = h[p]
 * ("=", ";" or -1 for the end): returns where the cookie-av ends, or -(end + 1) when step 6 ignored it.
 */
function generalAttribute(
  h: string,
  id: number,
  ns: number,
  p: number,
  c: number,
  a: SetCookieAttributes,
  warnings: WarningCode[],
  ignored: IgnoredAttribute[] | null,
): number {
  // 3.–4. The cookie-av ends at the next ";"; its value starts after the "=" (none: empty).
  let vs = c === 0x3d ? p + 1 : p;
  let end = c === 0x3d ? h.indexOf(';', vs) : p;
  if (end === -1) end = h.length;
  // 5. "Remove any leading or trailing WSP characters from … the attribute-value string."
  let ve = end;
  while (vs < ve && isWsp(h.charCodeAt(vs))) vs++;
  while (ve > vs && isWsp(h.charCodeAt(ve - 1))) ve--;
  // 6. "If the attribute-value is longer than 1024 octets, ignore the cookie-av string".
  if (ve - vs > SURELY_SHORT_VALUE && exceedsBytes(h.slice(vs, ve), MAX_ATTRIBUTE_VALUE_BYTES)) {
    let ne = p;
    while (ne > ns && isWsp(h.charCodeAt(ne - 1))) ne--;
    tooLong(h.slice(ns, ne), warnings, ignored);
    return -end - 1;
  }
  // 7. "Process the attribute-name and attribute-value according to the requirements in the
  // following subsections."
  applyAttribute(id, h, vs, ve, a, warnings);
  return end;
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

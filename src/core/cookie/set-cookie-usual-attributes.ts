/**
 * SameSite as nearly every server sends it ("Lax", "Strict", "None" in any case, RFC 6265bis
 * §5.6.7), applied while reading the value where it starts (set-cookie-attribute-list.ts holds the
 * other usual spellings): when the value is followed directly by ";" or the end of the line, it is
 * exactly the WSP-trimmed attribute-value of §5.6 steps 3–5, short of step 6's limit. Anything else
 * answers -1 and takes the general steps (an unknown value is a warning they give).
 */
import type { SetCookieAttributes } from './types';

/** s[i] | 0x20: folds exactly A-Z onto a-z; a non-ASCII code unit stays above 0x7f. */
function lc(s: string, i: number): number {
  return s.charCodeAt(i) | 0x20;
}

/**
 * §5.6.7 with the value at h[vs]: sets `sameSite` and `sameSiteRaw` and returns where the value ends,
 * or -1. Each character is read once: the first picks the one candidate. The usual spellings of the
 * raw value ("Lax", "lax"…) come back as shared constants, not fresh slices, as sameSiteRawAt does.
 */
export function usualSameSite(h: string, vs: number, a: SetCookieAttributes): number {
  const len = h.length;
  if (vs + 3 > len) return -1;
  const first = h.charCodeAt(vs);
  const f = first | 0x20;
  let ve: number;
  if (f === 0x6c) {
    if (lc(h, vs + 1) !== 0x61 || lc(h, vs + 2) !== 0x78) return -1; // "lax"
    ve = vs + 3;
  } else if (f === 0x6e) {
    // "none"
    if (vs + 4 > len || lc(h, vs + 1) !== 0x6f || lc(h, vs + 2) !== 0x6e || lc(h, vs + 3) !== 0x65) return -1;
    ve = vs + 4;
  } else if (f === 0x73) {
    // "strict"
    if (
      vs + 6 > len ||
      lc(h, vs + 1) !== 0x74 ||
      lc(h, vs + 2) !== 0x72 ||
      lc(h, vs + 3) !== 0x69 ||
      lc(h, vs + 4) !== 0x63 ||
      lc(h, vs + 5) !== 0x74
    ) {
      return -1;
    }
    ve = vs + 6;
  } else return -1;
  if (ve !== len && h.charCodeAt(ve) !== 0x3b) return -1;
  const n = ve - vs;
  const parsed = n === 3 ? 'lax' : n === 4 ? 'none' : 'strict';
  a.sameSite = parsed;
  // Every character matched a letter, so bit 0x20 tells its case: a capital after the first one
  // means an unusual spelling, kept as written.
  let capitalsAfterFirst = 0;
  for (let i = vs + 1; i < ve; i++) capitalsAfterFirst |= ~h.charCodeAt(i) & 0x20;
  if (capitalsAfterFirst !== 0) a.sameSiteRaw = h.slice(vs, ve);
  else if ((first & 0x20) !== 0) a.sameSiteRaw = parsed;
  else a.sameSiteRaw = n === 3 ? 'Lax' : n === 4 ? 'None' : 'Strict';
  return ve;
}

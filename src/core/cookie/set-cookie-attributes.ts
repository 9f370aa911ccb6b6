/**
 * Recognising and parsing Set-Cookie attributes in place on the header string (RFC 6265bis §5.6.1–
 * §5.6.7): names are case-insensitive, values are read by index so that known attributes cost no
 * string copies.
 */
import type { Priority, SameSite } from './types';

/** Attribute ids double as bits for duplicate detection. */
export const EXPIRES = 1;
export const MAX_AGE = 2;
export const DOMAIN = 4;
export const PATH = 8;
export const SECURE = 16;
export const HTTPONLY = 32;
export const SAMESITE = 64;
export const PARTITIONED = 128;
export const PRIORITY = 256;

/** The first four characters of `lower` packed as one int, as `attributeIdAt` packs the header's. */
function pack4(lower: string): number {
  return (
    (lower.charCodeAt(0) << 24) |
    (lower.charCodeAt(1) << 16) |
    (lower.charCodeAt(2) << 8) |
    lower.charCodeAt(3)
  );
}

const P_PATH = pack4('path');
const P_SECU = pack4('secu');
const P_DOMA = pack4('doma');
const P_EXPI = pack4('expi');
const P_MAX_ = pack4('max-');
const P_HTTP = pack4('http');
const P_SAME = pack4('same');
const P_PRIO = pack4('prio');
const P_PART = pack4('part');

/**
 * Attribute names are case-insensitive (RFC 6265bis §5.6). Compared in place on the header: no name
 * string is sliced or lower-cased (measured: the slices were a quarter of the parse time in GC). The
 * first four characters are folded to lower case and packed into one int, so one switch picks the
 * only candidate (a per-character compare against each candidate was ~15% of the parse, measured);
 * the rest is compared after. ASCII only: `c | 0x20` folds exactly A-Z onto a-z, and no other
 * character folds onto a letter; the "-" of Max-Age is compared exactly (CR folds onto "-").
 * A recognised name holds no CTL, which the parser relies on (RFC 6265bis §5.6 step 1). 0 = unknown.
 */
export function attributeIdAt(s: string, start: number, end: number): number {
  const n = end - start;
  if (n < 4 || n > 11) return 0;
  const c0 = s.charCodeAt(start);
  const c1 = s.charCodeAt(start + 1);
  const c2 = s.charCodeAt(start + 2);
  const c3 = s.charCodeAt(start + 3);
  if ((c0 | c1 | c2 | c3) > 0x7f) return 0;
  const w = ((c0 | 0x20) << 24) | ((c1 | 0x20) << 16) | ((c2 | 0x20) << 8) | (c3 | 0x20);
  const rest = start + 4;
  switch (w) {
    case P_PATH:
      return n === 4 ? PATH : 0;
    case P_SECU:
      return n === 6 && equalsLowerAt(s, rest, end, 're') ? SECURE : 0;
    case P_DOMA:
      return n === 6 && equalsLowerAt(s, rest, end, 'in') ? DOMAIN : 0;
    case P_EXPI:
      return n === 7 && equalsLowerAt(s, rest, end, 'res') ? EXPIRES : 0;
    case P_MAX_:
      return n === 7 && c3 === 0x2d && equalsLowerAt(s, rest, end, 'age') ? MAX_AGE : 0;
    case P_HTTP:
      return n === 8 && equalsLowerAt(s, rest, end, 'only') ? HTTPONLY : 0;
    case P_SAME:
      return n === 8 && equalsLowerAt(s, rest, end, 'site') ? SAMESITE : 0;
    case P_PRIO:
      return n === 8 && equalsLowerAt(s, rest, end, 'rity') ? PRIORITY : 0;
    case P_PART:
      return n === 11 && equalsLowerAt(s, rest, end, 'itioned') ? PARTITIONED : 0;
    default:
      return 0;
  }
}

/** s[start, end) equals `lower` ignoring ASCII case (`lower` is lower-case ASCII). */
export function equalsLowerAt(s: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lower.charCodeAt(i - start)) return false;
  }
  return true;
}

/** RFC 6265bis §5.6.2: Max-Age = ["-"] 1*DIGIT on s[start, end), anything else ignores it (null). */
export function parseMaxAge(s: string, start: number, end: number): number | null {
  const negative = s.charCodeAt(start) === 0x2d;
  let i = negative ? start + 1 : start;
  if (i >= end) return null;
  let n = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    // Saturate: a huge Max-Age only needs to be "more than 400 days" (§5.6.2 caps it anyway).
    if (n < 1e15) n = n * 10 + (c - 0x30);
  }
  return negative ? -n : n;
}

export function parseSameSite(s: string, start: number, end: number): SameSite | null {
  // Dispatch on length: each value is compared against its one candidate only.
  switch (end - start) {
    case 3:
      return equalsLowerAt(s, start, end, 'lax') ? 'lax' : null;
    case 4:
      return equalsLowerAt(s, start, end, 'none') ? 'none' : null;
    case 6:
      return equalsLowerAt(s, start, end, 'strict') ? 'strict' : null;
    default:
      return null;
  }
}

export function parsePriority(s: string, start: number, end: number): Priority | null {
  if (equalsLowerAt(s, start, end, 'medium')) return 'medium';
  if (equalsLowerAt(s, start, end, 'high')) return 'high';
  return equalsLowerAt(s, start, end, 'low') ? 'low' : null;
}

const CAPITALISED: Record<SameSite, string> = { lax: 'Lax', strict: 'Strict', none: 'None' };

/**
 * SameSite as written. The usual spellings ("Lax", "lax") come back as shared constants instead of
 * fresh slices (the parser allocates less per header; strings are immutable, so sharing is safe).
 * `parsed` matched case-insensitively, so every character is a letter: bit 0x20 tells its case.
 */
export function sameSiteRawAt(s: string, start: number, end: number, parsed: SameSite | null): string {
  if (parsed === null) return s.slice(start, end);
  for (let i = start + 1; i < end; i++) if ((s.charCodeAt(i) & 0x20) === 0) return s.slice(start, end);
  return (s.charCodeAt(start) & 0x20) === 0 ? CAPITALISED[parsed] : parsed;
}

/**
 * Recognising and parsing Set-Cookie attributes in place on the header string (RFC 6265bis §5.6.1–
 * §5.6.7): names and the SameSite/Priority values are case-insensitive and compared four characters
 * to an integer; values are read by index so that known attributes cost no string copies.
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

/*
 * Case-folded, packed reads: s[p, p + n) as one integer, one character per byte, or -1 when it runs
 * past the end or holds a non-ASCII code unit (which would spill into the next byte and could pose
 * as a letter). `| 0x20` maps exactly A-Z onto a-z (a letter differs from its capital in that bit
 * only) and moves no other character onto a letter. Unrolled: a loop costs V8 an interrupt check a
 * turn, and out-of-bounds reads are never made (one makes V8 compile the call site to a slower
 * generic read for every later call, measured ~3x).
 */

export function pack2(s: string, p: number): number {
  if (p + 2 > s.length) return -1;
  const a = s.charCodeAt(p) | 0x20;
  const b = s.charCodeAt(p + 1) | 0x20;
  return (a | b) > 0x7f ? -1 : (a << 8) | b;
}

export function pack3(s: string, p: number): number {
  if (p + 3 > s.length) return -1;
  const a = s.charCodeAt(p) | 0x20;
  const b = s.charCodeAt(p + 1) | 0x20;
  const c = s.charCodeAt(p + 2) | 0x20;
  return (a | b | c) > 0x7f ? -1 : (a << 16) | (b << 8) | c;
}

export function pack4(s: string, p: number): number {
  if (p + 4 > s.length) return -1;
  const a = s.charCodeAt(p) | 0x20;
  const b = s.charCodeAt(p + 1) | 0x20;
  const c = s.charCodeAt(p + 2) | 0x20;
  const d = s.charCodeAt(p + 3) | 0x20;
  return (a | b | c | d) > 0x7f ? -1 : (a << 24) | (b << 16) | (c << 8) | d;
}

/** What `knownNameAt` answers: the attribute id and the name's length, `id << 4 | length`. */
const PATH_NAME = (PATH << 4) | 4;
const SECURE_NAME = (SECURE << 4) | 6;
const DOMAIN_NAME = (DOMAIN << 4) | 6;
const EXPIRES_NAME = (EXPIRES << 4) | 7;
const MAX_AGE_NAME = (MAX_AGE << 4) | 7;
const HTTPONLY_NAME = (HTTPONLY << 4) | 8;
const SAMESITE_NAME = (SAMESITE << 4) | 8;
const PRIORITY_NAME = (PRIORITY << 4) | 8;
const PARTITIONED_NAME = (PARTITIONED << 4) | 11;

/** The rest of each name after its first four characters, lower case, by id. */
const NAME_TAILS: Record<number, string> = {
  [SECURE]: 're',
  [DOMAIN]: 'in',
  [EXPIRES]: 'res',
  [MAX_AGE]: 'age',
  [HTTPONLY]: 'only',
  [SAMESITE]: 'site',
  [PRIORITY]: 'rity',
  [PARTITIONED]: 'itioned',
};

/**
 * The attribute name that starts at s[p], case-insensitively (RFC 6265bis §5.6.1–§5.6.7: "If the
 * attribute-name case-insensitively matches the string …"), as `id << 4 | length`, or 0. Only the
 * name is matched: what follows it is the caller's to check. The first four characters, folded and
 * packed, pick the one candidate (an integer switch); the rest are compared one by one, each read
 * once. Read in place rather than through pack4/pack2: as calls V8 did not inline they were ~5% of a
 * Domain + flags parse (Node 20 profile).
 */
export function knownNameAt(s: string, p: number): number {
  if (p + 4 > s.length) return 0;
  const c0 = s.charCodeAt(p) | 0x20;
  const c1 = s.charCodeAt(p + 1) | 0x20;
  const c2 = s.charCodeAt(p + 2) | 0x20;
  const c3 = s.charCodeAt(p + 3) | 0x20;
  // A non-ASCII code unit would spill into its neighbour's byte and could pose as a letter.
  if ((c0 | c1 | c2 | c3) > 0x7f) return 0;
  let known: number;
  switch ((c0 << 24) | (c1 << 16) | (c2 << 8) | c3) {
    case 0x70617468: // "path"
      return PATH_NAME;
    case 0x73656375: // "secu" "re"
      known = SECURE_NAME;
      break;
    case 0x646f6d61: // "doma" "in"
      known = DOMAIN_NAME;
      break;
    case 0x65787069: // "expi" "res"
      known = EXPIRES_NAME;
      break;
    case 0x6d61782d: // "max-" "age"; the "-" exactly, as CR | 0x20 is "-" too
      if (s.charCodeAt(p + 3) !== 0x2d) return 0;
      known = MAX_AGE_NAME;
      break;
    case 0x68747470: // "http" "only"
      known = HTTPONLY_NAME;
      break;
    case 0x73616d65: // "same" "site"
      known = SAMESITE_NAME;
      break;
    case 0x7072696f: // "prio" "rity"
      known = PRIORITY_NAME;
      break;
    case 0x70617274: // "part" "itioned"
      known = PARTITIONED_NAME;
      break;
    default:
      return 0;
  }
  const tail = NAME_TAILS[known >> 4] ?? '';
  if (p + 4 + tail.length > s.length) return 0;
  // Folded, a code unit equals a lower-case letter only if it is that letter in either case (one
  // over 0x7f stays over it), so no ASCII check is needed one at a time.
  for (let i = 0; i < tail.length; i++) if ((s.charCodeAt(p + 4 + i) | 0x20) !== tail.charCodeAt(i)) return 0;
  return known;
}

/** The id of the attribute named exactly s[start, end) (case-insensitive), or 0 = unknown. */
export function attributeIdAt(s: string, start: number, end: number): number {
  const known = knownNameAt(s, start);
  return known !== 0 && (known & 15) === end - start ? known >> 4 : 0;
}

/** RFC 6265bis §5.6.2: Max-Age = ["-"] 1*DIGIT on s[start, end), anything else ignores it (null). */
export function parseMaxAge(s: string, start: number, end: number): number | null {
  if (start >= end) return null;
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

/**
 * The three values of SameSite and of Priority: one of 3, one of 4 and one of 6 letters, packed as
 * `pack3`/`pack4` read them (the 6-letter one as its first four and last two letters).
 */
interface ThreeValues<T extends string> {
  three: T;
  four: T;
  six: T;
  threePacked: number;
  fourPacked: number;
  sixHead: number;
  sixTail: number;
}

/** Packed once at load from the lower-case words, so no constant is written twice (word and hex). */
function threeValues<T extends string>(three: T, four: T, six: T): ThreeValues<T> {
  return {
    three,
    four,
    six,
    threePacked: pack3(three, 0),
    fourPacked: pack4(four, 0),
    sixHead: pack4(six, 0),
    sixTail: pack2(six, 4),
  };
}

const SAME_SITE_VALUES = threeValues<SameSite>('lax', 'none', 'strict');
const PRIORITY_VALUES = threeValues<Priority>('low', 'high', 'medium');

/** s[start, end) as one of `values`, case-insensitively, or null. */
function oneOfThree<T extends string>(
  s: string,
  start: number,
  end: number,
  values: ThreeValues<T>,
): T | null {
  // Dispatch on length: each value is compared against its one candidate only.
  switch (end - start) {
    case 3:
      return pack3(s, start) === values.threePacked ? values.three : null;
    case 4:
      return pack4(s, start) === values.fourPacked ? values.four : null;
    case 6:
      return pack4(s, start) === values.sixHead && pack2(s, start + 4) === values.sixTail ? values.six : null;
    default:
      return null;
  }
}

export function parseSameSite(s: string, start: number, end: number): SameSite | null {
  return oneOfThree(s, start, end, SAME_SITE_VALUES);
}

export function parsePriority(s: string, start: number, end: number): Priority | null {
  return oneOfThree(s, start, end, PRIORITY_VALUES);
}

/** The capitalised spelling of each SameSite value ("Lax"), shared rather than sliced. */
export const CAPITALISED: Record<SameSite, string> = { lax: 'Lax', strict: 'Strict', none: 'None' };

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

/**
 * Slow, obvious reference versions of parseSetCookie and parseCookieHeader, written from RFC 6265bis
 * §5.6 with split/trim-style string operations and one regular expression per rule. They exist only
 * to be compared against the index-based parsers in src (parser-reference.property.spec.ts): every
 * fast path there must give exactly what these give, warning order and bounds included.
 */
import { cookieDateMs } from '../../../src/core/cookie/cookie-date.ts';
import type {
  CookiePair,
  IgnoredAttribute,
  ParsedSetCookie,
  SetCookieAttributes,
  WarningCode,
} from '../../../src/core/cookie/types.ts';

const wspTrim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, '');
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const bytes = (s: string) => new TextEncoder().encode(s).length;
/** RFC 6265bis §5.6 step 1: offset of the first %x00-08 / %x0A-1F / %x7F, or -1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching CTLs is the point
export const referenceFindCtl = (s: string) => s.search(/[\x00-\x08\x0a-\x1f\x7f]/);
const firstSplit = (s: string, sep: string): [string, string | null] => {
  const i = s.indexOf(sep);
  return i === -1 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
};

export function referenceParseSetCookie(header: string, keepIgnored = true): ParsedSetCookie {
  if (typeof header !== 'string')
    return { ok: false, code: 'not-a-string', message: 'Set-Cookie header is not a string', raw: '' };
  const ctl = referenceFindCtl(header);
  if (ctl !== -1) {
    const hex = header.charCodeAt(ctl).toString(16).padStart(2, '0');
    const message = `control character 0x${hex} at offset ${ctl}`;
    return { ok: false, code: 'control-characters', message, raw: header };
  }
  const [pair, ...avs] = header.split(';');
  const [n, v] = firstSplit(pair ?? '', '=');
  const name = v === null ? '' : wspTrim(n);
  const value = wspTrim(v === null ? n : v);
  const warnings: WarningCode[] = [];
  const warn = (w: WarningCode) => {
    if (!warnings.includes(w)) warnings.push(w);
  };
  if (name === '' && value === '')
    return {
      ok: false,
      code: 'nameless-empty',
      message: 'cookie has neither a name nor a value',
      raw: header,
    };
  if (name === '') warn('nameless');
  if (bytes(name) + bytes(value) > 4096)
    return { ok: false, code: 'oversize', message: 'name and value exceed 4096 bytes', raw: header };
  const a: SetCookieAttributes = {
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
  const ignored: IgnoredAttribute[] = [];
  const keep = (x: IgnoredAttribute) => {
    if (keepIgnored && ignored.length < 64) ignored.push(x);
  };
  const seen = new Set<string>();
  for (const av of avs) {
    const [rawName, rawValue] = firstSplit(av, '=');
    const key = wspTrim(rawName);
    const val = wspTrim(rawValue ?? '');
    if (key === '' && val === '') continue;
    if (bytes(val) > 1024) {
      warn('attribute-value-too-long');
      keep({ name: key.slice(0, 1024), value: '' });
      continue;
    }
    const lower = asciiLower(key);
    if (applyKnown(lower, val, a, warn)) {
      if (seen.has(lower)) warn('duplicate-attribute');
      seen.add(lower);
    } else {
      warn('unknown-attribute');
      keep({ name: key.slice(0, 1024), value: val.slice(0, 1024) });
    }
  }
  return { ok: true, name, value, raw: header, attributes: a, ignoredAttributes: ignored, warnings };
}

/** §5.6.1–§5.6.7 and Chrome's Priority; false when `lower` is no attribute the user agent knows. */
function applyKnown(lower: string, val: string, a: SetCookieAttributes, warn: (w: WarningCode) => void) {
  const one = <T extends string>(options: readonly T[]) => options.find((o) => o === asciiLower(val)) ?? null;
  switch (lower) {
    case 'expires': {
      const ms = cookieDateMs(val, 0, val.length);
      if (Number.isNaN(ms)) warn('expires-invalid');
      else a.expires = new Date(ms);
      return true;
    }
    case 'max-age': {
      if (!/^-?[0-9]+$/.test(val)) warn('max-age-invalid');
      else a.maxAge = maxAgeOf(val);
      return true;
    }
    case 'domain':
      if (val === '') warn('domain-empty');
      else a.domain = val.replace(/^\./, '').toLowerCase() || null;
      return true;
    case 'path':
      a.path = val.startsWith('/') ? val : null;
      if (a.path === null) warn('path-invalid');
      return true;
    case 'samesite':
      a.sameSite = one(['lax', 'strict', 'none'] as const);
      a.sameSiteRaw = val;
      if (a.sameSite === null) warn('samesite-invalid');
      return true;
    case 'priority':
      a.priority = one(['low', 'medium', 'high'] as const);
      if (a.priority === null) warn('priority-invalid');
      return true;
    case 'secure':
    case 'httponly':
    case 'partitioned':
      a[lower === 'httponly' ? 'httpOnly' : lower] = true;
      return true;
    default:
      return false;
  }
}

/** Digits saturate past 1e15 (only "more than 400 days" matters, §5.6.2); "-0" stays -0. */
function maxAgeOf(val: string): number {
  let n = 0;
  for (const d of val.replace(/^-/, '')) if (n < 1e15) n = n * 10 + Number(d);
  return val.startsWith('-') ? -n : n;
}

/** RFC 6265bis §5.8.3 / §4.2: ";"-separated pairs, split at the first "=", WSP trimmed, order kept. */
export function referenceParseCookieHeader(header: string): CookiePair[] {
  if (typeof header !== 'string') return [];
  const pairs: CookiePair[] = [];
  for (const part of header.split(';')) {
    if (pairs.length >= 10_000) break;
    const [n, v] = firstSplit(part, '=');
    const pair = v === null ? { name: '', value: wspTrim(n) } : { name: wspTrim(n), value: wspTrim(v) };
    if (pair.name !== '' || pair.value !== '') pairs.push(pair);
  }
  return pairs;
}

/**
 * The test suites of two npm parsers (nfriedly/set-cookie-parser, jshttp/cookie), run against our
 * parsers where their meaning applies to a user agent receiving ONE header at a time. Their output
 * shapes differ from ours, so we compare meaning: name, value and each attribute (a missing attribute
 * in their output = our default). Every case we deliberately treat differently is listed in DIFFERENT
 * with its reason and asserted to behave OUR (browser) way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCookieHeader } from '../../src/core/cookie/cookie-header-parser.ts';
import { parseSetCookie } from '../../src/core/cookie/set-cookie-parser.ts';

interface CorpusCase {
  id: number;
  fn: string;
  test: string;
  input: unknown;
  options?: unknown;
  expected: unknown;
}

function load(path: string): CorpusCase[] {
  const url = new URL(`./data/${path}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: CorpusCase[] }).cases;
}

/** Revives the corpus encoding: {$date}, {$undefined}. */
function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === 'string') return new Date(o.$date);
    if (o.$undefined === true) return undefined;
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
  }
  return v;
}

/** Our parse of one header, in a neutral "meaning" shape; null when the header stores nothing. */
function ourMeaning(header: unknown): Record<string, unknown> | null {
  const r = parseSetCookie(header as string);
  if (!r.ok) return null;
  const a = r.attributes;
  return {
    name: r.name,
    value: r.value,
    expires: a.expires?.toISOString() ?? null,
    maxAge: a.maxAge,
    domain: a.domain,
    path: a.path,
    secure: a.secure,
    httpOnly: a.httpOnly,
    sameSite: a.sameSite,
    partitioned: a.partitioned,
    priority: a.priority,
  };
}

/** Their output object in the same shape (a leading "." of Domain dropped and lower-cased, §5.6.3). */
function theirMeaning(e: Record<string, unknown>): Record<string, unknown> {
  const domain = typeof e.domain === 'string' ? e.domain.replace(/^\./, '').toLowerCase() : null;
  const lower = (x: unknown) => (typeof x === 'string' ? x.toLowerCase() : null);
  return {
    name: e.name,
    value: e.value,
    expires: e.expires instanceof Date ? e.expires.toISOString() : null,
    maxAge: typeof e.maxAge === 'number' ? e.maxAge : null,
    domain,
    path: typeof e.path === 'string' ? e.path : null,
    secure: e.secure === true,
    httpOnly: e.httpOnly === true,
    sameSite: lower(e.sameSite),
    partitioned: e.partitioned === true,
    priority: lower(e.priority),
  };
}

type Difference = { reason: string; ours: (c: CorpusCase) => void };

const PERCENT: Difference = {
  reason: 'they percent-decode values by default; browsers store and send the raw bytes',
  ours: (c) => {
    const input = Array.isArray(c.input) ? c.input : [c.input];
    for (const h of input as string[]) {
      const m = ourMeaning(h);
      const raw = h.split(';')[0] ?? '';
      expect(m?.value).toBe(raw.slice(raw.indexOf('=') + 1).trim());
    }
  },
};

const COMMA_JOINED: Difference = {
  reason:
    'comma-joined Set-Cookie lines are not our input (one header per call); browsers never split on ","',
  ours: (c) => {
    const input = Array.isArray(c.input) ? c.input : [c.input];
    for (const h of input as string[]) {
      const m = ourMeaning(h);
      expect(m).not.toBeNull();
      // The whole line is one cookie: its value runs to the first ";" and may contain ", ".
      expect(m?.value).toBe((h.split(';')[0] ?? '').slice(h.indexOf('=') + 1).trim());
    }
  },
};

const SPLITTER: Difference = {
  reason:
    'splitCookiesString splits comma-joined lines; we take one header per call (each part parses alone)',
  ours: (c) => {
    for (const part of (Array.isArray(c.expected) ? c.expected : []) as string[]) {
      expect(parseSetCookie(part).ok).toBe(true);
    }
    if (typeof c.input === 'string' && c.input !== '') expect(parseSetCookie(c.input).ok).toBe(true);
  },
};

const NOT_A_HEADER: Difference = {
  reason: 'a response object is not our input (callers pass header strings); it is refused as a value',
  ours: (c) => {
    const r = parseSetCookie(c.input as string);
    expect(r.ok ? 'ok' : r.code).toBe('not-a-string');
  },
};

const SET_COOKIE_PARSER_DIFFERENT: Record<number, Difference> = {
  7: PERCENT,
  9: PERCENT,
  12: NOT_A_HEADER,
  13: NOT_A_HEADER,
  14: NOT_A_HEADER,
  57: NOT_A_HEADER,
  21: {
    reason:
      'they drop "__proto__" (a JS-object hazard of their map output); a browser stores it like any name',
    ours: () => expect(ourMeaning('__proto__=test;')).toMatchObject({ name: '__proto__', value: 'test' }),
  },
  23: {
    reason: 'same "__proto__" case in map output',
    ours: () => expect(ourMeaning('__proto__=test;')).toMatchObject({ name: '__proto__', value: 'test' }),
  },
  28: COMMA_JOINED,
  30: COMMA_JOINED,
  32: COMMA_JOINED,
};
for (let id = 33; id <= 56; id++) SET_COOKIE_PARSER_DIFFERENT[id] = SPLITTER;

/** Their expected output as a list of cookies (array or map result). */
function expectedCookies(expected: unknown): Record<string, unknown>[] {
  const e = revive(expected);
  if (Array.isArray(e)) return e as Record<string, unknown>[];
  return Object.values(e as Record<string, Record<string, unknown>>);
}

describe('set-cookie-parser/cases.json', () => {
  const cases = load('set-cookie-parser/cases.json');
  it('has 57 cases', () => expect(cases.length).toBe(57));
  for (const c of cases) {
    const diff = SET_COOKIE_PARSER_DIFFERENT[c.id];
    if (diff !== undefined) {
      it(`#${c.id} ${c.test} — ours differs: ${diff.reason}`, () => diff.ours(c));
      continue;
    }
    it(`#${c.id} ${c.test}`, () => {
      const headers = (Array.isArray(c.input) ? c.input : [c.input]) as string[];
      const ours = headers.map(ourMeaning).filter((m) => m !== null);
      expect(ours).toEqual(expectedCookies(c.expected).map(theirMeaning));
    });
  }
});

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const PERCENT_SET_COOKIE: Difference = {
  reason: PERCENT.reason,
  ours: (c) => {
    const expected = theirMeaning(revive(c.expected) as Record<string, unknown>);
    const ours = ourMeaning(c.input);
    expect(ours?.value).toContain('%');
    expect(safeDecode(String(ours?.value))).toBe(expected.value);
    expect({ ...ours, value: expected.value }).toEqual(expected);
  },
};

const PERCENT_COOKIE: Difference = {
  reason: PERCENT.reason,
  ours: (c) => {
    const pairs = parseCookieHeader(c.input as string);
    const expected = c.expected as Record<string, string>;
    expect(pairs.some((p) => p.value.includes('%'))).toBe(true);
    for (const [name, value] of Object.entries(expected)) {
      expect(safeDecode(pairs.find((p) => p.name === name)?.value ?? '')).toBe(value);
    }
  },
};

const CUSTOM_DECODER: Difference = {
  reason: 'a caller-supplied decode function is their API, not ours: we return the raw value',
  ours: (c) => {
    const input = c.input as string;
    if (c.fn === 'parseSetCookie') expect(ourMeaning(input)?.value).toBe(input.slice(input.indexOf('=') + 1));
    else
      expect(parseCookieHeader(input).map((p) => p.value)).toEqual(
        ['"YmFy"', 'bar', 'baz'].filter((v) => input.includes(v)),
      );
  },
};

const NAMELESS_PAIRS: Difference = {
  reason: 'a pair without "=" is a nameless cookie (RFC 6265bis §5.8.3 sends it as its value); we keep it',
  ours: (c) => {
    const pairs = parseCookieHeader(c.input as string);
    expect(pairs.filter((p) => p.name === '').map((p) => p.value)).toEqual(
      ['fizz', 'buzz'].filter((v) => (c.input as string).includes(v)),
    );
    expect(pairs.find((p) => p.name === 'foo')?.value).toBe('bar');
  },
};

const jshttpDifferent: Record<number, Difference> = {
  11: PERCENT_COOKIE,
  15: PERCENT_COOKIE,
  16: PERCENT_COOKIE,
  17: PERCENT_COOKIE,
  27: PERCENT_COOKIE,
  33: {
    reason: 'a pair with an empty name and an empty value carries nothing; a browser never sends one',
    ours: (c) => expect(parseCookieHeader(c.input as string)).toEqual([]),
  },
  36: NAMELESS_PAIRS,
  37: NAMELESS_PAIRS,
  42: CUSTOM_DECODER,
  43: CUSTOM_DECODER,
  109: CUSTOM_DECODER,
  65: PERCENT_SET_COOKIE,
  75: PERCENT_SET_COOKIE,
  76: PERCENT_SET_COOKIE,
  78: PERCENT_SET_COOKIE,
  84: PERCENT_SET_COOKIE,
  87: PERCENT_SET_COOKIE,
  91: PERCENT_SET_COOKIE,
  94: PERCENT_SET_COOKIE,
  102: PERCENT_SET_COOKIE,
};

describe('jshttp-cookie/cases.json', () => {
  const cases = load('jshttp-cookie/cases.json');
  it('has 135 cases', () => expect(cases.length).toBe(135));
  for (const c of cases) {
    const diff = jshttpDifferent[c.id];
    if (diff !== undefined) {
      it(`#${c.id} ${c.test.slice(0, 100)} — ours differs: ${diff.reason}`, () => diff.ours(c));
      continue;
    }
    if (c.fn === 'parseSetCookie') {
      it(`#${c.id} ${c.test.slice(0, 100)}`, () => {
        const expected = revive(c.expected) as Record<string, unknown>;
        const ours = ourMeaning(c.input);
        // They return { name: "", value: "" } for an empty header; a browser stores nothing.
        if (expected.name === '' && expected.value === '') expect(ours).toBeNull();
        else expect(ours).toEqual(theirMeaning(expected));
      });
    } else {
      it(`#${c.id} ${c.test.slice(0, 100)}`, () => {
        // Their object keeps the first of duplicate names; ours keeps every pair in order.
        const obj: Record<string, string> = {};
        for (const p of parseCookieHeader(c.input as string))
          if (!Object.hasOwn(obj, p.name)) obj[p.name] = p.value;
        expect(obj).toEqual(c.expected);
      });
    }
  }
});

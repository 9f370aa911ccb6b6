/**
 * parseSetCookie throughput vs named peers (docs/architecture.md §8), on a generated 100k-header mix and on the
 * real top-site headers of jshttp/cookie, plus the linearity of the parser (1 MB vs 1 KB header).
 * Every peer parses one header string per call, as a browser receives them.
 */
import { readFileSync } from 'node:fs';
import * as cookie from 'cookie';
import * as setCookieParser from 'set-cookie-parser';
import { Cookie } from 'tough-cookie';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { type Candidate, flat, measureInterleaved, prng } from '../../scripts/bench/measure.ts';
import { parseSetCookie } from '../../src/core/cookie/set-cookie-parser.ts';

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64URL = `${ALPHA}-_`;

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

function text(rand: () => number, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** A realistic mix: session ids, JWTs (~300-900 bytes), JSON-ish and short flags, every attribute. */
export function generateHeaders(count: number, seed = 42): string[] {
  const rand = prng(seed);
  const names = [
    'sid',
    'connect.sid',
    'session',
    '__Host-auth',
    '__Secure-token',
    '_ga',
    '_gid',
    'theme',
    'lang',
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const name =
      rand() < 0.5
        ? pick(rand, names)
        : `${pick(rand, names)}_${text(rand, ALPHA, 1 + Math.floor(rand() * 8))}`;
    const kind = rand();
    let value: string;
    if (kind < 0.3) {
      value = `${text(rand, B64URL, 36)}.${text(rand, B64URL, 100 + Math.floor(rand() * 500))}.${text(rand, B64URL, 43)}`;
    } else if (kind < 0.5) value = `s%3A${text(rand, ALPHA, 32)}.${text(rand, B64URL, 43)}`;
    else if (kind < 0.8) value = text(rand, ALPHA, 8 + Math.floor(rand() * 40));
    else value = `GA1.2.${Math.floor(rand() * 1e9)}.${Math.floor(rand() * 1e9)}`;
    let h = `${name}=${value}`;
    if (rand() < 0.7) h += '; Path=/';
    if (rand() < 0.4) h += `; Domain=.example${Math.floor(rand() * 10)}.com`;
    if (rand() < 0.4)
      h += `; Expires=${new Date(Date.UTC(2027, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), 12)).toUTCString()}`;
    if (rand() < 0.4) h += `; Max-Age=${Math.floor(rand() * 31_536_000)}`;
    if (rand() < 0.6) h += '; Secure';
    if (rand() < 0.5) h += '; HttpOnly';
    if (rand() < 0.6) h += `; SameSite=${pick(rand, ['Lax', 'Strict', 'None', 'lax'])}`;
    if (rand() < 0.1) h += '; Partitioned';
    if (rand() < 0.1) h += `; Priority=${pick(rand, ['Low', 'Medium', 'High'])}`;
    out.push(flat(h));
  }
  return out;
}

function topSiteHeaders(): string[] {
  const url = new URL('../corpus/data/jshttp-cookie/top-set-cookie.json', import.meta.url);
  const bySite = JSON.parse(readFileSync(url, 'utf8')) as Record<string, string[]>;
  return Object.values(bySite).flat();
}

function candidates(headers: string[]): Candidate[] {
  const each = (f: (h: string) => unknown) => () => {
    let n = 0;
    for (const h of headers) if (f(h)) n++;
    return n;
  };
  return [
    { name: 'cookie-lens parseSetCookie', run: each((h) => parseSetCookie(h)) },
    { name: 'tough-cookie Cookie.parse', run: each((h) => Cookie.parse(h)) },
    { name: 'set-cookie-parser parse', run: each((h) => setCookieParser.parse(h)) },
    { name: 'cookie parseSetCookie', run: each((h) => cookie.parseSetCookie(h)) },
  ];
}

function compare(label: string, headers: string[], rows: BenchRow[]) {
  const m = measureInterleaved(candidates(headers), 5, 2);
  const ms = (name: string) => m.find((x) => x.name.startsWith(name))?.ms ?? Number.NaN;
  for (const x of m) {
    rows.push({
      name: `${label}: ${x.name}`,
      ms: x.ms,
      opsPerSec: (headers.length / x.ms) * 1000,
      note: `${headers.length} headers`,
    });
  }
  const ours = ms('cookie-lens');
  return [
    { label: `${label}: vs tough-cookie Cookie.parse`, value: ms('tough-cookie') / ours, target: 2 },
    { label: `${label}: vs set-cookie-parser parse`, value: ms('set-cookie-parser') / ours, target: 4 },
    // Issue #16: 1.2x on the mixes too.
    { label: `${label}: vs cookie parseSetCookie`, value: ms('cookie parseSetCookie') / ours, target: 1.2 },
  ];
}

/** Per-call time of `parseSetCookie(h)`, best of several batches. */
function perCall(h: string, minMs = 40): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      parseSetCookie(h);
      calls++;
      t = performance.now();
    } while (t - t0 < minMs);
    best = Math.min(best, (t - t0) / calls);
  }
  return best;
}

/** Hostile shapes that would go quadratic with a backtracking regex or a rescanning loop. */
const SHAPES: [string, (bytes: number) => string][] = [
  ['many attributes', (n) => `a=b${'; k=v'.repeat(Math.floor(n / 5))}`],
  ['semicolons, one "=" at the end', (n) => `a=b${';x'.repeat(Math.floor(n / 2))}=`],
  ['whitespace runs', (n) => `a=b;${' '.repeat(n)}x${' '.repeat(n / 2)}`],
  ['date-like Expires tokens', (n) => `a=b${'; Expires=1 1 1 1 1 1 1 1'.repeat(Math.floor(n / 28))}`],
];

export default async function (): Promise<BenchResult> {
  const rows: BenchRow[] = [];
  const ratios: BenchResult['ratios'] = [];
  ratios.push(...compare('100k mix', generateHeaders(100_000), rows));
  const top = topSiteHeaders();
  const repeated: string[] = [];
  while (repeated.length < 50_000) repeated.push(...top);
  ratios.push(...compare('top sites', repeated, rows));
  for (const [shape, make] of SHAPES) {
    // Decimal sizes, so that perfectly linear code scores 1000x (quadratic code would score ~1,000,000x).
    const small = perCall(flat(make(1000)));
    const big = perCall(flat(make(1_000_000)), 300);
    rows.push({ name: `linearity (${shape}): 1 KB`, ms: small });
    rows.push({ name: `linearity (${shape}): 1 MB`, ms: big });
    ratios.push({
      label: `linearity (${shape}): 1 MB / 1 KB time`,
      value: big / small,
      target: 1000,
      better: 'lower',
    });
  }
  return { title: 'parseSetCookie throughput and linearity', rows, ratios };
}

/**
 * Jar replay (docs/architecture.md §8): a generated 10k-exchange capture — several sites, subdomains, paths, http
 * and https — replayed through our CookieJar and tough-cookie's CookieJar (sync API, public-suffix
 * rejection on, its defaults). Per exchange: compute the Cookie header for the request, then store
 * every Set-Cookie of the response. Same process, interleaved rounds, after a warm-up.
 */
import { CookieJar as ToughJar } from 'tough-cookie';
import type { BenchResult } from '../../scripts/bench/bench-types.ts';
import { flat, measureInterleaved, prng } from '../../scripts/bench/measure.ts';
import { CookieJar } from '../../src/core/cookie/cookie-jar.ts';

interface ReplayExchange {
  url: string;
  setCookieHeaders: string[];
}

const SITES = [
  {
    hosts: ['example.com', 'www.example.com', 'api.example.com', 'static.example.com'],
    domain: 'example.com',
  },
  { hosts: ['shop.example.co.uk', 'www.shop.example.co.uk'], domain: 'shop.example.co.uk' },
  { hosts: ['app.test-site.org', 'auth.test-site.org'], domain: 'test-site.org' },
  { hosts: ['tracker.ads.net'], domain: 'ads.net' },
  { hosts: ['localhost'], domain: null },
];
const PATHS = [
  '/',
  '/login',
  '/api/v1/users',
  '/api/v1/orders/42',
  '/static/app.js',
  '/account/settings',
  '/cart',
];
const NAMES = [
  'sid',
  'session',
  'csrf',
  '_ga',
  '_gid',
  'theme',
  'lang',
  'cart',
  'remember_me',
  'jwt',
  'consent',
  'ab',
];

interface CookieSpec {
  name: string;
  attrs: string;
}

/** Each site sets a fixed family of cookies (as real sites do); exchanges refresh or delete them. */
function siteSpecs(rand: () => number, domain: string | null, https: boolean): CookieSpec[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  return NAMES.map((base, i) => {
    let attrs = '';
    const r = rand();
    if (r < 0.6) attrs += '; Path=/';
    else if (r < 0.8) attrs += `; Path=${pick(['/api', '/account', '/static'])}`;
    if (domain !== null && rand() < 0.4) attrs += `; Domain=${rand() < 0.5 ? '.' : ''}${domain}`;
    if (rand() < 0.4) attrs += `; Max-Age=${Math.floor(rand() * 86_400 * 30) + 60}`;
    if (https && rand() < 0.6) attrs += '; Secure';
    if (rand() < 0.5) attrs += '; HttpOnly';
    if (rand() < 0.5) attrs += `; SameSite=${pick(['Lax', 'Strict'])}`;
    return { name: i % 3 === 0 ? `${base}_${Math.floor(rand() * 100)}` : base, attrs };
  });
}

export function generateCapture(count: number, seed = 7): ReplayExchange[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const specs = SITES.map((site) => siteSpecs(rand, site.domain, site.domain !== null));
  const out: ReplayExchange[] = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(rand() * SITES.length);
    const site = SITES[s] ?? SITES[0];
    if (site === undefined) break;
    const host = pick(site.hosts);
    const https = host === 'localhost' ? false : rand() < 0.9;
    const path = pick(PATHS);
    const url = `${https ? 'https' : 'http'}://${host}${host === 'localhost' ? ':3000' : ''}${path}?q=${i}`;
    const setCookieHeaders: string[] = [];
    const n = rand() < 0.5 ? 0 : Math.floor(rand() * 3) + 1;
    for (let k = 0; k < n; k++) {
      const spec = pick(specs[s] ?? []);
      const value = `${Math.floor(rand() * 1e12).toString(36)}${rand() < 0.2 ? '.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig' : ''}`;
      // 5% of sets delete the cookie (logout, consent withdrawn…).
      const lifetime = rand() < 0.05 ? '; Max-Age=0' : '';
      setCookieHeaders.push(flat(`${spec.name}=${value}${spec.attrs}${lifetime}`));
    }
    out.push({ url: flat(url), setCookieHeaders });
  }
  return out;
}

/** Replays through our jar; `keep` collects the Cookie headers (for the agreement check only). */
function replayOurs(capture: ReplayExchange[], keep?: string[]): number {
  const jar = new CookieJar();
  let bytes = 0;
  for (const ex of capture) {
    const header = jar.cookieHeader(ex.url) ?? '';
    bytes += header.length;
    keep?.push(header);
    for (const h of ex.setCookieHeaders) jar.setCookie(h, ex.url);
  }
  return bytes;
}

function replayTough(capture: ReplayExchange[], keep?: string[]): number {
  const jar = new ToughJar(undefined, { rejectPublicSuffixes: true });
  let bytes = 0;
  for (const ex of capture) {
    const header = jar.getCookieStringSync(ex.url);
    bytes += header.length;
    keep?.push(header);
    for (const h of ex.setCookieHeaders) {
      try {
        jar.setCookieSync(h, ex.url);
      } catch {
        // tough-cookie throws on some rejections (e.g. Domain mismatch); a browser ignores the cookie.
      }
    }
  }
  return bytes;
}

export default async function (): Promise<BenchResult> {
  const capture = generateCapture(10_000);
  const sets = capture.reduce((n, ex) => n + ex.setCookieHeaders.length, 0);
  // Agreement: how often both jars send the same Cookie header (they differ where 6265bis does).
  const ours: string[] = [];
  const tough: string[] = [];
  replayOurs(capture, ours);
  replayTough(capture, tough);
  const same = ours.filter((h, i) => h === tough[i]).length;
  // Order can differ among cookies created in the same millisecond (tie-break by insertion order).
  const sorted = (h: string | undefined) => (h ?? '').split('; ').sort().join('; ');
  const sameSet = ours.filter((h, i) => sorted(h) === sorted(tough[i])).length;
  const m = measureInterleaved(
    [
      { name: 'cookie-lens CookieJar', run: () => replayOurs(capture) },
      { name: 'tough-cookie CookieJar (sync)', run: () => replayTough(capture) },
    ],
    9,
    3,
  );
  const ms = (prefix: string) => m.find((x) => x.name.startsWith(prefix))?.ms ?? Number.NaN;
  const note = `${capture.length} exchanges, ${sets} Set-Cookie; same cookies sent on ${((100 * sameSet) / capture.length).toFixed(1)}% of requests (same order on ${((100 * same) / capture.length).toFixed(1)}%)`;
  return {
    title: 'Cookie jar replay (10k exchanges)',
    rows: m.map((x) => ({ name: x.name, ms: x.ms, opsPerSec: (capture.length / x.ms) * 1000, note })),
    ratios: [
      { label: 'jar replay vs tough-cookie', value: ms('tough-cookie') / ms('cookie-lens'), target: 3 },
    ],
  };
}

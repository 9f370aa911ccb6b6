/**
 * The header shapes the web sends (issue #16), generated with fresh random values per header so no
 * parser can win by remembering a string. Pure: the Node benches (cookie-shapes.ts adds the real
 * captures and Node's flat copy) and the Chromium bench's page (set-cookie-shapes-page.ts) both build
 * their workloads from here. `flatten` makes each header a flat string, as headers read from the
 * network are (a rope would make every parser pay for flattening).
 */
import { prng } from '../../scripts/bench/measure.ts';

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64URL = `${ALPHA}-_`;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function text(rand: () => number, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

const int = (rand: () => number, max: number) => Math.floor(rand() * max);

/** An IMF-fixdate in 2026–2028 (what servers send), different per header. */
function httpDate(rand: () => number): string {
  return new Date(
    Date.UTC(2026 + int(rand, 3), int(rand, 12), 1 + int(rand, 28), int(rand, 24), int(rand, 60)),
  )
    .toUTCString()
    .replace(/^\w{3}/, (d) => DAYS.find((x) => x === d) ?? d);
}

export type Shape = [name: string, make: (rand: () => number) => string];

/** Set-Cookie shapes of issue #16, in its order. */
export const SET_COOKIE_SHAPES: Shape[] = [
  [
    'JWT-sized value',
    (r) => `token=${text(r, B64URL, 36)}.${text(r, B64URL, 120)}.${text(r, B64URL, 43)}; Path=/`,
  ],
  ['short id', (r) => `sid=${text(r, ALPHA, 20)}; Path=/; HttpOnly`],
  ['Domain + flags', (r) => `a=${text(r, ALPHA, 10)}; Domain=example.com; Path=/; Secure; SameSite=Lax`],
  ['Max-Age', (r) => `a=${text(r, ALPHA, 10)}; Max-Age=${int(r, 31_536_000)}; Path=/`],
  ['Expires', (r) => `a=${text(r, ALPHA, 10)}; Expires=${httpDate(r)}; Path=/`],
  [
    'analytics _ga',
    (r) =>
      `_ga=GA1.1.${int(r, 1e10)}.${int(r, 1e10)}; Domain=.example.com; Path=/; Max-Age=63072000; SameSite=Lax`,
  ],
];

/** Cookie request-header shapes: one short id, one JWT, and a typical first-party jar. */
export const COOKIE_HEADER_SHAPES: Shape[] = [
  ['short id', (r) => `sid=${text(r, ALPHA, 20)}`],
  ['JWT-sized value', (r) => `token=${text(r, B64URL, 36)}.${text(r, B64URL, 120)}.${text(r, B64URL, 43)}`],
  [
    'typical jar (8 pairs)',
    (r) =>
      `_ga=GA1.1.${int(r, 1e10)}.${int(r, 1e10)}; _gid=GA1.1.${int(r, 1e10)}.${int(r, 1e10)}; sid=${text(r, ALPHA, 24)}; theme=dark; lang=en; _fbp=fb.1.${int(r, 1e13)}.${int(r, 1e9)}; csrftoken=${text(r, ALPHA, 32)}; consent=yes`,
  ],
];

export function generate(
  make: Shape[1],
  count: number,
  seed: number,
  flatten: (s: string) => string,
): string[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => flatten(make(rand)));
}

/** The lists taken in turn, one header from each (a mix in equal parts), `count` in all. */
export function interleave(lists: string[][], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const list = lists[i % lists.length] ?? [];
    const h = list[Math.floor(i / lists.length) % Math.max(1, list.length)];
    if (h === undefined) break;
    out.push(h);
  }
  return out;
}

/** `lines` repeated (each copy a fresh flat string) up to `count`. */
export function repeatTo(lines: string[], count: number, flatten: (s: string) => string): string[] {
  const out: string[] = [];
  while (out.length < count) for (const l of lines) if (out.length < count) out.push(flatten(l));
  return out;
}

/** Headers per Set-Cookie workload. */
export const SET_COOKIE_COUNT = 20_000;

/**
 * The Set-Cookie workloads of issue #16: each shape, the six in equal parts, and the real captures'
 * lines (`real`) weighted as they occur; the same in Node and in headless Chromium.
 */
export function setCookieWorkloads(
  real: string[],
  flatten: (s: string) => string,
): [name: string, headers: string[]][] {
  const shapes = SET_COOKIE_SHAPES.map(([name, make], i): [string, string[]] => [
    name,
    generate(make, SET_COOKIE_COUNT, 16 + i, flatten),
  ]);
  return [
    ...shapes,
    [
      'mix of the six shapes',
      interleave(
        shapes.map(([, headers]) => headers),
        SET_COOKIE_COUNT,
      ),
    ],
    [`real-HAR mix (${real.length} lines)`, repeatTo(real, SET_COOKIE_COUNT, flatten)],
  ];
}

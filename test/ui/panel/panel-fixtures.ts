/** HAR entries (devtools.network shape) and a fake PanelSource for the panel's happy-dom tests. */
import { ColumnMenu, CookieDetail, TabViews } from '../../../src/ui/panel/lazy-panes.ts';
import type { PanelSource } from '../../../src/ui/panel/panel-source.ts';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';

// The panel's lazy chunks (lazy-panes.ts), loaded up front as the panel loads them in its first idle
// moment: the tests act on a panel that has them (under load, vitest's first transform of them can
// outlast testing-library's 1 s wait). test/ui/kit.spec.tsx covers the loading state itself.
await Promise.all([CookieDetail.preload(), TabViews.preload(), ColumnMenu.preload()]);

export interface EntrySpec {
  url: string;
  method?: string;
  status?: number;
  setCookie?: string[];
  cookie?: string;
  type?: string;
  at?: number;
}

const T0 = Date.parse('2026-01-10T10:00:00Z');

export function harEntry(s: EntrySpec, i = 0) {
  return {
    startedDateTime: new Date(s.at ?? T0 + i * 1000).toISOString(),
    _resourceType: s.type ?? 'document',
    request: {
      method: s.method ?? 'GET',
      url: s.url,
      headers: s.cookie ? [{ name: 'Cookie', value: s.cookie }] : [],
    },
    response: {
      status: s.status ?? 200,
      headers: (s.setCookie ?? []).map((value) => ({ name: 'Set-Cookie', value })),
    },
  };
}

/** base64url of a JSON object. */
function b64(o: object): string {
  return btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** An unsigned-looking HS256 JWT (decoding does not need a valid signature). */
export const JWT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'student-42', name: 'Ada', exp: Math.floor(T0 / 1000) + 3600, iat: Math.floor(T0 / 1000) })}.c2lnbmF0dXJl`;

export const LOGIN_ENTRIES = [
  harEntry(
    {
      url: 'https://shop.example/login',
      method: 'POST',
      setCookie: [
        'sid=abc123; Path=/; HttpOnly; Secure; SameSite=Lax',
        `token=${JWT}; Path=/; Secure`,
        'theme=dark; Max-Age=2592000; Path=/',
        'old=; Max-Age=0; Path=/',
        '__Host-bad=1; Path=/; Domain=shop.example; Secure',
      ],
    },
    0,
  ),
  harEntry(
    { url: 'https://shop.example/account', cookie: `sid=abc123; token=${JWT}; theme=dark`, type: 'xhr' },
    1,
  ),
];

export class FakeSource implements PanelSource {
  live: ((e: unknown) => void) | null = null;
  nav: ((url: string) => void) | null = null;
  constructor(private readonly har: unknown[] = []) {}
  backfill() {
    return Promise.resolve(this.har);
  }
  subscribe(fn: (e: unknown) => void) {
    this.live = fn;
    return () => {
      this.live = null;
    };
  }
  onNavigated(fn: (url: string) => void) {
    this.nav = fn;
    return () => {
      this.nav = null;
    };
  }
}

/** A store that notifies in a microtask (no requestAnimationFrame in happy-dom tests). */
export function testStore(limit?: number): PanelStore {
  return new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, ...(limit ? { limit } : {}) });
}

/**
 * Issue #19 break 10: a busy tab's request ring is trimmed, but what its jar learned is kept apart, so
 * the popup's summary never forgets a cookie set early. Also measures the per-tab budget.
 */
import { describe, expect, it } from 'vitest';
import { LEARNED_BYTES_PER_TAB, LearnedCookies } from '../../../src/background/learned-cookies.ts';
import { TabCaptureStore } from '../../../src/background/tab-capture-store.ts';
import { DEFAULT_CAPTURE_LIMITS } from '../../../src/background/tab-capture-types.ts';
import { summariseCapture } from '../../../src/background/tab-summary-cache.ts';
import type { Exchange } from '../../../src/core/model.ts';

const T0 = Date.parse('2026-01-15T09:00:00Z');
const PAGE = 'https://www.shop.example/';
const TOKEN = 'q8Vx2LmT7pZk4RbNw3Yc9Hd5Jf6Gs1Ka';

let seq = 0;
function ex(set: string[], cookie: string | null = null, host = 'www.shop.example'): Exchange {
  seq++;
  return {
    id: `e${seq}`,
    startedAt: T0 + seq * 10,
    url: `https://${host}/r/${seq}`,
    method: 'GET',
    status: 200,
    pageUrl: `https://${host}/`,
    requestCookieHeader: cookie,
    setCookieHeaders: set,
  };
}

const EARLY = Array.from(
  { length: 30 },
  (_, i) => `pref${i}=value-${i}-${'x'.repeat(40)}; Path=/; Max-Age=86400`,
);

describe('learned cookie state', () => {
  it('the summary keeps cookies set early and their verdicts after the ring dropped their requests', async () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 10 } });
    store.navigate(1, PAGE);
    store.add(1, ex([`sid=${TOKEN}; Path=/; Secure`, ...EARLY]));
    for (let i = 0; i < 50; i++) store.add(1, ex([], `sid=${TOKEN}`));
    const snap = store.snapshot(1);
    expect(snap?.exchanges).toHaveLength(10);
    expect(snap?.dropped).toBe(41);
    const judged = await summariseCapture(snap, T0 + 3_600_000);
    expect(judged.exchanges).toBe(10);
    expect(judged.summary?.cookies).toBe(31);
    expect(judged.summary?.persistent).toBe(30);
    expect(judged.summary?.auth).toBe(1);
    expect(judged.topFindings.map((f) => `${f.rule}:${f.cookie?.name}`)).toContain('auth-no-httponly:sid');
    // No "sent but never seen set" for sid: the jar remembers its Set-Cookie.
    expect(judged.topFindings.some((f) => f.rule === 'unexplained-cookie')).toBe(false);
  });

  it('a later line replaces an earlier one per cookie; a deletion is remembered as a deletion', async () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 2 } });
    store.navigate(1, PAGE);
    store.add(1, ex(['a=1; Path=/', 'b=1; Path=/']));
    store.add(1, ex(['a=2; Path=/', 'b=; Path=/; Max-Age=0']));
    for (let i = 0; i < 5; i++) store.add(1, ex([]));
    const snap = store.snapshot(1);
    expect(snap?.learned?.map((s) => s.line)).toEqual(['a=2; Path=/', 'b=; Path=/; Max-Age=0']);
    const judged = await summariseCapture(snap, T0);
    expect(judged.summary?.cookies).toBe(2);
    expect(judged.summary?.deleted).toBe(1);
  });

  it('survives the service worker: serialised with the tab and restored', async () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 3 } });
    store.navigate(4, PAGE);
    store.add(4, ex(EARLY.slice(0, 5)));
    for (let i = 0; i < 5; i++) store.add(4, ex([]));
    const again = TabCaptureStore.fromJSON(JSON.parse(JSON.stringify(store.toJSON())), {
      limits: { maxExchangesPerTab: 3 },
    });
    expect(again.snapshot(4)?.learned).toHaveLength(5);
    expect(again.totalBytes).toBe(store.totalBytes);
    expect((await summariseCapture(again.snapshot(4), T0)).summary?.cookies).toBe(5);
  });

  it('a navigation to another site starts over, learned state included', () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 1 } });
    store.navigate(1, PAGE);
    store.add(1, ex(['a=1']));
    store.add(1, ex([]));
    expect(store.snapshot(1)?.learned).toHaveLength(1);
    store.navigate(1, 'https://other.example/');
    expect(store.snapshot(1)?.learned).toBeUndefined();
  });

  it('is bounded per tab: the oldest cookies go first and are counted', () => {
    const learned = new LearnedCookies(2000);
    for (let i = 0; i < 100; i++) learned.learn(ex([`c${i}=${'v'.repeat(50)}`]));
    expect(learned.bytes).toBeLessThanOrEqual(2000);
    expect(learned.evicted).toBeGreaterThan(0);
    expect([...learned.sets.values()].at(-1)?.line.startsWith('c99=')).toBe(true);
  });

  it('20 busy tabs of ~2,000 requests stay within the 8 MB budget and every tab keeps its early cookies', async () => {
    const store = new TabCaptureStore();
    const tabs = 20;
    for (let t = 0; t < tabs; t++) {
      const host = `www.site${t}.example`;
      store.navigate(t, `https://${host}/`);
      store.add(t, ex([`sid=${TOKEN}; Path=/; HttpOnly; Secure`, ...EARLY], null, host));
    }
    const cookie = `sid=${TOKEN}; ${EARLY.map((l) => l.split(';')[0]).join('; ')}`;
    for (let i = 0; i < 2000; i++) {
      for (let t = 0; t < tabs; t++) store.add(t, ex([`ts=${i}; Path=/`], cookie, `www.site${t}.example`));
    }
    expect(store.totalBytes).toBeLessThanOrEqual(DEFAULT_CAPTURE_LIMITS.maxTotalBytes);
    const json = JSON.stringify(store.toJSON());
    // The stored form is what storage.session holds: under Chrome's 10 MB quota.
    expect(json.length).toBeLessThan(10 * 1024 * 1024);
    for (let t = 0; t < tabs; t++) {
      const snap = store.snapshot(t);
      const learnedJson = JSON.stringify(snap?.learned ?? []).length;
      expect(learnedJson).toBeLessThanOrEqual(LEARNED_BYTES_PER_TAB);
      const judged = await summariseCapture(snap, T0 + 60_000);
      expect(judged.summary?.cookies).toBe(32);
      expect(judged.summary?.auth).toBe(1);
    }
    // The measured per-tab figures, for docs/architecture.md.
    const snap = store.snapshot(0);
    console.log(
      `per tab: ${snap?.exchanges.length} of 2001 requests kept, learned state ${JSON.stringify(snap?.learned).length} bytes for ${snap?.learned?.length} cookies; all tabs ${(json.length / 1048576).toFixed(2)} MB`,
    );
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { TabCaptureStore } from '../../../src/background/tab-capture-store.ts';
import type { Exchange } from '../../../src/core/model.ts';

let seq = 0;
function ex(overrides: Partial<Exchange> = {}): Exchange {
  seq++;
  return {
    id: `e${seq}`,
    startedAt: 1_700_000_000_000 + seq,
    url: `https://app.example.com/api/${seq}`,
    method: 'GET',
    status: 200,
    pageUrl: null,
    requestCookieHeader: 'sid=abc',
    setCookieHeaders: [],
    authorizationHeader: null,
    ...overrides,
  };
}

describe('TabCaptureStore bounds', () => {
  it('keeps the newest maxExchangesPerTab and counts the dropped ones', () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 3 } });
    const added = [ex(), ex(), ex(), ex(), ex()];
    for (const e of added) store.add(1, e);
    const snap = store.snapshot(1);
    expect(snap?.exchanges.map((e) => e.id)).toEqual(added.slice(2).map((e) => e.id));
    expect(snap?.dropped).toBe(2);
  });

  it('defaults to 2,000 per tab', () => {
    const store = new TabCaptureStore();
    for (let i = 0; i < 2_050; i++) store.add(4, ex());
    expect(store.snapshot(4)?.exchanges).toHaveLength(2_000);
    expect(store.snapshot(4)?.dropped).toBe(50);
  });

  it('caps every header at 16 KB and records what was cut', () => {
    const store = new TabCaptureStore();
    const big = 'x'.repeat(100_000);
    const e = ex({
      requestCookieHeader: `a=${big}`,
      setCookieHeaders: [`b=${big}`, 'c=1'],
      authorizationHeader: `Bearer ${big}`,
    });
    store.add(1, e);
    const snap = store.snapshot(1);
    const kept = snap?.exchanges[0];
    expect(kept?.requestCookieHeader).toHaveLength(16 * 1024);
    expect(kept?.setCookieHeaders[0]).toHaveLength(16 * 1024);
    expect(kept?.setCookieHeaders[1]).toBe('c=1');
    expect(kept?.authorizationHeader).toHaveLength(16 * 1024);
    expect(snap?.truncated[e.id]?.sort()).toEqual(['authorization', 'cookie', 'set-cookie']);
    expect(snap?.bytes).toBeLessThan(3 * 16 * 1024 + 1_000);
  });

  it('caps the number of Set-Cookie lines per exchange', () => {
    const store = new TabCaptureStore({ limits: { maxSetCookieLines: 2 } });
    const e = ex({ setCookieHeaders: ['a=1', 'b=2', 'c=3'] });
    store.add(1, e);
    expect(store.snapshot(1)?.exchanges[0]?.setCookieHeaders).toEqual(['a=1', 'b=2']);
    expect(store.snapshot(1)?.truncated[e.id]).toEqual(['set-cookie-count']);
  });

  it('stays under the total byte budget by trimming the biggest tab first', () => {
    const store = new TabCaptureStore({ limits: { maxTotalBytes: 60_000 } });
    store.add(1, ex({ requestCookieHeader: 'q=1' })); // a quiet tab
    const value = 'v'.repeat(10_000);
    for (let i = 0; i < 20; i++) store.add(2, ex({ requestCookieHeader: value }));
    expect(store.totalBytes).toBeLessThanOrEqual(60_000);
    expect(store.snapshot(1)?.exchanges).toHaveLength(1);
    expect(store.snapshot(2)?.dropped).toBeGreaterThan(10);
    expect(store.snapshot(2)?.exchanges.length).toBeGreaterThan(3);
  });

  it('ignores malformed input and invalid tab ids', () => {
    const store = new TabCaptureStore();
    expect(store.add(-1, ex())).toBe(false);
    expect(store.add(1.5, ex())).toBe(false);
    expect(store.add(1, { id: 3 } as unknown as Exchange)).toBe(false);
    expect(store.add(1, null as unknown as Exchange)).toBe(false);
    expect(store.tabIds()).toEqual([]);
  });

  it('copies known fields only (no extra event properties kept)', () => {
    const store = new TabCaptureStore();
    store.add(1, { ...ex(), frameId: 3, requestHeaders: [{ name: 'x' }] } as unknown as Exchange);
    expect(Object.keys(store.snapshot(1)?.exchanges[0] ?? {})).not.toContain('requestHeaders');
  });
});

describe('TabCaptureStore tabs and navigation', () => {
  it('isolates tabs', () => {
    const store = new TabCaptureStore();
    store.add(1, ex({ url: 'https://a.example/1' }));
    store.add(2, ex({ url: 'https://b.example/1' }));
    store.removeTab(1);
    expect(store.snapshot(1)).toBeNull();
    expect(store.snapshot(2)?.exchanges.map((e) => e.url)).toEqual(['https://b.example/1']);
  });

  it('forgets a closed tab and notifies the removal', () => {
    const changes: string[] = [];
    const store = new TabCaptureStore({ onChange: (id, kind) => changes.push(`${id}:${kind}`) });
    store.add(5, ex());
    expect(store.removeTab(5)).toBe(true);
    expect(store.snapshot(5)).toBeNull();
    expect(store.totalBytes).toBe(0);
    expect(changes).toEqual(['5:updated', '5:removed']);
  });

  it('keeps the capture on a same-site navigation (registrable domain)', () => {
    const store = new TabCaptureStore();
    store.navigate(1, 'https://www.example.co.uk/');
    store.add(1, ex());
    expect(store.navigate(1, 'https://login.example.co.uk/sso')).toBe('kept');
    expect(store.navigate(1, 'http://example.co.uk/')).toBe('kept');
    expect(store.snapshot(1)?.exchanges).toHaveLength(1);
    expect(store.snapshot(1)?.pageUrl).toBe('http://example.co.uk/');
  });

  it('clears the capture on a cross-site navigation, and resets dropped', () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 1 } });
    store.navigate(1, 'https://shop.example.com/');
    store.add(1, ex());
    store.add(1, ex());
    expect(store.navigate(1, 'https://other.example.org/')).toBe('cleared');
    const snap = store.snapshot(1);
    expect(snap?.exchanges).toEqual([]);
    expect(snap?.dropped).toBe(0);
    expect(snap?.pageUrl).toBe('https://other.example.org/');
  });

  it('treats PSL private domains as separate sites (alice.github.io vs bob.github.io)', () => {
    const store = new TabCaptureStore();
    store.navigate(1, 'https://alice.github.io/');
    store.add(1, ex());
    expect(store.navigate(1, 'https://bob.github.io/')).toBe('cleared');
  });

  it('treats localhost and 127.0.0.1 as different sites', () => {
    const store = new TabCaptureStore();
    store.navigate(1, 'http://localhost:3000/');
    store.add(1, ex());
    expect(store.navigate(1, 'http://localhost:4000/lesson')).toBe('kept');
    expect(store.navigate(1, 'http://127.0.0.1:3000/')).toBe('cleared');
  });

  it('keeps what is there when the previous site is unknown (worker restarted mid-visit)', () => {
    const store = new TabCaptureStore();
    store.add(1, ex());
    expect(store.navigate(1, 'https://anything.example/')).toBe('kept');
    expect(store.snapshot(1)?.exchanges).toHaveLength(1);
  });

  it('fills pageUrl of subresources with the tab top-level URL, keeps an explicit one', () => {
    const store = new TabCaptureStore();
    store.navigate(1, 'https://app.example.com/home');
    store.add(1, ex({ pageUrl: null }));
    store.add(1, ex({ pageUrl: 'https://app.example.com/doc' }));
    expect(store.snapshot(1)?.exchanges.map((e) => e.pageUrl)).toEqual([
      'https://app.example.com/home',
      'https://app.example.com/doc',
    ]);
  });
});

describe('TabCaptureStore serialisation', () => {
  it('round-trips through plain JSON', () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 2 } });
    store.navigate(1, 'https://app.example.com/');
    store.add(1, ex({ setCookieHeaders: ['sid=1; HttpOnly'], initiatorType: 'document', fromCache: true }));
    store.add(1, ex({ authorizationHeader: 'Bearer x.y.z' }));
    store.add(1, ex({ requestCookieHeader: 'z'.repeat(20_000) }));
    store.add(9, ex());
    const json = JSON.parse(JSON.stringify(store.toJSON()));
    const restored = TabCaptureStore.fromJSON(json);
    expect(restored.snapshot(1)).toEqual(store.snapshot(1));
    expect(restored.snapshot(9)).toEqual(store.snapshot(9));
    expect(restored.totalBytes).toBe(store.totalBytes);
    // The site survives too: a cross-site navigation after a restore still clears.
    expect(restored.navigate(1, 'https://elsewhere.example.net/')).toBe('cleared');
  });

  it('restores defensively: bad versions, junk entries, over-long lists', () => {
    const store = new TabCaptureStore({ limits: { maxExchangesPerTab: 2 } });
    expect(store.restoreTab(1, { v: 2, exchanges: [] })).toBe(false);
    expect(store.restoreTab(1, 'nope')).toBe(false);
    expect(
      store.restoreTab(1, {
        v: 1,
        pageUrl: 42,
        dropped: -3,
        truncated: { e1: ['cookie', 7] },
        exchanges: [null, ex(), { id: 'bad' }, ex(), ex()],
      }),
    ).toBe(true);
    const snap = store.snapshot(1);
    expect(snap?.exchanges).toHaveLength(2);
    expect(snap?.dropped).toBe(3);
    expect(snap?.pageUrl).toBeNull();
    const fromJunk = TabCaptureStore.fromJSON({ abc: {}, '-1': { v: 1, exchanges: [] } });
    expect(fromJunk.tabIds()).toEqual([]);
  });
});

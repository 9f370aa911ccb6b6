import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createSessionPersistence,
  type SessionArea,
  type SessionPersistence,
} from '../../../src/background/session-store.ts';
import { TabCaptureStore } from '../../../src/background/tab-capture-store.ts';
import type { Exchange } from '../../../src/core/model.ts';

/** An in-memory storage.session with Chrome's quota rule: JSON of every value plus key length. */
class FakeSessionArea implements SessionArea {
  data = new Map<string, string>();
  writes: string[] = [];
  constructor(readonly quota = Number.POSITIVE_INFINITY) {}
  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v)]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, JSON.stringify(v));
    let n = 0;
    for (const [k, v] of next) n += k.length + v.length;
    if (n > this.quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    this.data = next;
    this.writes.push(...Object.keys(items));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

let seq = 0;
const ex = (cookie = 'sid=1'): Exchange => ({
  id: `x${++seq}`,
  startedAt: seq,
  url: `https://a.example/${seq}`,
  method: 'GET',
  status: 200,
  pageUrl: null,
  requestCookieHeader: cookie,
  setCookieHeaders: [],
  authorizationHeader: null,
});

function setup(area: FakeSessionArea, debounceMs = 250) {
  let persistence: SessionPersistence | undefined;
  const store = new TabCaptureStore({ onChange: (id, kind) => persistence?.markChanged(id, kind) });
  persistence = createSessionPersistence(store, area, { debounceMs });
  return { store, persistence };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('session persistence', () => {
  it('writes one key per changed tab after the debounce, coalescing bursts', async () => {
    vi.useFakeTimers();
    const area = new FakeSessionArea();
    const { store } = setup(area);
    for (let i = 0; i < 50; i++) store.add(1, ex());
    store.add(2, ex());
    expect(area.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(area.writes.sort()).toEqual(['tab:1', 'tab:2']);
    store.add(2, ex());
    await vi.advanceTimersByTimeAsync(250);
    // Only the tab that changed is rewritten.
    expect(area.writes.sort()).toEqual(['tab:1', 'tab:2', 'tab:2']);
  });

  it('survives a worker restart: a new store loads what the old one wrote', async () => {
    const area = new FakeSessionArea();
    const first = setup(area);
    first.store.navigate(4, 'https://a.example/');
    first.store.add(4, ex());
    first.store.add(4, ex(`big=${'q'.repeat(20_000)}`));
    await first.persistence.flush();

    const second = setup(area);
    await second.persistence.load();
    expect(second.store.snapshot(4)).toEqual(first.store.snapshot(4));
  });

  it('removes a closed tab from storage', async () => {
    const area = new FakeSessionArea();
    const { store, persistence } = setup(area);
    store.add(3, ex());
    await persistence.flush();
    expect(area.data.has('tab:3')).toBe(true);
    store.removeTab(3);
    await persistence.flush();
    expect(area.data.has('tab:3')).toBe(false);
  });

  it('on a quota error trims the biggest tab, rewrites it, retries, and never throws', async () => {
    const area = new FakeSessionArea(60_000);
    const { store, persistence } = setup(area);
    const fat = 'f'.repeat(4_000);
    for (let i = 0; i < 12; i++) store.add(1, ex(fat)); // ~50 KB in tab 1
    await persistence.flush();
    expect(area.data.has('tab:1')).toBe(true);
    for (let i = 0; i < 5; i++) store.add(2, ex(fat)); // would exceed 60 KB
    await expect(persistence.flush()).resolves.toBeUndefined();
    expect(persistence.quotaErrors).toBeGreaterThan(0);
    expect(area.data.has('tab:2')).toBe(true);
    expect(area.used()).toBeLessThanOrEqual(60_000);
    expect(store.snapshot(1)?.dropped).toBeGreaterThan(0);
    // Storage and memory agree after the trim.
    const reloaded = setup(area);
    await reloaded.persistence.load();
    expect(reloaded.store.snapshot(1)?.exchanges.length).toBe(store.snapshot(1)?.exchanges.length);
  });

  it('load tolerates failing storage and junk keys', async () => {
    const broken: SessionArea = {
      get: () => Promise.reject(new Error('boom')),
      set: () => Promise.reject(new Error('boom')),
      remove: () => Promise.reject(new Error('boom')),
    };
    const store = new TabCaptureStore();
    const p = createSessionPersistence(store, broken);
    await expect(p.load()).resolves.toBeUndefined();
    store.add(1, ex());
    p.markChanged(1, 'updated');
    await expect(p.flush()).resolves.toBeUndefined();

    const area = new FakeSessionArea();
    await area.set({
      other: 1,
      'tab:x': {},
      'tab:5': { v: 1, pageUrl: null, exchanges: [ex()], dropped: 0 },
    });
    const { store: s2, persistence } = setup(area);
    await persistence.load();
    expect(s2.tabIds()).toEqual([5]);
  });
});

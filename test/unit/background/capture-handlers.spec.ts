import { describe, expect, it, vi } from 'vitest';
import { badgeAppearance } from '../../../src/background/badge-appearance.ts';
import { createBadgeScheduler } from '../../../src/background/badge-scheduler.ts';
import { captureHandlers, readTabId } from '../../../src/background/capture-handlers.ts';
import { dispatch, handlers } from '../../../src/background/message-handlers.ts';
import { TabCaptureStore } from '../../../src/background/tab-capture-store.ts';
import { createTabSummaryCache } from '../../../src/background/tab-summary-cache.ts';
import type { Exchange } from '../../../src/core/model.ts';

const ex = (id: string): Exchange => ({
  id,
  startedAt: 1,
  url: 'https://a.example/',
  method: 'GET',
  status: 200,
  pageUrl: null,
  requestCookieHeader: 'sid=1',
  setCookieHeaders: [],
  authorizationHeader: null,
});

describe('capture messages', () => {
  it('getTabSummary answers from the tab capture once the store is ready', async () => {
    const store = new TabCaptureStore();
    let release = () => {};
    const ready = new Promise<void>((r) => {
      release = r;
    });
    const all = { ...handlers, ...captureHandlers({ store, ready }) };
    const answer = dispatch(all, { type: 'getTabSummary', payload: { tabId: '12' } });
    // Restored from storage while the message waited.
    store.navigate(12, 'https://a.example/');
    store.add(12, ex('e1'));
    release();
    expect(await answer).toMatchObject({
      ok: true,
      tabId: 12,
      captured: true,
      pageUrl: 'https://a.example/',
      exchanges: 1,
      dropped: 0,
      topLevelSite: 'https://a.example',
    });
  });

  it('an unknown tab is "not captured", not an error', async () => {
    const all = captureHandlers({ store: new TabCaptureStore(), ready: Promise.resolve() });
    expect(await dispatch(all, { type: 'getTabSummary', payload: { tabId: 99 } })).toMatchObject({
      ok: true,
      captured: false,
      exchanges: 0,
      pageUrl: null,
      summary: null,
    });
  });

  it('rejects bad payloads as values', async () => {
    const all = captureHandlers({ store: new TabCaptureStore(), ready: Promise.resolve() });
    for (const payload of [
      undefined,
      null,
      {},
      { tabId: -1 },
      { tabId: 1.5 },
      { tabId: '1e3' },
      { tabId: {} },
    ]) {
      expect(await dispatch(all, { type: 'getTabSummary', payload })).toMatchObject({
        ok: false,
        code: 'bad-payload',
      });
    }
    expect(readTabId({ tabId: 0 })).toBe(0);
  });

  it('a throwing handler becomes a value', async () => {
    const throwing = {
      ping: async (): Promise<never> => {
        throw new Error('nope');
      },
    };
    const answer = await dispatch(throwing, { type: 'ping' });
    expect(answer).toEqual({ ok: false, code: 'handler-failed', message: 'nope' });
  });

  it('answers only the messages of the protocol: the capture has no getTabCapture or clearTabCapture', async () => {
    const all = {
      ...handlers,
      ...captureHandlers({ store: new TabCaptureStore(), ready: Promise.resolve() }),
    };
    for (const type of ['getTabCapture', 'clearTabCapture']) {
      expect(await dispatch(all, { type, payload: { tabId: 1 } })).toEqual({
        ok: false,
        code: 'unknown-message',
      });
    }
  });
});

describe('badge', () => {
  it('counts HIGH findings through the analysis engine (an auth cookie without HttpOnly)', async () => {
    const store = new TabCaptureStore();
    store.navigate(1, 'https://shop.example/');
    store.add(1, {
      ...ex('login'),
      url: 'https://shop.example/login',
      setCookieHeaders: ['sessionid=k3j5h2g8f9d7s6a1q0w; Path=/; Secure'],
    });
    const good = new TabCaptureStore();
    good.add(1, { ...ex('ok'), setCookieHeaders: ['theme=dark; Path=/; Secure; SameSite=Lax'] });
    const summariesOf = (s: TabCaptureStore) => createTabSummaryCache((tabId) => s.snapshot(tabId));
    const badges = createBadgeScheduler(store, () => {}, summariesOf(store));
    const state = await badges.stateFor(1);
    expect(state.kind).toBe('count');
    expect(state.kind === 'count' && state.high).toBeGreaterThanOrEqual(1);
    expect(await createBadgeScheduler(good, () => {}, summariesOf(good)).stateFor(1)).toEqual({
      kind: 'count',
      high: 0,
    });
  });

  it('documents one convention: unknown and 0 show no text, N high shows N on red', () => {
    expect(badgeAppearance({ kind: 'unknown' }).text).toBe('');
    expect(badgeAppearance({ kind: 'count', high: 0 }).text).toBe('');
    expect(badgeAppearance({ kind: 'count', high: 0 }).title).not.toBe(
      badgeAppearance({ kind: 'unknown' }).title,
    );
    expect(badgeAppearance({ kind: 'count', high: 3 })).toMatchObject({ text: '3', background: '#c5221f' });
    expect(badgeAppearance({ kind: 'count', high: 1 }).title).toContain('1 high-severity cookie finding on');
    expect(badgeAppearance({ kind: 'count', high: 250 }).text).toBe('99+');
    expect(badgeAppearance({ kind: 'count', high: Number.NaN }).text).toBe('');
  });

  it('shows "unknown" while nothing is captured or the engine is not wired', async () => {
    vi.useFakeTimers();
    try {
      const store = new TabCaptureStore();
      const calls: unknown[] = [];
      const summaries = createTabSummaryCache((tabId) => store.snapshot(tabId));
      const badges = createBadgeScheduler(
        store,
        (tabId, state) => calls.push([tabId, state]),
        summaries,
        100,
      );
      expect(await badges.stateFor(1)).toEqual({ kind: 'unknown' });
      store.add(1, ex('a'));
      badges.schedule(1);
      badges.schedule(1);
      await vi.advanceTimersByTimeAsync(100);
      // One refresh for the two calls, with the summary cache's high count.
      const high = (await summaries.get(1)).summary?.findings.high;
      expect(calls).toEqual([[1, { kind: 'count', high }]]);
    } finally {
      vi.useRealTimers();
    }
  });
});

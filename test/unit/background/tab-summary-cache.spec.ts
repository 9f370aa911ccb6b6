import { describe, expect, it, vi } from 'vitest';
import { captureHandlers } from '../../../src/background/capture-handlers.ts';
import { dispatch } from '../../../src/background/message-handlers.ts';
import { TabCaptureStore } from '../../../src/background/tab-capture-store.ts';
import {
  createTabSummaryCache,
  MAX_FINDING_EXCHANGES,
  summariseCapture,
  topFindings,
  topLevelSiteOf,
} from '../../../src/background/tab-summary-cache.ts';
import type { Exchange, Finding } from '../../../src/core/model.ts';
import type { CaptureSummary } from '../../../src/protocol/tab-summary.ts';
import { NOTHING_CAPTURED } from '../../fixtures/nothing-captured.ts';
import { weaklySigned } from '../../fixtures/weakly-signed.ts';

const PAGE = 'https://shop.example/';

const ex = (id: string, setCookieHeaders: string[], url = PAGE): Exchange => ({
  id,
  startedAt: 1_700_000_000_000 + Number(id.replace(/\D/g, '') || 0) * 1000,
  url,
  method: 'GET',
  status: 200,
  pageUrl: PAGE,
  requestCookieHeader: null,
  setCookieHeaders,
  // The page itself is the navigation; anything on another URL is a subresource of it.
  initiatorType: url === PAGE ? 'document' : 'script',
});

function storeWith(tabId: number, exchanges: Exchange[]): TabCaptureStore {
  const store = new TabCaptureStore();
  store.navigate(tabId, PAGE);
  for (const e of exchanges) store.add(tabId, e);
  return store;
}

describe('summariseCapture', () => {
  it('judges the capture with the core analysis, weak secrets included', async () => {
    const sid = await weaklySigned('abc123');
    const store = storeWith(4, [
      ex('e1', [`connect.sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`, 'theme=dark; Max-Age=86400']),
      ex('e2', ['_ga=GA1; Max-Age=999; Secure; SameSite=None'], 'https://tracker.test/p'),
    ]);
    const s = await summariseCapture(store.snapshot(4));
    expect(s).toMatchObject({ captured: true, pageUrl: PAGE, exchanges: 2, dropped: 0 });
    expect(s.summary).toMatchObject({ sites: 2, session: 1, persistent: 2, auth: 1, thirdParty: 1 });
    expect(s.topFindings[0]).toMatchObject({ rule: 'auth-weak-secret', severity: 'high' });
    expect(s.summary?.findings.high).toBe(1);
    expect(s.totalFindings).toBeGreaterThanOrEqual(s.topFindings.length);
    // Plain JSON: what runtime.sendMessage carries is exactly what was computed.
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('nothing captured, or an empty capture, is not judged (no grade)', async () => {
    expect(await summariseCapture(null)).toEqual(NOTHING_CAPTURED);
    const empty = new TabCaptureStore();
    empty.navigate(1, PAGE);
    expect(await summariseCapture(empty.snapshot(1))).toMatchObject({ captured: true, summary: null });
  });
});

describe('topFindings', () => {
  const f = (rule: string, severity: Finding['severity'], exchanges = ['1']): Finding => ({
    rule,
    severity,
    cookie: null,
    exchanges,
    message: rule,
  });

  it('keeps 5, high first, then in found order, with bounded exchange lists', () => {
    const many = Array.from({ length: 500 }, (_, i) => String(i));
    const got = topFindings([
      f('i1', 'info'),
      f('l1', 'low'),
      f('h1', 'high', many),
      f('m1', 'medium'),
      f('h2', 'high'),
      f('i2', 'info'),
      f('m2', 'medium'),
    ]);
    expect(got.map((x) => x.rule)).toEqual(['h1', 'h2', 'm1', 'm2', 'l1']);
    expect(got[0]?.exchanges).toHaveLength(MAX_FINDING_EXCHANGES);
  });
});

describe('topLevelSiteOf', () => {
  it('is scheme + registrable domain (the CHIPS partition key), private suffixes included', () => {
    expect(topLevelSiteOf('https://x.y.example.co.uk:8443/p')).toBe('https://example.co.uk');
    expect(topLevelSiteOf('https://alice.github.io/')).toBe('https://alice.github.io');
    expect(topLevelSiteOf('http://localhost:3000/')).toBe('http://localhost');
    expect(topLevelSiteOf('http://127.0.0.1:8080/')).toBe('http://127.0.0.1');
    for (const junk of ['file:///etc/passwd', 'chrome://newtab/', 'not a url', '', null]) {
      expect(topLevelSiteOf(junk)).toBeNull();
    }
    expect(topLevelSiteOf(`https://a.example/${'x'.repeat(70_000)}`)).toBeNull();
  });
});

describe('the summary cache', () => {
  const judged = (n: number): CaptureSummary => ({
    captured: true,
    pageUrl: PAGE,
    exchanges: n,
    dropped: 0,
    summary: null,
    topFindings: [],
    totalFindings: 0,
  });

  it('analyses once per capture change, concurrent askers share one analysis', async () => {
    const summarise = vi.fn(async () => judged(summarise.mock.calls.length));
    const cache = createTabSummaryCache(() => null, summarise);
    const [a, b] = await Promise.all([cache.get(1), cache.get(1)]);
    expect(a).toBe(b);
    expect(await cache.get(1)).toBe(a);
    expect(summarise).toHaveBeenCalledTimes(1);
    cache.invalidate(1);
    expect((await cache.get(1)).exchanges).toBe(2);
    expect(summarise).toHaveBeenCalledTimes(2);
    cache.invalidate(99); // another tab: no effect on tab 1
    await cache.get(1);
    expect(summarise).toHaveBeenCalledTimes(2);
  });

  it('a change during an analysis makes the next ask start over', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let calls = 0;
    const cache = createTabSummaryCache(
      () => null,
      async () => {
        const n = ++calls;
        if (n === 1) await gate;
        return judged(n);
      },
    );
    const first = cache.get(1);
    cache.invalidate(1);
    const second = cache.get(1);
    release();
    expect((await first).exchanges).toBe(1);
    expect((await second).exchanges).toBe(2);
    expect((await cache.get(1)).exchanges).toBe(2);
  });

  it('does not keep a failed analysis and holds at most maxTabs tabs', async () => {
    let fail = true;
    const cache = createTabSummaryCache(
      () => null,
      async () => {
        if (fail) throw new Error('boom');
        return judged(1);
      },
      3,
    );
    await expect(cache.get(1)).rejects.toThrow('boom');
    expect(cache.size()).toBe(0);
    fail = false;
    for (const id of [1, 2, 3, 4, 5]) await cache.get(id);
    expect(cache.size()).toBe(3);
  });

  it('is invalidated by the store through onChange (as the service worker wires it)', async () => {
    const summarise = vi.fn(summariseCapture);
    const store: TabCaptureStore = new TabCaptureStore({ onChange: (tabId) => cache.invalidate(tabId) });
    const cache = createTabSummaryCache((id) => store.snapshot(id), summarise);
    store.navigate(2, PAGE);
    store.add(2, ex('e1', ['sid=abc; Path=/']));
    expect((await cache.get(2)).exchanges).toBe(1);
    await cache.get(2);
    expect(summarise).toHaveBeenCalledTimes(1);
    store.add(2, ex('e2', ['theme=dark']));
    expect((await cache.get(2)).exchanges).toBe(2);
    store.removeTab(2);
    expect(await cache.get(2)).toMatchObject({ captured: false, exchanges: 0 });
    expect(summarise).toHaveBeenCalledTimes(3);
  });
});

describe('getTabSummary', () => {
  it('answers a small plain summary after the store is ready, with the tab address site', async () => {
    const store = new TabCaptureStore();
    let release = () => {};
    const ready = new Promise<void>((r) => {
      release = r;
    });
    const summaries = createTabSummaryCache((id) => store.snapshot(id));
    const all = captureHandlers({ store, ready, summaries });
    const answer = dispatch(all, {
      type: 'getTabSummary',
      payload: { tabId: '12', pageUrl: 'https://www.shop.example/cart' },
    });
    // Restored from storage while the message waited.
    store.navigate(12, PAGE);
    store.add(12, ex('e1', ['sid=abc123def456; Path=/']));
    release();
    const reply = (await answer) as Record<string, unknown>;
    expect(reply).toMatchObject({
      ok: true,
      tabId: 12,
      captured: true,
      pageUrl: PAGE,
      exchanges: 1,
      dropped: 0,
      topLevelSite: 'https://shop.example',
      summary: { grade: expect.stringMatching(/^[A-F]$/), auth: 1 },
    });
    expect((reply.topFindings as Finding[])[0]).toMatchObject({ rule: 'auth-no-httponly' });
    expect(Object.keys(reply).sort()).toEqual(
      [
        'ok',
        'tabId',
        'captured',
        'pageUrl',
        'exchanges',
        'dropped',
        'summary',
        'topFindings',
        'totalFindings',
        'topLevelSite',
      ].sort(),
    );
  });

  it('without a cache or a page URL it still answers, from the capture page', async () => {
    const store = storeWith(3, [ex('e1', ['a=1'])]);
    const all = captureHandlers({ store, ready: Promise.resolve() });
    for (const pageUrl of [undefined, 42, 'x'.repeat(70_000)]) {
      expect(await dispatch(all, { type: 'getTabSummary', payload: { tabId: 3, pageUrl } })).toMatchObject({
        ok: true,
        exchanges: 1,
        topLevelSite: 'https://shop.example',
      });
    }
    expect(await dispatch(all, { type: 'getTabSummary', payload: { tabId: 77 } })).toMatchObject({
      ok: true,
      captured: false,
      summary: null,
      topLevelSite: null,
    });
  });

  it('rejects bad payloads as values', async () => {
    const all = captureHandlers({ store: new TabCaptureStore(), ready: Promise.resolve() });
    for (const payload of [undefined, null, {}, { tabId: -1 }, { tabId: 'x' }]) {
      expect(await dispatch(all, { type: 'getTabSummary', payload })).toMatchObject({
        ok: false,
        code: 'bad-payload',
      });
    }
  });
});

import { describe, expect, test, vi } from 'vitest';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';
import { FakeSource, harEntry, LOGIN_ENTRIES, testStore } from './panel-fixtures.ts';

describe('PanelStore', () => {
  test('backfills from getHAR, then takes live entries without counting a raced one twice', async () => {
    const source = new FakeSource(LOGIN_ENTRIES);
    const store = testStore();
    const done = store.connect(source);
    // Arrives while getHAR is pending and is also in the HAR.
    source.live?.(LOGIN_ENTRIES[1]);
    source.live?.(harEntry({ url: 'https://shop.example/x', type: 'xhr' }, 5));
    await done;
    const s = store.getState();
    expect(s.requestCount).toBe(3);
    expect(s.loading).toBe(false);
    expect(s.analysis.cookies.map((c) => c.name)).toContain('sid');
  });

  /** A store whose source answers getHAR() with `answers` in turn (then empty), asked again every 5 ms. */
  async function refilled(answers: (() => Promise<unknown[]>)[]) {
    let asked = 0;
    const source = new FakeSource();
    source.backfill = () => (answers[asked++] ?? (() => Promise.resolve([])))();
    const store = new PanelStore({
      schedule: queueMicrotask,
      weakSecretDelayMs: 0,
      backfillRetryMs: [5, 5, 5],
    });
    await store.connect(source);
    expect(store.getState().requestCount).toBe(0);
    await vi.waitFor(() => expect(store.getState().requestCount).toBe(LOGIN_ENTRIES.length));
    await new Promise((r) => setTimeout(r, 30));
    return { store, asked };
  }

  test('a failed first backfill is asked again (Firefox, while the toolbox moves to another host)', async () => {
    const failed = () => Promise.reject(new Error('getHAR failed: An unexpected error occurred'));
    const { asked } = await refilled([
      failed,
      failed,
      () => Promise.resolve([]), // attached again, log not yet refilled
      () => Promise.resolve(LOGIN_ENTRIES),
    ]);
    expect(asked).toBe(4); // answered: no more asking
  });

  test('an empty first backfill is asked again (Firefox reloads the panel when the toolbox moves)', async () => {
    const empty = () => Promise.resolve([]);
    const { store, asked } = await refilled([empty, empty, () => Promise.resolve(LOGIN_ENTRIES)]);
    expect(asked).toBe(3); // refilled: no more asking
    expect(store.getState().analysis.cookies.map((c) => c.name)).toContain('sid');
  });

  test('retry delays given as a function are asked for only when the first answer is empty', async () => {
    // The panel's function reads the reopen mark from storage (platform/panel-reopen.ts): not at open.
    const delays = vi.fn(() => [5]);
    const full = new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, backfillRetryMs: delays });
    await full.connect(new FakeSource(LOGIN_ENTRIES));
    expect(delays).not.toHaveBeenCalled();

    let asked = 0;
    const source = new FakeSource();
    source.backfill = () => Promise.resolve(asked++ === 0 ? [] : LOGIN_ENTRIES);
    const empty = new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, backfillRetryMs: delays });
    await empty.connect(source);
    expect(delays).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(empty.getState().requestCount).toBe(LOGIN_ENTRIES.length));
    expect(asked).toBe(2);
  });

  test('live requests during the refill are merged with it in time order, each request once', async () => {
    const [login, account] = LOGIN_ENTRIES;
    let asked = 0;
    const source = new FakeSource();
    source.backfill = () => Promise.resolve(asked++ === 0 ? [] : LOGIN_ENTRIES);
    const store = new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, backfillRetryMs: [20] });
    await store.connect(source);
    source.live?.(account); // arrives live before the refill, which holds it too
    const later = harEntry({ url: 'https://shop.example/later', type: 'xhr' }, 5);
    source.live?.(later); // only live
    expect(store.exchanges().map((e) => e.url)).toEqual([account?.request.url, later.request.url]);
    await vi.waitFor(() => expect(store.getState().requestCount).toBe(3));
    // Replayed in time order (the login's Set-Cookie before the request that sends them), numbered anew.
    expect(store.exchanges().map((e) => [e.id, e.url])).toEqual([
      ['r1', login?.request.url],
      ['r2', account?.request.url],
      ['r3', later.request.url],
    ]);
    source.live?.(login); // finished while getHAR was answered: already counted
    expect(store.getState().requestCount).toBe(3);
    expect(store.getState().analysis.cookies.find((c) => c.name === 'sid')?.lifetime?.kind).toBe('session');
  });

  test('a refilled request that also arrives live after a late onNavigated counts once (Firefox order)', async () => {
    const doc = harEntry({ url: 'https://shop.example/', setCookie: ['sid=1; HttpOnly'] }, 0);
    const img = harEntry({ url: 'https://shop.example/img.svg', type: 'image' }, 1);
    let asked = 0;
    const source = new FakeSource();
    source.backfill = () => Promise.resolve(asked++ === 0 ? [] : [doc, img]);
    const store = new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, backfillRetryMs: [5] });
    store.setPreserveLog(true);
    await store.connect(source);
    await vi.waitFor(() => expect(store.getState().requestCount).toBe(2));
    source.nav?.('https://shop.example/');
    source.live?.(doc);
    source.live?.(img);
    expect(store.getState().requestCount).toBe(2);
  });

  test("a request still running in getHAR's answer (Firefox lists those) is taken whole from onRequestFinished", async () => {
    const finished = harEntry({ url: 'https://shop.example/', setCookie: ['sid=1; HttpOnly'] }, 0);
    const running = { ...finished, response: { status: 0, headers: [] } };
    let asked = 0;
    const source = new FakeSource();
    source.backfill = () => Promise.resolve(asked++ === 0 ? [] : [running]);
    const store = new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, backfillRetryMs: [5, 5] });
    await store.connect(source);
    await vi.waitFor(() => expect(asked).toBe(3)); // a running request is no refill: asked again
    expect(store.getState().requestCount).toBe(0);
    source.live?.(finished);
    expect(store.getState().requestCount).toBe(1);
    expect(store.getState().analysis.cookies.map((c) => c.name)).toEqual(['sid']);

    // The same in the first answer, with the finished request arriving while getHAR is answered.
    const first = new FakeSource([running]);
    const other = testStore();
    const done = other.connect(first);
    first.live?.(finished);
    await done;
    expect(other.getState().requestCount).toBe(1);
    expect(other.getState().analysis.cookies.map((c) => c.name)).toEqual(['sid']);
  });

  test('a refill that brings nothing new leaves the live log as it is', async () => {
    // XHRs of the page already open (a top-level document would end the asking: a navigation).
    const polls = [1, 2].map((i) => harEntry({ url: `https://shop.example/poll?${i}`, type: 'xhr' }, i));
    let asked = 0;
    const source = new FakeSource();
    source.backfill = () => Promise.resolve(asked++ === 0 ? [] : polls);
    const store = new PanelStore({
      schedule: queueMicrotask,
      weakSecretDelayMs: 0,
      backfillRetryMs: [20, 5],
    });
    await store.connect(source);
    // Finished in the other order than they started: a replaced log would be renumbered in time order.
    for (const e of [...polls].reverse()) source.live?.(e);
    const shown = store.exchanges().map((e) => [e.id, e.url]);
    expect(shown).toEqual([
      ['r1', polls[1]?.request.url],
      ['r2', polls[0]?.request.url],
    ]);
    await vi.waitFor(() => expect(asked).toBe(2));
    await new Promise((r) => setTimeout(r, 30));
    expect(asked).toBe(2);
    expect(store.exchanges().map((e) => [e.id, e.url])).toEqual(shown);
  });

  test("navigation, Clear and paused recording end the asking: the log is the user's", async () => {
    const settle = {
      navigation: (_store: PanelStore, source: FakeSource) => source.nav?.('https://shop.example/next'),
      clear: (store: PanelStore) => store.clear(),
      pause: (store: PanelStore) => store.setRecording(false),
    };
    for (const [how, act] of Object.entries(settle)) {
      let asked = 0;
      const source = new FakeSource();
      source.backfill = () => Promise.resolve(asked++ === 0 ? [] : LOGIN_ENTRIES);
      const store = new PanelStore({
        schedule: queueMicrotask,
        weakSecretDelayMs: 0,
        backfillRetryMs: [10, 10],
      });
      await store.connect(source);
      act(store, source);
      await new Promise((r) => setTimeout(r, 40));
      expect({ how, asked, count: store.getState().requestCount }).toEqual({ how, asked: 1, count: 0 });
    }
  });

  test('navigation clears the log unless preserve log is on, keeping the new document', async () => {
    const source = new FakeSource();
    const store = testStore();
    await store.connect(source);
    for (const [i, e] of LOGIN_ENTRIES.entries()) source.live?.(e ?? harEntry({ url: 'x' }, i));
    const next = harEntry({ url: 'https://shop.example/next' }, 9);
    source.live?.(next);
    source.nav?.('https://shop.example/next');
    expect(store.getState().requestCount).toBe(1);
    expect(store.getState().analysis.exchanges).toBe(1);
    store.setPreserveLog(true);
    source.live?.(harEntry({ url: 'https://shop.example/after' }, 10));
    source.nav?.('https://shop.example/after');
    expect(store.getState().requestCount).toBe(2);
  });

  test('record off ignores traffic; clear empties log and analysis', async () => {
    const store = testStore();
    await store.connect(new FakeSource());
    store.setRecording(false);
    expect(store.addEntry(LOGIN_ENTRIES[0])).toBe(false);
    store.setRecording(true);
    expect(store.addEntry(LOGIN_ENTRIES[0])).toBe(true);
    expect(store.getState().analysis.cookies.length).toBeGreaterThan(0);
    store.clear();
    expect(store.getState().requestCount).toBe(0);
    expect(store.getState().analysis.cookies).toEqual([]);
  });

  test('the ring drops the oldest entries and says how many', async () => {
    const store = testStore(5);
    await store.connect(new FakeSource());
    for (let i = 0; i < 8; i++)
      store.addEntry(harEntry({ url: `https://a.example/${i}`, setCookie: [`c${i}=1`] }, i));
    const s = store.getState();
    expect(s.requestCount).toBe(5);
    expect(s.dropped).toBe(3);
    expect(store.exchanges()[0]?.url).toBe('https://a.example/3');
  });

  test('after a quarter of the ring dropped, the analysis is rebuilt from the ring in the background', async () => {
    const store = testStore(8);
    for (let i = 0; i < 12; i++)
      store.addEntry(harEntry({ url: `https://a.example/${i}`, setCookie: [`c${i}=1`] }, i));
    // Until the rebuild finishes, the analysis still covers everything seen.
    expect(store.getState().analysis.cookies.length).toBe(12);
    await new Promise((r) => setTimeout(r, 20));
    const names = store.getState().analysis.cookies.map((c) => c.name);
    // The rebuild started when 2 had dropped (ring c2..c9) and took c10, c11 as they came.
    expect(names).toEqual(['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11']);
    expect(store.getState().dropped).toBe(4);
  });

  test('one notification per burst', async () => {
    const store = testStore();
    let notified = 0;
    store.subscribe(() => notified++);
    for (let i = 0; i < 50; i++) store.addEntry(harEntry({ url: `https://a.example/${i}` }, i));
    await Promise.resolve();
    expect(notified).toBe(1);
  });

  test('import: a Chrome HAR without cookies is an error value with the export help', async () => {
    const store = testStore();
    const har = {
      log: {
        creator: { name: 'WebInspector', version: '537.36' },
        browser: { name: 'Chrome', version: '131.0.6778.86' },
        entries: [
          {
            ...harEntry({ url: 'https://a.example/' }),
            request: {
              method: 'GET',
              url: 'https://a.example/',
              headers: [{ name: 'Accept', value: '*/*' }],
            },
          },
        ],
      },
    };
    const r = await store.importHar(JSON.stringify(har), 'site.har');
    expect(r.ok).toBe(false);
    expect(store.getState().importError).toMatch(/^site\.har: HAR has no Cookie or Set-Cookie headers/);
    expect(await store.importHar('{nope', 'bad.har')).toEqual({
      ok: false,
      message: 'bad.har: not a HAR file: the file is not valid JSON',
    });
  });

  test('import: a good HAR replaces the log', async () => {
    const store = testStore();
    const r = await store.importHar(JSON.stringify({ log: { entries: LOGIN_ENTRIES } }), 'login.har');
    expect(r).toEqual({ ok: true, exchanges: 2 });
    expect(store.getState().imported).toBe('login.har');
    expect(store.getState().importError).toBeNull();
  });
});

describe('PanelStore navigations through redirects', () => {
  const hop = (url: string, status: number, i: number, setCookie: string[] = []) => ({
    ...harEntry({ url, status, setCookie }, i),
    // Firefox's entries: no _resourceType, but Sec-Fetch-Dest tells a top-level navigation.
    _resourceType: undefined,
    request: { method: 'GET', url, headers: [{ name: 'Sec-Fetch-Dest', value: 'document' }] },
  });

  test('a 301 to another site: the page is the final URL and both hops are kept as navigations', async () => {
    const source = new FakeSource();
    const store = testStore();
    await store.connect(source);
    source.live?.(harEntry({ url: 'https://old.example/' }, 0));
    source.live?.(hop('http://www.mousel.lu/', 301, 1));
    source.live?.(hop('http://www.brasseriedeluxembourg.lu/', 200, 2, ['PHPSESSID=0sq90dqt; path=/']));
    source.nav?.('http://www.brasseriedeluxembourg.lu/');
    source.live?.(harEntry({ url: 'http://www.brasseriedeluxembourg.lu/site.css', type: 'stylesheet' }, 3));
    const list = store.exchanges();
    expect(list.map((x) => [x.url, x.initiatorType])).toEqual([
      ['http://www.mousel.lu/', 'document'],
      ['http://www.brasseriedeluxembourg.lu/', 'document'],
      ['http://www.brasseriedeluxembourg.lu/site.css', 'stylesheet'],
    ]);
    expect(list[2]?.pageUrl).toBe('http://www.brasseriedeluxembourg.lu/');
    const php = store.getState().analysis.cookies.find((c) => c.name === 'PHPSESSID');
    expect(php?.state).toBe('live');
  });

  test('before onNavigated, a redirect hop does not become the page; the document it leads to does', async () => {
    const store = testStore();
    await store.connect(new FakeSource());
    store.addEntry(hop('http://www.mousel.lu/', 301, 0));
    store.addEntry(hop('http://www.brasseriedeluxembourg.lu/', 200, 1));
    store.addEntry(harEntry({ url: 'http://www.brasseriedeluxembourg.lu/a.js', type: 'script' }, 2));
    expect(store.exchanges().map((x) => x.pageUrl)).toEqual([
      'http://www.mousel.lu/',
      'http://www.brasseriedeluxembourg.lu/',
      'http://www.brasseriedeluxembourg.lu/',
    ]);
  });
});

describe('PanelStore: a navigation without preserve log keeps exactly the new page (page-start.ts)', () => {
  const HOME = 'https://shop.example/';
  const page = (i: number) => [
    harEntry({ url: HOME, setCookie: [`sid=s${i}; Path=/; HttpOnly`] }, i * 10),
    harEntry({ url: `${HOME}app.js`, type: 'script' }, i * 10 + 1),
  ];
  const urls = (store: PanelStore) => store.exchanges().map((e) => e.url);

  test('opened on an empty tab: a page whose document finishes before its onNavigated (Firefox) stays', async () => {
    const source = new FakeSource([]);
    const store = testStore();
    await store.connect(source);
    for (const e of page(1)) source.live?.(e);
    source.nav?.(HOME);
    expect(urls(store)).toEqual([HOME, `${HOME}app.js`]);
  });

  test('opened on a loaded page: a reload whose onNavigated comes first drops the old load', async () => {
    const source = new FakeSource(page(1));
    const store = testStore();
    await store.connect(source);
    expect(store.exchanges()).toHaveLength(2);
    source.nav?.(HOME); // the reload commits before its document finished (Chrome)
    expect(store.exchanges()).toHaveLength(0);
    for (const e of page(2)) source.live?.(e);
    expect(store.exchanges().map((e) => e.id)).toEqual(['r3', 'r4']);
    // A second reload, onNavigated first again: the first reload's document is not taken for it.
    source.nav?.(HOME);
    expect(store.exchanges()).toHaveLength(0);
  });

  test('a reload whose document finishes before its onNavigated keeps that load only', async () => {
    const source = new FakeSource(page(1));
    const store = testStore();
    await store.connect(source);
    for (const e of page(2)) source.live?.(e);
    source.nav?.(HOME);
    expect(store.exchanges().map((e) => e.id)).toEqual(['r3', 'r4']);
  });
});

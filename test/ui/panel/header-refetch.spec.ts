/**
 * A live entry with only Chromium's provisional request headers (header-refetch.ts): the store asks
 * getHAR() again and takes the Cookie header DevTools got later; what never comes stays unknown. The
 * source is the fake DevTools edge; the store, its log and the analysis are real.
 */
import { describe, expect, test, vi } from 'vitest';
import { HeaderRefetch } from '../../../src/ui/panel/header-refetch.ts';
import type { PanelSource } from '../../../src/ui/panel/panel-source.ts';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';
import { FakeSource } from './panel-fixtures.ts';

const UA = { name: 'User-Agent', value: 'Mozilla/5.0 Chrome/156' };
const HOST = { name: 'Host', value: 'bank.example' };
const T0 = Date.parse('2026-12-06T10:00:00Z');

function entry(path: string, at: number, headers: object[], setCookie: string[] = [], method = 'GET') {
  return {
    startedDateTime: new Date(T0 + at).toISOString(),
    _resourceType: 'document',
    request: { method, url: `https://bank.example${path}`, headers },
    response: { status: 200, headers: setCookie.map((value) => ({ name: 'Set-Cookie', value })) },
  };
}

const login = entry('/login', 0, [UA, HOST], ['bank_session=s3cr3t; Path=/; Secure; SameSite=None'], 'POST');
/** The forged transfer as onRequestFinished gave it, and as getHAR() gave it 50 ms later. */
const forgedEarly = entry(
  '/transfer',
  1000,
  [UA, { name: 'Origin', value: 'https://evil.example' }],
  [],
  'POST',
);
const forgedWhole = entry(
  '/transfer',
  1000,
  [UA, HOST, { name: 'Cookie', value: 'bank_session=s3cr3t' }],
  [],
  'POST',
);

/** A connected store whose getHAR() answers `log()` (the first, at connect, answers nothing). */
async function connected(log: () => unknown[], refetchMs = [5, 5, 5], refetchGapMs = 0) {
  const source = new FakeSource();
  let asked = 0;
  source.backfill = () => Promise.resolve(asked++ === 0 ? [] : log());
  const store = new PanelStore({ schedule: queueMicrotask, weakSecretDelayMs: 0, refetchMs, refetchGapMs });
  await store.connect(source);
  return { store, source, asks: () => asked - 1 };
}

const sentOn = (store: PanelStore, id: string) => {
  const v = store.getState().analysis.verdicts.get(id);
  return { names: v?.sent.map((s) => s.label) ?? null, unknown: v?.sentUnknown ?? null };
};

describe('PanelStore: request headers DevTools got after the request finished', () => {
  test('takes the Cookie header from a later getHAR() and analyses the log again', async () => {
    const { store, source, asks } = await connected(() => [login, forgedWhole]);
    source.live?.(login);
    source.live?.(forgedEarly);
    expect(store.exchangeById('r2')?.cookieHeaderUnknown).toBe(true);
    expect(sentOn(store, 'r2')).toEqual({ names: [], unknown: true });
    await vi.waitFor(() => expect(sentOn(store, 'r2')).toEqual({ names: ['bank_session'], unknown: false }));
    expect(store.exchangeById('r2')?.requestCookieHeader).toBe('bank_session=s3cr3t');
    expect(store.exchanges().map((ex) => ex.id)).toEqual(['r1', 'r2']);
    expect(asks()).toBe(1);
  });

  test('asks as often as the delays say, then leaves the Cookie header unknown', async () => {
    const { store, source, asks } = await connected(() => [login, forgedEarly]);
    source.live?.(login);
    source.live?.(forgedEarly);
    await vi.waitFor(() => expect(asks()).toBe(3));
    await new Promise((r) => setTimeout(r, 40));
    expect(asks()).toBe(3);
    expect(sentOn(store, 'r2')).toEqual({ names: [], unknown: true });
  });

  test('never asks for an entry with its headers as sent (Firefox, or Chromium on time)', async () => {
    const { source, asks } = await connected(() => [login]);
    source.live?.(login);
    source.live?.(forgedWhole);
    await new Promise((r) => setTimeout(r, 40));
    expect(asks()).toBe(0);
  });

  test('asks at most once per gap however many such requests keep coming', async () => {
    const { source, asks } = await connected(() => [login], [5, 5, 5], 60);
    source.live?.(login);
    for (let i = 0; i < 8; i++) {
      source.live?.(entry(`/poll?${i}`, 2000 + i, [UA]));
      await new Promise((r) => setTimeout(r, 15));
    }
    // 8 requests over ~120 ms, each "ask after 5 ms": one ask at ~5 ms, the next 60 ms later, …
    expect(asks()).toBeGreaterThanOrEqual(1);
    expect(asks()).toBeLessThanOrEqual(3);
  });

  test('never asks for a response a service worker gave: its headers as sent never come', async () => {
    const fromWorker = {
      ...forgedEarly,
      response: { ...forgedEarly.response, _fetchedViaServiceWorker: true },
    };
    const { store, source, asks } = await connected(() => [login, forgedWhole]);
    source.live?.(login);
    source.live?.(fromWorker);
    await new Promise((r) => setTimeout(r, 40));
    expect(asks()).toBe(0);
    expect(store.exchangeById('r2')?.cookieHeaderUnknown).toBe(true);
  });

  test('a navigation without preserve log, or Clear, drops what it waited for', async () => {
    for (const leave of ['navigate', 'clear'] as const) {
      const { store, source, asks } = await connected(() => [login, forgedWhole], [20, 20, 20]);
      source.live?.(login);
      source.live?.(forgedEarly);
      if (leave === 'navigate') source.nav?.('https://bank.example/next');
      else store.clear();
      await new Promise((r) => setTimeout(r, 80));
      expect(asks(), leave).toBe(0);
    }
  });

  test('another request to the same URL (another start time) is not taken for it', async () => {
    const later = { ...forgedWhole, startedDateTime: new Date(T0 + 2000).toISOString() };
    const { store, source, asks } = await connected(() => [login, later]);
    source.live?.(login);
    source.live?.(forgedEarly);
    await vi.waitFor(() => expect(asks()).toBe(3));
    expect(store.exchangeById('r2')?.cookieHeaderUnknown).toBe(true);
  });

  test("a navigation keeps waiting for the new page's own hops: the forged POST answered 303", async () => {
    const redirect = (headers: object[]) => ({
      ...entry('/transfer', 1000, headers, [], 'POST'),
      response: { status: 303, headers: [{ name: 'Location', value: '/done' }] },
    });
    const done = entry('/done', 1100, [UA, HOST, { name: 'Cookie', value: 'bank_session=s3cr3t' }]);
    const whole = redirect([UA, HOST, { name: 'Cookie', value: 'bank_session=s3cr3t' }]);
    const { store, source } = await connected(() => [whole, done]);
    source.live?.(redirect([UA]));
    source.live?.(done);
    source.nav?.('https://bank.example/done');
    await vi.waitFor(() => expect(store.exchangeById('r1')?.requestCookieHeader).toBe('bank_session=s3cr3t'));
    expect(store.exchanges().map((ex) => ex.id)).toEqual(['r1', 'r2']);
  });

  test('a healed document still marks where its page starts: a reload after it drops the old page', async () => {
    const form = (headers: object[]) => entry('/form', 1000, headers, [], 'POST');
    const { store, source } = await connected(() => [form([UA, HOST, { name: 'Cookie', value: 'a=1' }])]);
    source.nav?.('https://bank.example/form');
    source.live?.(form([UA]));
    await vi.waitFor(() => expect(store.exchangeById('r1')?.requestCookieHeader).toBe('a=1'));
    source.nav?.('https://bank.example/form'); // the reload's own document has not arrived yet
    expect(store.exchanges()).toEqual([]);
  });

  test('an answer to an ask made before Clear neither heals nor leaves a timer Clear cannot stop', async () => {
    let asked = 0;
    let answerFirst: (entries: unknown[]) => void = () => {};
    const source: PanelSource = {
      backfill: () => {
        asked++;
        return asked === 1 ? new Promise((resolve) => (answerFirst = resolve)) : Promise.resolve([]);
      },
      subscribe: () => () => {},
      onNavigated: () => () => {},
    };
    const healed: string[] = [];
    const refetch = new HeaderRefetch(
      { heal: (id) => healed.push(id) > 0, healed: () => {} },
      [10, 10, 10],
      0,
    );
    refetch.use(source);
    refetch.note(forgedEarly, 'r1');
    await vi.waitFor(() => expect(asked).toBe(1)); // in flight
    refetch.forget();
    refetch.note(entry('/b', 3000, [UA]), 'r2');
    answerFirst([forgedWhole]);
    await new Promise((r) => setTimeout(r, 0));
    refetch.note(entry('/c', 4000, [UA]), 'r3');
    refetch.forget();
    await new Promise((r) => setTimeout(r, 60));
    expect({ asked, healed, pending: refetch.pending }).toEqual({ asked: 1, healed: [], pending: 0 });
  });

  test('two requests with the same start, method and URL are each healed once', async () => {
    const { store, source } = await connected(() => [login, forgedWhole, forgedWhole]);
    source.live?.(login);
    source.live?.(forgedEarly);
    source.live?.(forgedEarly);
    await vi.waitFor(() =>
      expect(['r2', 'r3'].map((id) => store.exchangeById(id)?.requestCookieHeader)).toEqual([
        'bank_session=s3cr3t',
        'bank_session=s3cr3t',
      ]),
    );
  });

  test("each request's asks count from its own arrival: a late one is not spent by an earlier one's ask", async () => {
    let asked = 0;
    const source: PanelSource = {
      backfill: () => Promise.resolve(void asked++).then(() => []),
      subscribe: () => () => {},
      onNavigated: () => () => {},
    };
    const refetch = new HeaderRefetch({ heal: () => false, healed: () => {} }, [40, 5000, 5000], 0);
    refetch.use(source);
    refetch.note(forgedEarly, 'r1');
    await new Promise((r) => setTimeout(r, 25));
    refetch.note(entry('/poll', 2000, [UA]), 'r2'); // its first ask is due 40 ms from now, not at r1's
    await vi.waitFor(() => expect(asked).toBe(2), { timeout: 1000 });
    expect(refetch.pending).toBe(2); // both wait for their second try, 5 s after their own arrival
    refetch.forget();
  });
});

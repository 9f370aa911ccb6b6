/**
 * A live entry with only Chromium's provisional request headers (header-refetch.ts): the store asks
 * getHAR() again and takes the Cookie header DevTools got later; what never comes stays unknown. The
 * source is the fake DevTools edge; the store, its log and the analysis are real.
 */
import { describe, expect, test, vi } from 'vitest';
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
});

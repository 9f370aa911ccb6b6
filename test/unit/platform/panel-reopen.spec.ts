/**
 * panelReopenCheck (platform/panel-reopen.ts): the close mark is left at pagehide, and the open's own
 * mark is read only when asked (the storage's first read is a synchronous trip: issue #16).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';

const TAB = 7;

/** A Map-backed localStorage that counts its reads, and the chrome.devtools the polyfill wraps. */
function stubBrowser() {
  const data = new Map<string, string>();
  const storage = {
    reads: 0,
    getItem(k: string) {
      storage.reads++;
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  const pagehide: (() => void)[] = [];
  const g = globalThis as Record<string, unknown>;
  g.chrome = { runtime: { id: 'cookie-lens-test' }, devtools: { inspectedWindow: { tabId: TAB } } };
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', (type: string, fn: () => void) => {
    if (type === 'pagehide') pagehide.push(fn);
  });
  const hide = () => {
    for (const f of pagehide) f();
  };
  return { storage, hide };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('panelReopenCheck', () => {
  test('reads storage only when asked; a panel closed moments before counts as reopened, once', async () => {
    const { storage, hide } = stubBrowser();
    const { panelReopenCheck } = await import('../../../src/platform/panel-reopen.ts');
    const first = panelReopenCheck(Date.now());
    hide(); // the first panel closes: its mark
    const second = panelReopenCheck(Date.now());
    expect(storage.reads).toBe(0);
    expect(second()).toBe(true);
    expect(second()).toBe(true); // answered once, from memory
    expect(storage.reads).toBe(1);
    expect(panelReopenCheck(Date.now())()).toBe(false); // the mark was taken
    expect(first()).toBe(false);
  });

  test('a mark older than the reopen window is a fresh open', async () => {
    const { hide } = stubBrowser();
    const { panelReopenCheck } = await import('../../../src/platform/panel-reopen.ts');
    hide();
    expect(panelReopenCheck(Date.now() + 60_000)()).toBe(false);
  });
});

/**
 * The webRequest wiring with a fake `browser` (the background's own, background-browser.ts): which
 * extraInfoSpec each engine gets, that events reach the assembler, and that restart() re-registers
 * (permissions.onAdded).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (d: unknown) => void;
interface Registration {
  listener: Listener;
  spec?: string[];
}

const events = vi.hoisted(() => {
  const make = (rejectExtra = false) => {
    const regs: Registration[] = [];
    return {
      regs,
      rejectExtra,
      addListener(listener: Listener, _filter: unknown, spec?: string[]) {
        if (this.rejectExtra && spec?.includes('extraHeaders'))
          throw new Error('Invalid enumeration value "extraHeaders"');
        regs.push(spec ? { listener, spec } : { listener });
      },
      removeListener(listener: Listener) {
        const i = regs.findIndex((r) => r.listener === listener);
        if (i >= 0) regs.splice(i, 1);
      },
    };
  };
  return {
    onBeforeSendHeaders: make(),
    onHeadersReceived: make(),
    onBeforeRedirect: make(),
    onCompleted: make(),
    onErrorOccurred: make(),
  };
});

vi.mock('../../../src/platform/background-browser.ts', () => ({ browser: { webRequest: events } }));

const { startWebRequestCapture } = await import('../../../src/platform/web-request-capture.ts');
const { assemblerListeners } = await import('../../../src/background/web-request-listeners.ts');
const ignore = assemblerListeners(() => {});

const g = globalThis as { chrome?: unknown };

afterEach(() => {
  delete g.chrome;
  for (const e of Object.values(events)) {
    e.regs.length = 0;
    e.rejectExtra = false;
  }
});

describe('startWebRequestCapture', () => {
  it('asks Chrome for extraHeaders (Cookie/Set-Cookie are hidden otherwise)', () => {
    g.chrome = { webRequest: { OnBeforeSendHeadersOptions: { EXTRA_HEADERS: 'extraHeaders' } } };
    const capture = startWebRequestCapture(ignore);
    expect(events.onBeforeSendHeaders.regs[0]?.spec).toEqual(['requestHeaders', 'extraHeaders']);
    expect(events.onHeadersReceived.regs[0]?.spec).toEqual(['responseHeaders', 'extraHeaders']);
    capture.stop();
    expect(events.onBeforeSendHeaders.regs).toHaveLength(0);
  });

  it('does not send extraHeaders to Firefox, and falls back if an engine rejects it', () => {
    const firefox = startWebRequestCapture(ignore);
    expect(events.onBeforeSendHeaders.regs[0]?.spec).toEqual(['requestHeaders']);
    expect(events.onHeadersReceived.regs[0]?.spec).toEqual(['responseHeaders']);
    firefox.stop();
    g.chrome = { webRequest: { OnBeforeSendHeadersOptions: { EXTRA_HEADERS: 'extraHeaders' } } };
    events.onBeforeSendHeaders.rejectExtra = true;
    startWebRequestCapture(ignore);
    expect(events.onBeforeSendHeaders.regs[0]?.spec).toEqual(['requestHeaders']);
    expect(events.onHeadersReceived.regs[0]?.spec).toEqual(['responseHeaders', 'extraHeaders']);
  });

  it('feeds events to the assembler and hands on its actions; restart re-registers once', () => {
    const seen: unknown[] = [];
    const capture = startWebRequestCapture(assemblerListeners((actions) => seen.push(...actions)));
    capture.restart();
    expect(events.onCompleted.regs).toHaveLength(1);
    const base = {
      requestId: '1',
      tabId: 2,
      url: 'https://a.example/',
      method: 'GET',
      type: 'main_frame',
      timeStamp: 5,
    };
    events.onBeforeSendHeaders.regs[0]?.listener({
      ...base,
      requestHeaders: [{ name: 'Cookie', value: 'a=1' }],
    });
    events.onHeadersReceived.regs[0]?.listener({ ...base, statusCode: 200, responseHeaders: [] });
    events.onCompleted.regs[0]?.listener({ ...base, statusCode: 200 });
    expect(seen).toMatchObject([
      { kind: 'navigate', tabId: 2, url: 'https://a.example/' },
      { kind: 'exchange', tabId: 2, exchange: { id: 'wr:1:0', requestCookieHeader: 'a=1' } },
    ]);
  });
});

/**
 * The webRequest assembly replayed from event objects shaped like what Chrome 120+ (with
 * `extraHeaders`) and Firefox 140 deliver: Chrome gives one entry per Set-Cookie header and often
 * lower-case names over HTTP/2; Firefox joins Set-Cookie lines with "\n" and adds its own fields.
 */
import { describe, expect, it } from 'vitest';
import { TabCaptureStore } from '../../../src/background/tab-capture-store.ts';
import { WebRequestAssembler } from '../../../src/background/web-request-assembly.ts';
import type { CaptureAction } from '../../../src/background/web-request-events.ts';

const T0 = 1_763_700_000_000.25;

/** Chrome onBeforeSendHeaders / onHeadersReceived / onBeforeRedirect / onCompleted details. */
const chromeBase = (requestId: string, url: string, type = 'main_frame', tabId = 7) => ({
  documentLifecycle: 'active',
  frameId: 0,
  frameType: 'outermost_frame',
  method: 'GET',
  parentFrameId: -1,
  requestId,
  tabId,
  timeStamp: T0,
  type,
  url,
});

/** Firefox details carry originUrl/documentUrl, cookieStoreId, urlClassification … */
const firefoxBase = (requestId: string, url: string, type = 'main_frame', tabId = 3) => ({
  requestId,
  url,
  originUrl: undefined,
  documentUrl: undefined,
  method: 'GET',
  type,
  timeStamp: T0,
  tabId,
  frameId: 0,
  parentFrameId: -1,
  incognito: false,
  thirdParty: false,
  cookieStoreId: 'firefox-default',
  frameAncestors: [],
  urlClassification: { firstParty: [], thirdParty: [] },
  requestSize: 0,
  responseSize: 0,
});

const exchanges = (actions: CaptureAction[]) =>
  actions.flatMap((a) => (a.kind === 'exchange' ? [a.exchange] : []));

describe('WebRequestAssembler: Chrome shapes', () => {
  it('assembles Cookie, Authorization and several Set-Cookie headers (HTTP/2 lower-case names)', () => {
    const a = new WebRequestAssembler();
    const base = {
      ...chromeBase('1001', 'https://app.example.com/api/me', 'xmlhttprequest'),
      initiator: 'https://app.example.com',
    };
    expect(
      a.beforeSendHeaders({
        ...base,
        requestHeaders: [
          { name: 'accept', value: '*/*' },
          { name: 'cookie', value: 'sid=s%3Aabc.def; theme=dark' },
          { name: 'authorization', value: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.' },
        ],
      }),
    ).toEqual([]);
    expect(
      a.headersReceived({
        ...base,
        statusCode: 200,
        statusLine: 'HTTP/1.1 200',
        responseHeaders: [
          { name: 'content-type', value: 'application/json' },
          { name: 'set-cookie', value: 'sid=s%3Anew.sig; Path=/; HttpOnly' },
          { name: 'set-cookie', value: 'theme=light; Max-Age=3600' },
        ],
      } as never),
    ).toEqual([]);
    const done = a.completed({ ...base, statusCode: 200, fromCache: false, ip: '203.0.113.5' } as never);
    expect(exchanges(done)).toEqual([
      {
        id: 'wr:1001:0',
        startedAt: T0,
        url: 'https://app.example.com/api/me',
        method: 'GET',
        status: 200,
        pageUrl: null,
        requestCookieHeader: 'sid=s%3Aabc.def; theme=dark',
        setCookieHeaders: ['sid=s%3Anew.sig; Path=/; HttpOnly', 'theme=light; Max-Age=3600'],
        authorizationHeader: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.',
        initiatorType: 'xhr',
      },
    ]);
    expect(a.pendingCount).toBe(0);
  });

  it('matches header names in any case (HTTP/1.1 server spelling)', () => {
    const a = new WebRequestAssembler();
    const base = chromeBase('7', 'http://localhost:3000/', 'script');
    a.beforeSendHeaders({ ...base, requestHeaders: [{ name: 'COOKIE', value: 'a=1' }] });
    a.headersReceived({ ...base, statusCode: 200, responseHeaders: [{ name: 'Set-Cookie', value: 'b=2' }] });
    const [e] = exchanges(a.completed({ ...base, statusCode: 200 }));
    expect(e?.requestCookieHeader).toBe('a=1');
    expect(e?.setCookieHeaders).toEqual(['b=2']);
  });

  it('decodes binaryValue headers as Latin-1 and joins split HTTP/2 cookie fields', () => {
    const a = new WebRequestAssembler();
    const base = chromeBase('8', 'https://example.com/', 'image');
    a.beforeSendHeaders({
      ...base,
      requestHeaders: [
        { name: 'cookie', value: 'a=1' },
        { name: 'cookie', value: 'b=2' },
      ],
    });
    a.headersReceived({
      ...base,
      statusCode: 200,
      responseHeaders: [{ name: 'set-cookie', binaryValue: [0x63, 0x3d, 0xe9] }],
    });
    const [e] = exchanges(a.completed({ ...base, statusCode: 200 }));
    expect(e?.requestCookieHeader).toBe('a=1; b=2');
    expect(e?.setCookieHeaders).toEqual(['c=\u00e9']);
  });

  it('drops exchanges without cookies or Authorization, and requests outside tabs', () => {
    const a = new WebRequestAssembler();
    const base = chromeBase('9', 'https://cdn.example.com/app.js', 'script');
    a.beforeSendHeaders({ ...base, requestHeaders: [{ name: 'accept', value: '*/*' }] });
    a.headersReceived({ ...base, statusCode: 200, responseHeaders: [] });
    expect(a.completed({ ...base, statusCode: 200 })).toEqual([]);
    const bg = chromeBase('10', 'https://api.example.com/', 'other', -1);
    expect(a.beforeSendHeaders({ ...bg, requestHeaders: [{ name: 'Cookie', value: 'a=1' }] })).toEqual([]);
    expect(a.completed({ ...bg, statusCode: 200 })).toEqual([]);
    expect(a.pendingCount).toBe(0);
  });

  it('splits a redirect chain into hops and navigates once the final document commits', () => {
    const a = new WebRequestAssembler();
    const login = chromeBase('20', 'https://shop.example/login', 'main_frame');
    a.beforeSendHeaders({ ...login, method: 'POST', requestHeaders: [{ name: 'Cookie', value: 'csrf=1' }] });
    expect(
      a.headersReceived({
        ...login,
        method: 'POST',
        statusCode: 302,
        responseHeaders: [
          { name: 'Location', value: 'https://auth.example.net/cb' },
          { name: 'Set-Cookie', value: 'pending=1' },
        ],
      }),
    ).toEqual([]);
    // Held: the navigation has not committed yet.
    expect(
      a.beforeRedirect({
        ...login,
        method: 'POST',
        statusCode: 302,
        redirectUrl: 'https://auth.example.net/cb',
      }),
    ).toEqual([]);
    const cb = chromeBase('20', 'https://auth.example.net/cb', 'main_frame');
    a.beforeSendHeaders({ ...cb, requestHeaders: [] });
    const commit = a.headersReceived({
      ...cb,
      statusCode: 200,
      responseHeaders: [{ name: 'set-cookie', value: 'session=xyz; Secure; HttpOnly' }],
    });
    expect(commit[0]).toEqual({ kind: 'navigate', tabId: 7, url: 'https://auth.example.net/cb' });
    expect(
      exchanges(commit).map((e) => [e.id, e.method, e.status, e.url, e.pageUrl, e.initiatorType]),
    ).toEqual([
      ['wr:20:0', 'POST', 302, 'https://shop.example/login', 'https://auth.example.net/cb', 'document'],
    ]);
    const done = exchanges(a.completed({ ...cb, statusCode: 200 }));
    expect(done.map((e) => [e.id, e.method, e.setCookieHeaders, e.pageUrl, e.initiatorType])).toEqual([
      ['wr:20:1', 'GET', ['session=xyz; Secure; HttpOnly'], 'https://auth.example.net/cb', 'document'],
    ]);
  });

  it('does not navigate on 204, downloads, or aborted navigations, but keeps their cookies', () => {
    const a = new WebRequestAssembler();
    const n204 = chromeBase('30', 'https://example.com/ping', 'main_frame');
    a.beforeSendHeaders({ ...n204, requestHeaders: [{ name: 'Cookie', value: 'a=1' }] });
    expect(a.headersReceived({ ...n204, statusCode: 204, responseHeaders: [] })).toEqual([]);
    expect(a.completed({ ...n204, statusCode: 204 }).map((x) => x.kind)).toEqual(['exchange']);

    const dl = chromeBase('31', 'https://example.com/report.csv', 'main_frame');
    a.beforeSendHeaders({ ...dl, requestHeaders: [{ name: 'Cookie', value: 'a=1' }] });
    const head = a.headersReceived({
      ...dl,
      statusCode: 200,
      responseHeaders: [{ name: 'Content-Disposition', value: 'attachment; filename="r.csv"' }],
    });
    expect(head).toEqual([]);

    const gone = chromeBase('32', 'https://a.example/', 'main_frame');
    a.beforeSendHeaders({ ...gone, requestHeaders: [] });
    a.headersReceived({
      ...gone,
      statusCode: 302,
      responseHeaders: [
        { name: 'location', value: 'https://b.example/' },
        { name: 'set-cookie', value: 'x=1' },
      ],
    });
    a.beforeRedirect({ ...gone, statusCode: 302, redirectUrl: 'https://b.example/' });
    const err = a.errorOccurred({
      ...chromeBase('32', 'https://b.example/', 'main_frame'),
      error: 'net::ERR_ABORTED',
    });
    expect(err.map((x) => x.kind)).toEqual(['exchange']);
    expect(exchanges(err)[0]?.setCookieHeaders).toEqual(['x=1']);
  });

  it('turns POST into GET after 303 and keeps the method after 307 (hops seen only by their response)', () => {
    const a = new WebRequestAssembler();
    const b = chromeBase('40', 'https://x.example/form', 'xmlhttprequest');
    a.beforeSendHeaders({ ...b, method: 'POST', requestHeaders: [{ name: 'Cookie', value: 'a=1' }] });
    const hop0 = a.beforeRedirect({
      ...b,
      method: 'POST',
      statusCode: 303,
      redirectUrl: 'https://x.example/next',
    });
    const next = { ...b, method: 'POST', url: 'https://x.example/next' };
    a.headersReceived({ ...next, statusCode: 200, responseHeaders: [{ name: 'set-cookie', value: 'n=1' }] });
    const c = chromeBase('41', 'https://x.example/api', 'xmlhttprequest');
    a.beforeSendHeaders({ ...c, method: 'PUT', requestHeaders: [{ name: 'Cookie', value: 'a=1' }] });
    const hop1 = a.beforeRedirect({
      ...c,
      method: 'PUT',
      statusCode: 307,
      redirectUrl: 'https://x.example/api2',
    });
    const api2 = { ...c, method: 'PUT', url: 'https://x.example/api2' };
    a.headersReceived({ ...api2, statusCode: 200, responseHeaders: [{ name: 'set-cookie', value: 'm=1' }] });
    const out = [
      ...exchanges(hop0),
      ...exchanges(a.completed({ ...next, statusCode: 200 })),
      ...exchanges(hop1),
      ...exchanges(a.completed({ ...api2, statusCode: 200 })),
    ];
    expect(out.map((e) => `${e.id} ${e.method} ${e.status} ${e.url}`)).toEqual([
      'wr:40:0 POST 303 https://x.example/form',
      'wr:40:1 GET 200 https://x.example/next',
      'wr:41:0 PUT 307 https://x.example/api',
      'wr:41:1 PUT 200 https://x.example/api2',
    ]);
  });

  it('bounds the number of requests in flight', () => {
    const a = new WebRequestAssembler({ maxPending: 3 });
    for (let i = 0; i < 10; i++) {
      a.beforeSendHeaders({ ...chromeBase(String(i), 'https://e.example/', 'fetch'), requestHeaders: [] });
    }
    expect(a.pendingCount).toBe(3);
  });
});

describe('WebRequestAssembler: Firefox shapes', () => {
  it('splits the "\\n"-joined Set-Cookie value into one line per cookie', () => {
    const a = new WebRequestAssembler();
    const base = firefoxBase('55', 'https://app.example.org/');
    a.beforeSendHeaders({ ...base, requestHeaders: [{ name: 'Cookie', value: 'a=1; b=2' }] });
    const head = a.headersReceived({
      ...base,
      statusCode: 200,
      statusLine: 'HTTP/2.0 200 OK',
      proxyInfo: null,
      ip: '192.0.2.1',
      fromCache: false,
      responseHeaders: [
        { name: 'content-type', value: 'text/html' },
        { name: 'set-cookie', value: 'a=1; Path=/\nb=2; HttpOnly; SameSite=Lax\r\n\nc=3' },
      ],
    } as never);
    expect(head).toEqual([{ kind: 'navigate', tabId: 3, url: 'https://app.example.org/' }]);
    const [e] = exchanges(a.completed({ ...base, statusCode: 200, fromCache: false } as never));
    expect(e?.setCookieHeaders).toEqual(['a=1; Path=/', 'b=2; HttpOnly; SameSite=Lax', 'c=3']);
    expect(e?.requestCookieHeader).toBe('a=1; b=2');
    expect(e?.pageUrl).toBe('https://app.example.org/');
  });

  it('marks responses from cache', () => {
    const a = new WebRequestAssembler();
    const base = firefoxBase('56', 'https://app.example.org/s.js', 'script');
    a.headersReceived({
      ...base,
      statusCode: 200,
      fromCache: true,
      responseHeaders: [{ name: 'Set-Cookie', value: 'z=1' }],
    });
    const [e] = exchanges(a.completed({ ...base, statusCode: 200, fromCache: true }));
    expect(e?.fromCache).toBe(true);
    expect(e?.initiatorType).toBe('script');
  });
});

describe('assembly into the store', () => {
  it('a cross-site navigation starts a new capture that holds the navigation itself', () => {
    const a = new WebRequestAssembler();
    const store = new TabCaptureStore();
    const apply = (actions: CaptureAction[]) => {
      for (const x of actions) {
        if (x.kind === 'navigate') store.navigate(x.tabId, x.url);
        else store.add(x.tabId, x.exchange);
      }
    };
    const page = (id: string, url: string) => {
      const b = chromeBase(id, url, 'main_frame');
      apply(a.beforeSendHeaders({ ...b, requestHeaders: [{ name: 'cookie', value: 'k=v' }] }));
      apply(a.headersReceived({ ...b, statusCode: 200, responseHeaders: [] }));
      apply(a.completed({ ...b, statusCode: 200 }));
    };
    const sub = (id: string, url: string) => {
      const b = chromeBase(id, url, 'xmlhttprequest');
      apply(a.beforeSendHeaders({ ...b, requestHeaders: [{ name: 'cookie', value: 'k=v' }] }));
      apply(a.completed({ ...b, statusCode: 200 }));
    };
    page('1', 'https://www.one.example/');
    sub('2', 'https://api.one.example/x');
    page('3', 'https://login.one.example/');
    expect(store.snapshot(7)?.exchanges.map((e) => e.id)).toEqual(['wr:1:0', 'wr:2:0', 'wr:3:0']);
    expect(store.snapshot(7)?.exchanges[1]?.pageUrl).toBe('https://www.one.example/');
    page('4', 'https://two.example/');
    expect(store.snapshot(7)?.exchanges.map((e) => e.id)).toEqual(['wr:4:0']);
  });
});

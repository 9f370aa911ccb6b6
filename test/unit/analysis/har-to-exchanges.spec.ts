import { describe, expect, it } from 'vitest';
import { entryToExchange } from '../../../src/core/har/entry-to-exchange.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';

const entry = (over: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-01-15T12:00:00.000Z',
  request: {
    method: 'GET',
    url: 'https://a.example.com/',
    headers: [{ name: 'Accept', value: '*/*' }],
    cookies: [],
  },
  response: { status: 200, headers: [{ name: 'Content-Type', value: 'text/html' }], cookies: [] },
  ...over,
});

describe('harToExchanges', () => {
  it('reads several Set-Cookie headers and Firefox\'s "\\n"-joined form, whatever the header case', () => {
    const r = harToExchanges({
      log: {
        creator: { name: 'Firefox' },
        entries: [
          entry({
            response: {
              status: 200,
              headers: [
                { name: 'set-cookie', value: 'a=1' },
                { name: 'Set-Cookie', value: 'b=2; Path=/\nc=3; HttpOnly' },
              ],
            },
            request: {
              method: 'post',
              url: 'https://a.example.com/x',
              headers: [{ name: 'COOKIE', value: 'z=9' }],
            },
          }),
        ],
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exchanges[0]?.setCookieHeaders).toEqual(['a=1', 'b=2; Path=/', 'c=3; HttpOnly']);
    expect(r.exchanges[0]?.requestCookieHeader).toBe('z=9');
    expect(r.exchanges[0]?.method).toBe('POST');
  });

  it('joins HTTP/2 split cookie headers and reads Authorization', () => {
    const ex = entryToExchange(
      entry({
        request: {
          url: 'https://a.example.com/',
          headers: [
            { name: 'cookie', value: 'a=1' },
            { name: 'cookie', value: 'b=2' },
            { name: 'authorization', value: 'Bearer x.y.z' },
          ],
        },
      }),
      { id: 'x' },
    );
    expect(ex?.requestCookieHeader).toBe('a=1; b=2');
    expect(ex?.authorizationHeader).toBe('Bearer x.y.z');
  });

  it('rebuilds Set-Cookie from response.cookies when the headers are missing, and marks it', () => {
    const ex = entryToExchange(
      entry({
        response: {
          status: 200,
          headers: [],
          cookies: [
            {
              name: 'sid',
              value: 'v',
              path: '/',
              httpOnly: true,
              secure: true,
              expires: '2030-01-01T00:00:00.000Z',
              sameSite: 'Lax',
            },
          ],
        },
      }),
      { id: 'x' },
    );
    expect(ex?.reconstructed).toBe(true);
    expect(ex?.setCookieHeaders).toEqual([
      'sid=v; Path=/; Expires=Tue, 01 Jan 2030 00:00:00 GMT; Secure; HttpOnly; SameSite=Lax',
    ]);
  });

  it('ignores Set-Cookie of cache hits and sorts by start time, numbering in time order', () => {
    const r = harToExchanges({
      log: {
        entries: [
          entry({ startedDateTime: '2026-01-15T12:00:02.000Z', request: { url: 'https://a.example.com/2' } }),
          entry({
            startedDateTime: '2026-01-15T12:00:01.000Z',
            _fromCache: 'disk',
            request: { url: 'https://a.example.com/1' },
            response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'a=1' }] },
          }),
        ],
      },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.exchanges.map((e) => [e.id, e.url])).toEqual([
      ['e1', 'https://a.example.com/1'],
      ['e2', 'https://a.example.com/2'],
    ]);
    expect(r.exchanges[0]?.fromCache).toBe(true);
    expect(r.exchanges[0]?.setCookieHeaders).toEqual([]);
  });

  it("keeps Set-Cookie of a 304 (browsers apply it) and drops a status-0 entry's (no response)", () => {
    const setCookie = { status: 304, headers: [{ name: 'Set-Cookie', value: 'a=1' }] };
    expect(entryToExchange(entry({ response: setCookie }), { id: 'x' })?.setCookieHeaders).toEqual(['a=1']);
    const failed = entryToExchange(entry({ response: { ...setCookie, status: 0 } }), { id: 'y' });
    expect(failed?.setCookieHeaders).toEqual([]);
    expect(failed?.fromCache).toBe(true);
  });

  it('gives each entry the URL of its page (pageref), for first- vs third-party', () => {
    const r = harToExchanges({
      log: {
        pages: [{ id: 'page_1', title: 'https://news.example.com/' }],
        entries: [
          entry({
            pageref: 'page_1',
            _resourceType: 'document',
            request: { url: 'https://news.example.com/' },
          }),
          entry({
            pageref: 'page_1',
            _resourceType: 'script',
            request: { url: 'https://ads.tracker.net/t.js' },
            response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'uid=1' }] },
          }),
        ],
      },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.exchanges.map((e) => e.pageUrl)).toEqual([
      'https://news.example.com/',
      'https://news.example.com/',
    ]);
  });

  it.each([
    [null, 'not-an-object'],
    [[1, 2], 'not-an-object'],
    [{ foo: 1 }, 'no-log'],
    [{ log: { entries: 'x' } }, 'no-entries'],
  ])('unusable input %j is an error value %s', (input, code) => {
    const r = harToExchanges(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it('detects a Chrome HAR saved without sensitive data and says how to export one', () => {
    const r = harToExchanges({
      log: {
        creator: { name: 'WebInspector', version: '537.36' },
        browser: { name: 'Chrome', version: '131.0.6778.86' },
        entries: [entry({ _resourceType: 'document' }), entry()],
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('har-without-cookies');
    expect(r.message).toMatch(/Allow to generate HAR with sensitive data/);
    expect(r.message).toMatch(/Save all as HAR \(with sensitive data\)/);
  });

  it('does not flag a Firefox HAR without cookies, nor an empty capture', () => {
    expect(harToExchanges({ log: { creator: { name: 'Firefox' }, entries: [entry()] } }).ok).toBe(true);
    expect(
      harToExchanges({
        log: { creator: { name: 'Firefox' }, entries: [entry({ _securityState: 'secure' })] },
      }).ok,
    ).toBe(true);
    expect(harToExchanges({ log: { creator: { name: 'WebInspector' }, entries: [] } }).ok).toBe(true);
  });

  it('skips entries without a usable URL instead of failing', () => {
    const r = harToExchanges({ log: { entries: [{}, null, entry()] } });
    if (!r.ok) throw new Error(r.message);
    expect(r.exchanges).toHaveLength(1);
    expect(r.skipped).toBe(2);
  });
});

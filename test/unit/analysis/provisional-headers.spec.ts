/**
 * Chromium's "Provisional headers are shown" (src/core/har/provisional-headers.ts): a request whose
 * headers as sent never reached DevTools. Which cookies it carried is unknown, never "none": the
 * adapter marks it, the analysis neither counts a send nor a jar mismatch, and the verdict, the report,
 * the HAR notes and the panel's own export all keep it unknown.
 */
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { entryToExchange } from '../../../src/core/har/entry-to-exchange.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';
import { hasOnlyProvisionalHeaders } from '../../../src/core/har/provisional-headers.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { exchangesToHar } from '../../../src/ui/panel/exchanges-to-har.ts';

const UA = { name: 'User-Agent', value: 'Mozilla/5.0 Chrome/156' };
/** What Chromium 156 recorded for the CSRF lesson's forged POST (tour, 2026-12-06): 7 headers, no Host. */
const PROVISIONAL = [
  { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
  { name: 'Origin', value: 'http://127.0.0.1:45349' },
  { name: 'Referer', value: 'http://127.0.0.1:45349/' },
  { name: 'Upgrade-Insecure-Requests', value: '1' },
  UA,
  { name: 'sec-ch-ua', value: '"Chromium";v="156"' },
  { name: 'sec-ch-ua-mobile', value: '?0' },
];

const entry = (url: string, headers: unknown[], over: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-12-06T10:00:00.000Z',
  request: { method: 'GET', url, headers, cookies: [] },
  response: { status: 200, headers: [] },
  ...over,
});

describe('hasOnlyProvisionalHeaders', () => {
  it('is true for the renderer-only list and false once a wire header is there', () => {
    expect(hasOnlyProvisionalHeaders(PROVISIONAL)).toBe(true);
    expect(hasOnlyProvisionalHeaders([UA, { name: 'Host', value: 'a.example' }])).toBe(false);
    expect(hasOnlyProvisionalHeaders([UA, { name: ':authority', value: 'a.example' }])).toBe(false);
    expect(hasOnlyProvisionalHeaders([UA, { name: 'COOKIE', value: 'a=1' }])).toBe(false);
  });

  it('takes hand-made lists (no User-Agent) and hostile input as they are', () => {
    expect(hasOnlyProvisionalHeaders([])).toBe(false);
    expect(hasOnlyProvisionalHeaders([{ name: 'Authorization', value: 'Bearer x' }])).toBe(false);
    expect(hasOnlyProvisionalHeaders(null)).toBe(false);
    expect(hasOnlyProvisionalHeaders('User-Agent')).toBe(false);
    expect(hasOnlyProvisionalHeaders([null, 7, { name: 42 }, UA])).toBe(true);
  });
});

describe('a request with provisional headers', () => {
  it('has an unknown Cookie header, unless it was a cache hit or the HAR cookies array says', () => {
    const url = 'https://a.example/x';
    expect(entryToExchange(entry(url, PROVISIONAL), { id: 'a' })?.cookieHeaderUnknown).toBe(true);
    expect(
      entryToExchange(entry(url, PROVISIONAL, { _fromCache: 'disk' }), { id: 'b' })?.cookieHeaderUnknown,
    ).toBeUndefined();
    const rebuilt = entryToExchange(
      entry(url, PROVISIONAL, {
        request: { method: 'GET', url, headers: PROVISIONAL, cookies: [{ name: 'sid', value: '1' }] },
      }),
      { id: 'c' },
    );
    expect(rebuilt?.requestCookieHeader).toBe('sid=1');
    expect(rebuilt?.cookieHeaderUnknown).toBeUndefined();
    const sent = entryToExchange(entry(url, [...PROVISIONAL, { name: 'Host', value: 'a.example' }]), {
      id: 'd',
    });
    expect(sent?.cookieHeaderUnknown).toBeUndefined();
  });

  it('counts no send and no jar mismatch, and its verdict and report say unknown', () => {
    const site = 'https://bank.example';
    const exchanges = [
      entryToExchange(
        entry(`${site}/login`, [UA, { name: 'Host', value: 'bank.example' }], {
          response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'sid=abc123; Path=/; Secure' }] },
        }),
        { id: 'e1', pageUrl: `${site}/` },
      ),
      entryToExchange(entry(`${site}/transfer`, PROVISIONAL), { id: 'e2', pageUrl: `${site}/` }),
      entryToExchange(entry(`${site}/account`, [UA, { name: 'Host', value: 'bank.example' }]), {
        id: 'e3',
        pageUrl: `${site}/`,
      }),
    ].map((ex) => {
      if (ex === null) throw new Error('entry not read');
      return ex;
    });
    const analysis = analyseExchanges(exchanges, { now: Date.UTC(2026, 11, 6) });
    // e3 is a real "not sent" (the jar would have sent sid): a mismatch. e2 is unknown: none.
    expect(analysis.mismatches.map((m) => `${m.exchange} ${m.kind} ${m.name}`)).toEqual(['e3 missing sid']);
    expect(analysis.verdicts.get('e2')).toMatchObject({ sent: [], sentTotal: 0, sentUnknown: true });
    expect(analysis.verdicts.get('e3')?.sentUnknown).toBe(false);
    const report = buildReport(analysis, { exchanges });
    expect(report.requests.map((r) => r.cookieHeaderUnknown ?? false)).toEqual([false, true, false]);
  });

  it('is said in the HAR notes and survives the panel export and a re-import', () => {
    const har = {
      log: {
        creator: { name: 'WebInspector' },
        entries: [
          entry('https://a.example/', [
            UA,
            { name: 'Host', value: 'a.example' },
            { name: 'Cookie', value: 'a=1' },
          ]),
          entry('https://a.example/app.css', PROVISIONAL),
          entry('https://a.example/app.js', PROVISIONAL),
        ],
      },
    };
    const first = harToExchanges(har);
    if (!first.ok) throw new Error(first.message);
    expect(first.notes.filter((n) => n.includes('provisional'))).toEqual([
      `2 requests have only the browser's provisional request headers (Chromium's "Provisional headers are shown"): which cookies they sent is unknown`,
    ]);
    const again = harToExchanges(exchangesToHar(first.exchanges));
    if (!again.ok) throw new Error(again.message);
    expect(again.exchanges.map((ex) => ex.cookieHeaderUnknown === true)).toEqual([false, true, true]);
    expect(again.exchanges[0]?.requestCookieHeader).toBe('a=1');
  });
});

/** docs/architecture.md §9: the adapter and the engine never throw, whatever a HAR file or a live entry holds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { entryToExchange } from '../../../src/core/har/entry-to-exchange.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';

const header = fc.record({
  name: fc.oneof(
    fc.constantFrom('Set-Cookie', 'set-cookie', 'Cookie', 'cookie', 'Authorization'),
    fc.string(),
  ),
  value: fc.oneof(
    fc.string(),
    fc.constantFrom(
      'sid=1; Secure',
      '__Host-x=1; Domain=a.com',
      'a=1\nb=2; HttpOnly',
      'Bearer eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.',
      `big=${'x'.repeat(5000)}`,
      'isAdmin=1',
    ),
  ),
});
const entry = fc.record(
  {
    startedDateTime: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.string()),
    pageref: fc.string(),
    _fromCache: fc.constantFrom(undefined, 'disk'),
    request: fc.record({
      method: fc.oneof(fc.constantFrom('GET', 'POST'), fc.string()),
      url: fc.oneof(
        fc.constantFrom('https://a.example.com/login', 'http://b.example/x', 'https://[::1]:8/'),
        fc.string(),
      ),
      headers: fc.array(header, { maxLength: 6 }),
    }),
    response: fc.record({
      status: fc.oneof(fc.integer(), fc.constant(302)),
      headers: fc.array(header, { maxLength: 6 }),
    }),
  },
  { requiredKeys: [] },
);

describe('hostile input', () => {
  it('harToExchanges + analysis + report never throw', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const r = harToExchanges({ log: { creator: { name: 'Firefox' }, entries } });
        if (!r.ok) return;
        const report = buildReport(analyseExchanges(r.exchanges, { now: 0 }));
        expect(report.exchanges).toBe(r.exchanges.length);
      }),
      { numRuns: 300 },
    );
  });

  it('entryToExchange returns null (not a throw) for anything that is not an entry', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const ex = entryToExchange(x, { id: 'e1' });
        expect(ex === null || typeof ex.url === 'string').toBe(true);
      }),
    );
  });

  it('harToExchanges returns an error value for any non-HAR JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        const r = harToExchanges(x);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

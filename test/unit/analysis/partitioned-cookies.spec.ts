import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { rejectMessage } from '../../../src/core/cookie/reject-messages.ts';
import { buildReport } from '../../../src/core/report/build-report.ts';
import { findingMessage } from '../../../src/core/rules/finding-message.ts';
import { capture } from '../rules/helpers.ts';

const W = 'https://widget.example/frame';
const A = 'https://www.a.example/shop';
const B = 'https://b.example/';
const chip = (v: string) => `chip=${v}; Secure; Path=/; SameSite=None; Partitioned`;

describe('partitioned (CHIPS) cookies in a capture', () => {
  it('keeps one story per top-level site for the same Partitioned cookie', () => {
    const a = analyseExchanges(
      capture([
        // The same embedded widget under two top-level sites sets "the same" cookie twice.
        { url: W, page: A, type: 'iframe', set: [chip('A')] },
        { url: W, page: B, type: 'iframe', set: [chip('B')] },
        // Each partition's cookie goes back only under its own top-level site.
        { url: W, page: `${A}/other`, type: 'iframe', cookie: 'chip=A' },
        { url: W, page: B, type: 'iframe', cookie: 'chip=B' },
        // Under a third site the widget has no cookie, and the jar agrees.
        { url: W, page: 'https://c.example/', type: 'iframe', cookie: null },
      ]),
    );
    const chips = a.cookies.filter((c) => c.name === 'chip');
    expect(chips.map((c) => [c.partitionKey, c.value, c.setBy, c.sentOn])).toEqual([
      ['https://a.example', 'A', ['e1'], ['e3']],
      ['https://b.example', 'B', ['e2'], ['e4']],
    ]);
    expect(new Set(chips.map((c) => c.key)).size).toBe(2);
    expect(chips.every((c) => c.partitioned && c.domain === 'widget.example' && c.path === '/')).toBe(true);
    expect(chips[0]?.events.map((e) => `${e.type}:${e.exchange}`)).toEqual(['set:e1', 'sent:e3']);
    expect(chips[1]?.events.map((e) => `${e.type}:${e.exchange}`)).toEqual(['set:e2', 'sent:e4']);
    expect(a.mismatches).toEqual([]);
    // The JSON report names each cookie's partition (docs/architecture.md §2 CookieKey includes it).
    const reported = buildReport(a).cookies.filter((c) => c.name === 'chip');
    expect(reported.map((c) => c.partitionKey)).toEqual(['https://a.example', 'https://b.example']);
  });

  it('sees a cookie of the wrong partition as a mismatch, not as the other story', () => {
    const a = analyseExchanges(
      capture([
        { url: W, page: A, type: 'iframe', set: [chip('A')] },
        // Under b.example the browser could not have sent the a.example partition's cookie.
        { url: W, page: B, type: 'iframe', cookie: 'chip=A' },
      ]),
    );
    expect(a.mismatches).toEqual([{ exchange: 'e2', name: 'chip', kind: 'unexpected' }]);
    const partitioned = a.cookies.find((c) => c.name === 'chip' && c.partitionKey === 'https://a.example');
    expect(partitioned?.sentOn).toEqual([]);
  });

  it('keys a first-party Partitioned cookie by the page site; unpartitioned keys are unchanged', () => {
    const a = analyseExchanges(
      capture([{ url: 'https://app.site.example/', set: [chip('1'), 'plain=1; Secure; Path=/'] }]),
    );
    const c = a.cookies.find((x) => x.name === 'chip');
    expect(c?.partitionKey).toBe('https://site.example');
    expect(c?.key).toBe('chip\tapp.site.example\t/\thttps://site.example');
    expect(a.cookies.find((x) => x.name === 'plain')?.key).toBe('plain\tapp.site.example\t/');
    expect(a.cookies.find((x) => x.name === 'plain')?.partitionKey).toBeNull();
  });

  it('shows Partitioned without Secure as a rejected flow event with its reason', () => {
    const a = analyseExchanges(
      capture([
        { url: W, page: A, type: 'iframe', set: ['chip=1; Path=/; SameSite=None; Secure'] },
        {
          url: 'https://app.site.example/',
          set: ['nosec=1; Path=/; Partitioned'],
        },
      ]),
    );
    const c = a.cookies.find((x) => x.name === 'nosec');
    expect(c?.state).toBe('rejected');
    expect(c?.events[0]).toMatchObject({ type: 'rejected', reason: 'partitioned-insecure', exchange: 'e2' });
    expect(rejectMessage(c?.events[0]?.reason ?? '')).toMatch(/Partitioned.*Secure/);
    // No rejection is silent (issue #12): `rejected-other` reports it with the jar's reason.
    const f = a.findings.filter((x) => x.rule.startsWith('rejected-') && x.cookie?.name === 'nosec');
    expect(f.map((x) => x.rule)).toEqual(['rejected-other']);
    expect(f[0]?.rejectReason).toBe('partitioned-insecure');
    expect(f[0] && findingMessage(f[0])).toMatch(/^nosec was rejected by the browser: a Partitioned.*Secure/);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseExchanges } from '../../../src/core/analysis/analyzer.ts';
import { entryDestination } from '../../../src/core/har/entry-destination.ts';
import { planNavigations, redirectTarget } from '../../../src/core/har/har-navigation.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';
import type { HarEntry } from '../../../src/core/har/har-types.ts';

type H = { name: string; value: string };
let clock = Date.parse('2018-04-20T10:00:00.000Z');

function e(
  url: string,
  status: number,
  headers: H[] = [],
  over: { method?: string; req?: H[]; pageref?: string; extra?: Record<string, unknown> } = {},
): HarEntry {
  clock += 100;
  return {
    ...(over.pageref !== undefined ? { pageref: over.pageref } : { pageref: 'page_1' }),
    startedDateTime: new Date(clock).toISOString(),
    request: { method: over.method ?? 'GET', url, headers: over.req ?? [] },
    response: { status, headers },
    ...over.extra,
  } as HarEntry;
}

const html = { name: 'Content-Type', value: 'text/html; charset=utf-8' };
const loc = (to: string) => ({ name: 'Location', value: to });
const set = (v: string) => ({ name: 'Set-Cookie', value: v });

function audit(entries: HarEntry[], creator = 'chrome-har') {
  const r = harToExchanges({
    log: { creator: { name: creator }, pages: [{ id: 'page_1', title: 'Home run 1' }], entries },
  });
  if (!r.ok) throw new Error(r.message);
  return { exchanges: r.exchanges, analysis: analyseExchanges(r.exchanges, { now: clock }) };
}

describe('navigations through redirects (HAR without _resourceType)', () => {
  it('mousel.lu: a 301 to another site makes the target the page, and its PHPSESSID is kept', () => {
    // sitespeedio/pagexray mousel.lu.har (chrome-har 0.3.2, Chrome 66): no _resourceType, no Sec-Fetch-*.
    const { exchanges, analysis } = audit([
      e('http://www.mousel.lu/', 301, [loc('http://www.brasseriedeluxembourg.lu')]),
      e('http://www.brasseriedeluxembourg.lu/', 200, [
        html,
        set('PHPSESSID=0sq90dqt0uonnasahl67ikosd0; path=/'),
        set('BIGipServerPOOL-www.brasseriedeluxembourg.lu=1510312970.20480.0000; path=/'),
      ]),
      e('http://www.brasseriedeluxembourg.lu/compiled/css/website-styles.1446243967.css', 200, [
        { name: 'Content-Type', value: 'text/css' },
      ]),
    ]);
    expect(exchanges.map((x) => x.initiatorType)).toEqual(['document', 'document', undefined]);
    expect(exchanges.map((x) => x.pageUrl)).toEqual(Array(3).fill('http://www.brasseriedeluxembourg.lu/'));
    const php = analysis.cookies.find((c) => c.name === 'PHPSESSID');
    expect(php?.state).toBe('live');
    expect(analysis.cookies.filter((c) => c.state === 'rejected')).toEqual([]);
  });

  it('the nearest negative: the same 200 fetched as a cross-site subresource still loses its Lax-default cookie', () => {
    const { analysis } = audit([
      e('http://www.mousel.lu/', 200, [html]),
      e('http://www.brasseriedeluxembourg.lu/pixel', 200, [
        { name: 'Content-Type', value: 'image/gif' },
        set('PHPSESSID=x; path=/'),
      ]),
    ]);
    expect(analysis.cookies.find((c) => c.name === 'PHPSESSID')?.state).toBe('rejected');
  });

  it('a login round trip through an SSO host: every hop is a navigation, no cookie is cross-site', () => {
    const { exchanges, analysis } = audit(
      [
        e('https://app.example/login', 302, [loc('https://sso.idp.test/authorize?client=app')], {
          pageref: '',
        }),
        e(
          'https://sso.idp.test/authorize?client=app',
          302,
          [
            loc('https://app.example/callback?code=1'),
            set('idp_session=abc; Secure; HttpOnly; SameSite=Lax'),
          ],
          { pageref: '' },
        ),
        e(
          'https://app.example/callback?code=1',
          302,
          [loc('/home'), set('app_session=def; Secure; HttpOnly; SameSite=Strict')],
          { pageref: '' },
        ),
        e('https://app.example/home', 200, [html], { pageref: '' }),
        e('https://app.example/app.js', 200, [], { pageref: '' }),
      ].map((x) => {
        delete (x as { pageref?: string }).pageref;
        return x;
      }),
      'Charles Proxy',
    );
    expect(exchanges.map((x) => x.initiatorType)).toEqual([
      'document',
      'document',
      'document',
      'document',
      undefined,
    ]);
    expect(new Set(exchanges.map((x) => x.pageUrl))).toEqual(new Set(['https://app.example/home']));
    expect(analysis.cookies.map((c) => [c.name, c.state]).sort()).toEqual([
      ['app_session', 'live'],
      ['idp_session', 'live'],
    ]);
  });

  it('a 302 beacon in the middle of a page is not a navigation', () => {
    const { exchanges } = audit([
      e('https://www.linkedin.com/', 200, [html]),
      e('https://sb.scorecardresearch.com/b?c1=2', 302, [loc('https://sb.scorecardresearch.com/b2?c1=2')]),
      e('https://sb.scorecardresearch.com/b2?c1=2', 204, []),
    ]);
    expect(exchanges.map((x) => x.initiatorType)).toEqual(['document', undefined, undefined]);
    expect(exchanges.map((x) => x.pageUrl)).toEqual(Array(3).fill('https://www.linkedin.com/'));
  });

  it('follows response.redirectURL and relative or protocol-relative Location headers', () => {
    const base = e('https://a.example/x', 302, []);
    (base.response as { redirectURL?: string }).redirectURL = '//b.example/y#frag';
    expect(redirectTarget(base)).toBe('https://b.example/y');
    expect(redirectTarget(e('https://a.example/x/', 301, [loc('../z')]))).toBe('https://a.example/z');
    expect(redirectTarget(e('https://a.example/x', 200, [loc('/z')]))).toBeNull();
  });

  it('a navigation that got no response does not change the page (mitmproxy chrome.har www.google.com, status 0)', () => {
    const plan = planNavigations([
      e('https://mitmproxy.org/', 304, [html], {
        extra: { _resourceType: 'document', _initiator: { type: 'other' } },
      }),
      e('https://www.google.com/', 0, [], {
        extra: { _resourceType: 'document', _initiator: { type: 'other' } },
      }),
    ]);
    expect(plan.types).toEqual(['document', 'document']);
    expect(plan.pages).toEqual(['https://mitmproxy.org/', 'https://mitmproxy.org/']);
  });
});

describe('entryDestination', () => {
  it('Sec-Fetch-Dest decides; Chrome documents with a frame initiator are frames', () => {
    const dest = (v: string) =>
      e('https://a.example/', 200, [], { req: [{ name: 'sec-fetch-dest', value: v }] });
    expect(entryDestination(dest('document'))).toBe('document');
    expect(entryDestination(dest('iframe'))).toBe('subdocument');
    expect(entryDestination(dest('image'))).toBe('other');
    // ferguson.har (chrome-har 0.12): _initiator is the frame's parent script URL.
    expect(
      entryDestination(
        e('https://x.test/', 200, [], {
          extra: { _resourceType: 'document', _initiator: 'https://tags.bkrtx.com/js/bk.js' },
        }),
      ),
    ).toBe('subdocument');
    expect(
      entryDestination(
        e('https://x.test/', 200, [], { extra: { _resourceType: 'document', _initiator: '' } }),
      ),
    ).toBe('document');
    expect(
      entryDestination(
        e('https://x.test/', 200, [], {
          extra: { _resourceType: 'document', _initiator: { type: 'parser' } },
        }),
      ),
    ).toBe('subdocument');
    expect(entryDestination(e('https://x.test/', 200, [], { extra: { _resourceType: 'xhr' } }))).toBe(
      'other',
    );
    expect(entryDestination(e('https://x.test/', 200, []))).toBe('unknown');
  });

  it('a cross-site iframe (Sec-Fetch-Dest: iframe) is a third-party context: Lax-default cookies rejected', () => {
    const { exchanges, analysis } = audit([
      e('https://www.ferguson.com/', 200, [html], { req: [{ name: 'sec-fetch-dest', value: 'document' }] }),
      e('https://nebula-cdn.kampyle.com/form', 200, [html, set('kmp=1; path=/')], {
        req: [{ name: 'sec-fetch-dest', value: 'iframe' }],
        extra: { _resourceType: 'document' },
      }),
    ]);
    expect(exchanges.map((x) => x.initiatorType)).toEqual(['document', 'subdocument']);
    expect(analysis.cookies.find((c) => c.name === 'kmp')?.state).toBe('rejected');
  });
});

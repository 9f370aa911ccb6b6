import { describe, expect, it } from 'vitest';
import { chromeMajor, cookielessExport } from '../../../src/core/har/har-sensitive-data.ts';
import { harToExchanges } from '../../../src/core/har/har-to-exchanges.ts';
import { auditHar } from '../../../src/core/report/audit.ts';

const UA60 =
  'Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.90 Safari/537.36';
const UA131 =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const entry = (headers: { name: string; value: string }[] = [], setCookie?: string) => ({
  startedDateTime: '2017-08-17T19:42:34.327Z',
  request: { method: 'GET', url: 'https://www.mozilla.org/en-US/firefox/new/', headers, cookies: [] },
  response: {
    status: 200,
    headers: [
      { name: 'content-type', value: 'text/html; charset=utf-8' },
      ...(setCookie ? [{ name: 'set-cookie', value: setCookie }] : []),
    ],
    cookies: [],
  },
});

const chromeLog = (ua: string, browser?: { name: string; version: string }) => ({
  creator: { name: 'WebInspector', version: '537.36' },
  ...(browser ? { browser } : {}),
  entries: [entry([{ name: 'user-agent', value: ua }])],
});

describe('cookieless exports', () => {
  it('a Chrome 60 export of a site that set no cookie audits, with a note (gtzampanakis www.mozilla.org.har)', async () => {
    const r = harToExchanges({ log: chromeLog(UA60) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cookielessExport).toMatchObject({ tool: 'Chrome 60', verdict: 'kept' });
    expect(r.notes).toEqual([
      expect.stringMatching(/no Cookie or Set-Cookie header.*Chrome 60 kept cookies/),
      // Its one request has a User-Agent and no Host: Chromium's provisional headers (as in 21 of the
      // real file's 24 entries), so what it sent is unknown (provisional-headers.ts).
      expect.stringMatching(/^1 request has only the browser's provisional request headers/),
    ]);
    const audit = await auditHar({ log: chromeLog(UA60) }, { now: 0, skipWeakSecrets: true });
    expect(audit.ok && audit.notes).toEqual(r.notes);
  });

  it('a Chrome 131 export without cookies is still refused with the how-to', () => {
    for (const log of [chromeLog(UA131), chromeLog(UA60, { name: 'Chrome', version: '131.0.6778.86' })]) {
      const r = harToExchanges({ log });
      expect(r).toMatchObject({ ok: false, code: 'har-without-cookies' });
      if (!r.ok) expect(r.message).toMatch(/Allow to generate HAR with sensitive data/);
    }
  });

  it('log.browser wins over the User-Agent; HeadlessChrome and Edge count as Chrome', () => {
    expect(chromeMajor({ browser: { name: 'Chrome', version: '66.0.3359.117' } }, [])).toBe(66);
    expect(chromeMajor({ browser: { name: 'Firefox', version: '111.0.1' } }, [])).toBeNull();
    expect(chromeMajor({}, [entry([{ name: 'User-Agent', value: 'x HeadlessChrome/156.0.0.0 y' }])])).toBe(
      156,
    );
    expect(chromeMajor({}, [entry([{ name: 'User-Agent', value: 'Mozilla/5.0 Firefox/111.0' }])])).toBeNull();
  });

  it("a Chrome export of unknown version runs with Chrome's how-to as a note", () => {
    const r = harToExchanges({ log: { creator: { name: 'WebInspector' }, entries: [entry()] } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.notes[0]).toMatch(/If it came from Chrome 130 or later: .*with sensitive data/);
  });

  it('Firefox without any cookie header gets a note, not a silent all-clear (mitmproxy firefox.har)', () => {
    const log = {
      creator: { name: 'Firefox', version: '111.0.1' },
      browser: { name: 'Firefox', version: '111.0.1' },
      entries: [
        entry([{ name: 'User-Agent', value: 'Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Firefox/111.0' }]),
      ],
    };
    const r = harToExchanges({ log });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cookielessExport).toMatchObject({ tool: 'Firefox 111', verdict: 'unknown' });
    expect(r.notes[0]).toMatch(/Save All As HAR/);
  });

  it('other tools are named and told to check their export (chrome-har never strips: no Chrome how-to)', () => {
    for (const name of ['Charles Proxy', 'chrome-har', 'Playwright']) {
      const r = harToExchanges({ log: { creator: { name, version: '1' }, entries: [entry()] } });
      expect(r.ok).toBe(true);
      if (r.ok)
        expect(r.notes).toEqual([
          expect.stringContaining(`check that ${name}'s HAR export includes cookies`),
        ]);
    }
  });

  it('no note when any cookie was captured, or when there are no headers at all', () => {
    const withCookie = { creator: { name: 'Firefox' }, entries: [entry([], 'a=1')] };
    expect(cookielessExport(withCookie, withCookie.entries)).toBeNull();
    const r = harToExchanges({ log: withCookie });
    expect(r.ok && r.notes).toEqual([]);
    const bare = {
      creator: { name: 'Firefox' },
      entries: [{ request: { url: 'https://a.example/' }, response: {} }],
    };
    expect(cookielessExport(bare, bare.entries)).toBeNull();
  });
});

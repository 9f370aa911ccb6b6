import { describe, expect, test } from 'vitest';
import type { Exchange } from '../../../src/core/model';
import { PageStart } from '../../../src/ui/panel/page-start';

let n = 0;
function ex(url: string, initiatorType: string | undefined = 'document', status = 200): Exchange {
  n++;
  return {
    id: `r${n}`,
    startedAt: 1_700_000_000_000 + n,
    url,
    method: 'GET',
    status,
    pageUrl: null,
    requestCookieHeader: null,
    setCookieHeaders: [],
    ...(initiatorType === undefined ? {} : { initiatorType }),
  };
}

const HOME = 'https://shop.example/';

describe('PageStart: where the new page starts when DevTools reports a navigation', () => {
  test('the event after the document: the log is cut at the new document', () => {
    const start = new PageStart();
    const log = [
      ex('https://old.example/'),
      ex('https://old.example/a.js', 'script'),
      ex(HOME),
      ex(`${HOME}app.js`, 'script'),
    ];
    expect(start.navigated(log, HOME)).toBe(2);
  });

  test('the event before the document: nothing of the new page yet, the log is cleared', () => {
    const start = new PageStart();
    const log = [ex('https://old.example/'), ex('https://old.example/a.js', 'script')];
    expect(start.navigated(log, HOME)).toBe(log.length);
  });

  test('a reload whose event comes first does not keep the previous load (same URL)', () => {
    const start = new PageStart();
    // First load: the event after its document, which is claimed.
    const first = [ex(HOME), ex(`${HOME}app.js`, 'script')];
    expect(start.navigated(first, HOME)).toBe(0);
    // The reload's onNavigated arrives before its document: the earlier document is the old page's.
    expect(start.navigated(first, HOME)).toBe(first.length);
    // Its document arrives, then a second reload whose event again comes first.
    const reloadDoc = ex(HOME);
    start.added(reloadDoc);
    const log = [reloadDoc, ex(`${HOME}app.js`, 'script')];
    expect(start.navigated(log, HOME)).toBe(log.length);
  });

  test('a reload whose event comes after its document keeps exactly the new load', () => {
    const start = new PageStart();
    const old = ex(HOME);
    start.claim(old);
    const log = [old, ex(`${HOME}app.js`, 'script'), ex(HOME), ex(`${HOME}app.js`, 'script')];
    expect(start.navigated(log, HOME)).toBe(2);
  });

  test('the page the panel opened on (claimed from the backfill) is the old page on a reload', () => {
    const start = new PageStart();
    const doc = ex(HOME);
    start.claim(doc);
    expect(start.navigated([doc, ex(`${HOME}app.js`, 'script')], HOME)).toBe(2);
  });

  test('the redirect hops that led to the new document stay, not those of the previous page', () => {
    const start = new PageStart();
    const hop1 = ex('http://shop.example/', 'document', 301);
    const doc1 = ex(HOME);
    const log1 = [hop1, doc1];
    expect(start.navigated(log1, HOME)).toBe(0);
    // A reload through the same redirect, its event after the document.
    const log2 = [...log1, ex('http://shop.example/', 'document', 301), ex(HOME)];
    expect(start.navigated(log2, HOME)).toBe(2);
    // A reload whose event comes first stops at the claimed document: the old hop is not taken.
    expect(start.navigated(log2, HOME)).toBe(log2.length);
  });

  test('a form POST that navigates is the new document, whenever it started', () => {
    const start = new PageStart();
    const evil = ex('http://127.0.0.1:3001/evil');
    expect(start.navigated([evil], 'http://127.0.0.1:3001/evil')).toBe(0);
    const post = { ...ex('http://localhost:3000/transfer'), method: 'POST', startedAt: evil.startedAt - 5 };
    expect(start.navigated([evil, post], 'http://localhost:3000/transfer')).toBe(1);
  });

  test('Firefox entries without a resource type: the URL marks the document', () => {
    const start = new PageStart();
    const log = [ex('https://old.example/', undefined), ex(HOME, undefined), ex(`${HOME}app.js`, undefined)];
    expect(start.navigated(log, HOME)).toBe(1);
  });

  test('after a reset nothing is claimed: the latest document with the URL starts the page', () => {
    const start = new PageStart();
    const doc = ex(HOME);
    start.claim(doc);
    start.reset();
    expect(start.navigated([doc, ex(`${HOME}app.js`, 'script')], HOME)).toBe(0);
  });
});

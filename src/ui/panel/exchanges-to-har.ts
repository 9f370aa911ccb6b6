/**
 * Captured exchanges → a HAR 1.2 document (http://www.softwareishard.com/blog/har-12-spec/) WITH the
 * cookie headers, so `cookie-lens audit` and other tools can read what the panel saw. Only what an
 * Exchange holds is written; timings and bodies are not captured, so they are the spec's "-1"/empty.
 */
import type { Exchange } from '../../core/model';
import { VERSION } from '../../core/version';

interface HarHeaderOut {
  name: string;
  value: string;
}

function requestHeaders(ex: Exchange): HarHeaderOut[] {
  const h: HarHeaderOut[] = [];
  if (ex.requestCookieHeader !== null) h.push({ name: 'Cookie', value: ex.requestCookieHeader });
  if (ex.authorizationHeader) h.push({ name: 'Authorization', value: ex.authorizationHeader });
  return h;
}

function iso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

export function exchangesToHar(exchanges: readonly Exchange[]): object {
  const pages: { startedDateTime: string; id: string; title: string; pageTimings: object }[] = [];
  const pageIds = new Map<string, string>();
  const entries = exchanges.map((ex) => {
    let pageref: string | undefined;
    if (ex.pageUrl) {
      pageref = pageIds.get(ex.pageUrl);
      if (pageref === undefined) {
        pageref = `page_${pageIds.size + 1}`;
        pageIds.set(ex.pageUrl, pageref);
        pages.push({ startedDateTime: iso(ex.startedAt), id: pageref, title: ex.pageUrl, pageTimings: {} });
      }
    }
    return {
      ...(pageref ? { pageref } : {}),
      // The request headers were provisional: a re-import (entry-to-exchange.ts) keeps "unknown".
      ...(ex.cookieHeaderUnknown === true ? { _cookieHeaderUnknown: true } : {}),
      startedDateTime: iso(ex.startedAt),
      time: -1,
      request: {
        method: ex.method,
        url: ex.url,
        httpVersion: '',
        headers: requestHeaders(ex),
        cookies: [],
        queryString: [],
        headersSize: -1,
        bodySize: -1,
      },
      response: {
        status: ex.status,
        statusText: '',
        httpVersion: '',
        headers: ex.setCookieHeaders.map((value) => ({ name: 'Set-Cookie', value })),
        cookies: [],
        content: { size: 0, mimeType: '' },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: 0, receive: 0 },
      ...(ex.initiatorType ? { _resourceType: ex.initiatorType } : {}),
      ...(ex.fromCache ? { _fromCache: 'memory' } : {}),
    };
  });
  return { log: { version: '1.2', creator: { name: 'Cookie Lens', version: VERSION }, pages, entries } };
}

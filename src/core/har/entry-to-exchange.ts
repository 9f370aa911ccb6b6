/**
 * One HAR entry → one `Exchange` (docs/architecture.md §2). Used for saved HAR files and for live
 * `chrome.devtools.network.onRequestFinished` entries, which have the same shape. Never throws: an entry
 * without a usable request URL gives null.
 */

import { cookieHeader, headerValue, setCookieLines } from '../http/header-fields';
import type { Exchange } from '../model';
import { entryDestination } from './entry-destination';
import { cookieHeaderFromHar, setCookiesFromHar, unknownAttributesFromHar } from './har-cookie-rebuild';
import { csrfTokensOf } from './har-csrf-tokens';
import type { HarEntry } from './har-types';
import { recoverUtf8 } from './latin1-utf8';
import { hasOnlyProvisionalHeaders } from './provisional-headers';

/** An Exchange plus what the adapter had to guess. */
export interface HarExchange extends Exchange {
  /** Set-Cookie / Cookie were rebuilt from HAR `cookies` arrays because the raw headers were missing. */
  reconstructed?: boolean;
  /**
   * Set-Cookie attributes the rebuild could not know (the HAR cookie objects did not record them), e.g.
   * `['HttpOnly', 'Secure']` for BrowserMob: "unknown", never "absent". Only on rebuilt exchanges.
   */
  unknownAttributes?: string[];
  /**
   * Cookie header values read as Latin-1 by the exporter (Chromium) and recovered as UTF-8, and those
   * whose non-ASCII bytes are not valid UTF-8 (kept as they were). Absent when all were plain.
   */
  encoding?: { recovered: number; notUtf8: number };
}

export interface EntryOptions {
  id: string;
  /** URL of the top-level page this entry belongs to, when the caller knows it. */
  pageUrl?: string | null;
  /** Start time already parsed by the caller (epoch ms), to skip parsing it twice. */
  startedAt?: number;
  /** The caller's verdict from the whole file (a redirect hop of a navigation is a `document`). */
  initiatorType?: string;
}

export const MAX_URL_CHARS = 64 * 1024;

function parseTime(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
}

/**
 * `document` only for a top-level navigation, `subdocument` for a frame (Sec-Fetch-Dest, or Chrome's
 * `_resourceType: 'document'` with a frame initiator), else Chrome's `_resourceType` ('xhr', …).
 */
function initiatorType(entry: HarEntry): string | undefined {
  const dest = entryDestination(entry);
  if (dest === 'document' || dest === 'subdocument') return dest;
  if (typeof entry._resourceType === 'string' && entry._resourceType !== '') return entry._resourceType;
  return undefined;
}

export function entryToExchange(entry: unknown, opts: EntryOptions): HarExchange | null {
  if (!entry || typeof entry !== 'object') return null;
  const e = entry as HarEntry;
  const req = e.request && typeof e.request === 'object' ? e.request : null;
  const res = e.response && typeof e.response === 'object' ? e.response : null;
  if (!req || typeof req.url !== 'string' || req.url === '' || req.url.length > MAX_URL_CHARS) return null;

  const status = res && typeof res.status === 'number' && Number.isFinite(res.status) ? res.status : 0;
  // Chrome marks memory/disk cache hits with `_fromCache`: nothing reached the network, so no Set-Cookie
  // from the entry was processed (the HAR repeats the cached headers). Status 0 = no response at all.
  const fromCache = (typeof e._fromCache === 'string' && e._fromCache !== '') || status === 0;

  let reconstructed = false;
  let unknownAttributes: string[] = [];
  let setCookieHeaders = res ? setCookieLines(res.headers) : [];
  if (setCookieHeaders.length === 0 && res) {
    setCookieHeaders = setCookiesFromHar(res.cookies);
    if (setCookieHeaders.length > 0) {
      reconstructed = true;
      unknownAttributes = unknownAttributesFromHar(res.cookies);
    }
  }
  let requestCookieHeader = cookieHeader(req.headers);
  if (requestCookieHeader === null) {
    requestCookieHeader = cookieHeaderFromHar(req.cookies);
    if (requestCookieHeader !== null) reconstructed = true;
  }
  // Chromium's HAR holds header bytes decoded as Latin-1: recover UTF-8 where the bytes say so.
  const encoding = { recovered: 0, notUtf8: 0 };
  const fix = (v: string): string => {
    const r = recoverUtf8(v);
    if (r.kind === 'recovered') encoding.recovered++;
    else if (r.kind === 'not-utf8') encoding.notUtf8++;
    return r.text;
  };
  setCookieHeaders = setCookieHeaders.map(fix);
  if (requestCookieHeader !== null) requestCookieHeader = fix(requestCookieHeader);
  const authorization = headerValue(req.headers, 'authorization');
  const type = opts.initiatorType ?? initiatorType(e);
  let pageUrl = opts.pageUrl ?? null;
  if (pageUrl === null && type === 'document') pageUrl = req.url;

  const exchange: HarExchange = {
    id: opts.id,
    startedAt: opts.startedAt ?? parseTime(e.startedDateTime),
    url: req.url,
    method: typeof req.method === 'string' && req.method !== '' ? req.method.toUpperCase() : 'GET',
    status,
    pageUrl,
    requestCookieHeader,
    setCookieHeaders: fromCache ? [] : setCookieHeaders,
    authorizationHeader: authorization,
  };
  if (type !== undefined) exchange.initiatorType = type;
  const csrfTokens = csrfTokensOf(req.url, req.headers);
  if (csrfTokens.length > 0) exchange.csrfTokens = csrfTokens;
  if (fromCache) exchange.fromCache = true;
  if (reconstructed) exchange.reconstructed = true;
  // A cache hit sent nothing: known. Otherwise no Cookie header in a provisional list is unknown.
  if (
    requestCookieHeader === null &&
    !fromCache &&
    (e._cookieHeaderUnknown === true || hasOnlyProvisionalHeaders(req.headers))
  )
    exchange.cookieHeaderUnknown = true;
  if (unknownAttributes.length > 0 && !fromCache) exchange.unknownAttributes = unknownAttributes;
  if (encoding.recovered + encoding.notUtf8 > 0) exchange.encoding = encoding;
  return exchange;
}

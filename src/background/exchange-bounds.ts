/**
 * Bounding one captured exchange before it is kept (docs/architecture.md §9 bounded memory). Header values are
 * attacker-controlled and can be megabytes; storage.session has a 10 MB quota in Chrome, so every
 * string is capped and the cut is recorded rather than silently hidden.
 */
import type { Exchange } from '../core/model';

/** What was cut from an exchange, so the UI can say "value truncated" instead of judging a stub. */
export type TruncatedField =
  | 'url'
  | 'pageUrl'
  | 'cookie'
  | 'set-cookie'
  | 'set-cookie-count'
  | 'authorization';

export interface ExchangeBounds {
  /** Cap on any one header value, URL or page URL, in UTF-16 code units (HTTP header bytes map 1:1). */
  maxHeaderChars: number;
  /** Cap on Set-Cookie lines kept from one response (a real response sends a handful). */
  maxSetCookieLines: number;
}

export const DEFAULT_EXCHANGE_BOUNDS: ExchangeBounds = {
  maxHeaderChars: 16 * 1024,
  maxSetCookieLines: 256,
};

/** Short free-form fields (id, method, initiator type) never need more than this. */
const MAX_SHORT_CHARS = 256;

export interface BoundedExchange {
  exchange: Exchange;
  truncated: TruncatedField[];
  /** Estimated JSON size in bytes (what storage.session counts towards its quota). */
  bytes: number;
}

/** JSON keys, quotes and numbers of one serialised exchange, measured once on a typical record. */
const JSON_OVERHEAD_BYTES = 200;

function str(value: unknown, max: number): string {
  const s = typeof value === 'string' ? value : '';
  return s.length > max ? s.slice(0, max) : s;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * Copies the known Exchange fields (never extra properties an event carried), caps every string and
 * reports what was cut. Never throws, whatever `input` is (it may come back from storage).
 */
export function boundExchange(input: unknown, bounds: ExchangeBounds): BoundedExchange | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Partial<Record<keyof Exchange, unknown>>;
  if (typeof raw.id !== 'string' || raw.id === '' || typeof raw.url !== 'string') return null;
  const max = bounds.maxHeaderChars;
  const truncated: TruncatedField[] = [];
  const cap = (value: string, field: TruncatedField): string => {
    if (value.length <= max) return value;
    if (!truncated.includes(field)) truncated.push(field);
    return value.slice(0, max);
  };

  const lines = Array.isArray(raw.setCookieHeaders) ? raw.setCookieHeaders : [];
  if (lines.length > bounds.maxSetCookieLines) truncated.push('set-cookie-count');
  const setCookieHeaders: string[] = [];
  for (const line of lines.slice(0, bounds.maxSetCookieLines)) {
    if (typeof line === 'string') setCookieHeaders.push(cap(line, 'set-cookie'));
  }

  const exchange: Exchange = {
    id: str(raw.id, MAX_SHORT_CHARS),
    startedAt: num(raw.startedAt),
    url: cap(raw.url, 'url'),
    method: str(raw.method, MAX_SHORT_CHARS) || 'GET',
    status: num(raw.status),
    pageUrl: typeof raw.pageUrl === 'string' ? cap(raw.pageUrl, 'pageUrl') : null,
    requestCookieHeader:
      typeof raw.requestCookieHeader === 'string' ? cap(raw.requestCookieHeader, 'cookie') : null,
    setCookieHeaders,
    authorizationHeader:
      typeof raw.authorizationHeader === 'string' ? cap(raw.authorizationHeader, 'authorization') : null,
  };
  if (typeof raw.initiatorType === 'string') exchange.initiatorType = str(raw.initiatorType, MAX_SHORT_CHARS);
  if (raw.fromCache === true) exchange.fromCache = true;
  return { exchange, truncated, bytes: estimateBytes(exchange) };
}

/** Character count as a byte estimate: header values are ASCII in practice; the quota path in
 * session-store catches the rare multi-byte case. */
export function estimateBytes(e: Exchange): number {
  let n = JSON_OVERHEAD_BYTES + e.id.length + e.url.length + e.method.length;
  n += (e.pageUrl?.length ?? 0) + (e.requestCookieHeader?.length ?? 0) + (e.authorizationHeader?.length ?? 0);
  n += e.initiatorType?.length ?? 0;
  for (const line of e.setCookieHeaders) n += line.length + 3;
  return n;
}

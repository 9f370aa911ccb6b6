/**
 * Turns the `webRequest` event stream into exchanges, as a pure state machine: each method takes one
 * event's details and returns the actions to apply (navigate a tab, add an exchange). No extension
 * APIs, so recorded Chrome and Firefox event shapes are replayed in unit tests.
 *
 * Event order per requestId (both engines): onBeforeSendHeaders → onHeadersReceived →
 * (onBeforeRedirect → onBeforeSendHeaders → onHeadersReceived …) → onCompleted | onErrorOccurred.
 * The requestId survives redirects, so each hop becomes its own exchange (`wr:<requestId>:<hop>`):
 * a login's 302 often carries the session Set-Cookie.
 *
 * Top-level navigations are seen as `type === 'main_frame'` requests (webNavigation is not in the
 * manifest). The tab is navigated when the final response's headers arrive — the document commits
 * then, and before any of its subresources start — and the navigation's redirect hops are held until
 * that moment, so a cross-site login redirect chain lands in the new site's capture, not the old one.
 */
import { cookieHeader, headerValue, setCookieLines } from '../core/http/header-fields';
import type { Exchange } from '../core/model';
import type {
  CaptureAction,
  ErrorDetails,
  RedirectDetails,
  RequestDetailsBase,
  ResponseDetails,
  SendHeadersDetails,
} from './web-request-events';

/** Ceiling on Set-Cookie lines taken from one response (the store keeps fewer, and records the cut). */
const MAX_SET_COOKIE_LINES = 1000;

interface Hop {
  url: string;
  method: string;
  startedAt: number;
  cookie: string | null;
  authorization: string | null;
  status: number | null;
  setCookie: string[];
  fromCache: boolean;
}

interface Pending {
  tabId: number;
  type: string;
  hops: number;
  current: Hop;
  /** main_frame redirect hops waiting for the navigation to commit. */
  held: Exchange[];
  navigated: boolean;
}

/** In-flight requests tracked at once; past it the oldest is forgotten (streams can stay open forever). */
export const DEFAULT_MAX_PENDING = 2000;
/** Redirect hops kept per request (browsers stop at 20, RFC 9110 §15.4 suggests 5). */
const MAX_HOPS = 32;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** webRequest resource types in the vocabulary of Exchange.initiatorType (HAR-like). */
function initiatorType(type: string): string {
  if (type === 'main_frame') return 'document';
  if (type === 'sub_frame') return 'subdocument';
  if (type === 'xmlhttprequest') return 'xhr';
  return typeof type === 'string' && type.length <= 32 ? type : 'other';
}

/** Only tabs count: tabId -1 is the browser itself, service workers and extensions. */
const inTab = (d: RequestDetailsBase): boolean =>
  typeof d.tabId === 'number' &&
  Number.isSafeInteger(d.tabId) &&
  d.tabId >= 0 &&
  typeof d.requestId === 'string';

export class WebRequestAssembler {
  private readonly pending = new Map<string, Pending>();
  private readonly maxPending: number;

  constructor(options: { maxPending?: number } = {}) {
    this.maxPending = Math.max(1, options.maxPending ?? DEFAULT_MAX_PENDING);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  beforeSendHeaders(d: SendHeadersDetails): CaptureAction[] {
    if (!inTab(d)) return [];
    const actions: CaptureAction[] = [];
    let p = this.pending.get(d.requestId);
    // A response already seen with no onBeforeRedirect between: a retry (e.g. after a 401 challenge).
    if (p && p.current.status !== null) this.finishHop(p, d.requestId, actions, false);
    p ??= this.start(d);
    p.current.url = d.url;
    p.current.method = d.method || p.current.method;
    p.current.startedAt = d.timeStamp;
    p.current.cookie = cookieHeader(d.requestHeaders);
    p.current.authorization = headerValue(d.requestHeaders, 'authorization');
    return actions;
  }

  headersReceived(d: ResponseDetails): CaptureAction[] {
    if (!inTab(d)) return [];
    const p = this.pending.get(d.requestId) ?? this.start(d);
    this.takeResponse(p.current, d);
    return this.commit(p, d);
  }

  /** A main_frame final response: the document commits, so navigate, then release held redirect hops. */
  private commit(p: Pending, d: ResponseDetails): CaptureAction[] {
    if (p.type !== 'main_frame' || p.navigated || !commitsDocument(d)) return [];
    p.navigated = true;
    const actions: CaptureAction[] = [{ kind: 'navigate', tabId: p.tabId, url: d.url }];
    // Every hop belongs to the page the chain ends on (the analysis judges a hop's own cookies on its own
    // site, RFC 6265bis §5.2.1; what it sends on a cross-site hop against this final page).
    for (const exchange of p.held) {
      exchange.pageUrl = d.url;
      actions.push({ kind: 'exchange', tabId: p.tabId, exchange });
    }
    p.held = [];
    return actions;
  }

  beforeRedirect(d: RedirectDetails): CaptureAction[] {
    if (!inTab(d)) return [];
    const p = this.pending.get(d.requestId) ?? this.start(d);
    this.takeResponse(p.current, d);
    const actions: CaptureAction[] = [];
    const method = this.finishHop(p, d.requestId, actions, p.type === 'main_frame');
    if (p.hops >= MAX_HOPS) {
      this.pending.delete(d.requestId);
      return actions;
    }
    // RFC 9110 §15.4.4: 303 turns into GET; browsers also turn a POST into GET on 301/302.
    const status = d.statusCode;
    const next = status === 303 || ((status === 301 || status === 302) && method === 'POST') ? 'GET' : method;
    p.current = newHop(typeof d.redirectUrl === 'string' ? d.redirectUrl : d.url, next, d.timeStamp);
    return actions;
  }

  completed(d: ResponseDetails): CaptureAction[] {
    // Normally headersReceived already navigated; a response it never saw (cache) navigates here.
    const p = inTab(d) ? (this.pending.get(d.requestId) ?? this.start(d)) : undefined;
    const first = p ? this.commit(p, d) : [];
    return [...first, ...this.end(d, (hop) => this.takeResponse(hop, d))];
  }

  /** Cancelled, blocked or failed: keep what was sent and received (cookies may have been stored). */
  errorOccurred(d: ErrorDetails): CaptureAction[] {
    return this.end(d, () => {});
  }

  private end(d: RequestDetailsBase, last: (hop: Hop) => void): CaptureAction[] {
    if (!inTab(d)) return [];
    const p = this.pending.get(d.requestId);
    if (!p && !('statusCode' in d)) return [];
    const entry = p ?? this.start(d);
    last(entry.current);
    this.pending.delete(d.requestId);
    const actions: CaptureAction[] = entry.held.map((exchange) => ({
      kind: 'exchange' as const,
      tabId: entry.tabId,
      exchange,
    }));
    this.finishHop(entry, d.requestId, actions, false);
    return actions;
  }

  private start(d: RequestDetailsBase): Pending {
    if (this.pending.size >= this.maxPending) {
      const oldest = this.pending.keys().next();
      if (!oldest.done) this.pending.delete(oldest.value);
    }
    const p: Pending = {
      tabId: d.tabId,
      type: typeof d.type === 'string' ? d.type : 'other',
      hops: 0,
      current: newHop(d.url, d.method, d.timeStamp),
      held: [],
      navigated: false,
    };
    this.pending.set(d.requestId, p);
    return p;
  }

  private takeResponse(hop: Hop, d: ResponseDetails): void {
    if (typeof d.statusCode === 'number') hop.status = d.statusCode;
    // onCompleted repeats the headers onHeadersReceived gave: take them once.
    if (hop.setCookie.length === 0) hop.setCookie = setCookieLines(d.responseHeaders, MAX_SET_COOKIE_LINES);
    if (d.fromCache === true) hop.fromCache = true;
  }

  /** Turns the current hop into an exchange (if it carries cookies); returns its method. */
  private finishHop(p: Pending, requestId: string, actions: CaptureAction[], hold: boolean): string {
    const hop = p.current;
    const index = p.hops++;
    p.current = newHop(hop.url, hop.method, hop.startedAt);
    const relevant = hop.cookie !== null || hop.setCookie.length > 0 || hop.authorization !== null;
    if (!relevant) return hop.method;
    const exchange: Exchange = {
      id: `wr:${requestId}:${index}`,
      startedAt: hop.startedAt,
      url: hop.url,
      method: hop.method,
      status: hop.status ?? 0,
      // The store fills the tab's current top-level URL for subresources.
      pageUrl: p.type === 'main_frame' ? hop.url : null,
      requestCookieHeader: hop.cookie,
      setCookieHeaders: hop.setCookie,
      authorizationHeader: hop.authorization,
      initiatorType: initiatorType(p.type),
    };
    if (hop.fromCache) exchange.fromCache = true;
    if (hold) p.held.push(exchange);
    else actions.push({ kind: 'exchange', tabId: p.tabId, exchange });
    return hop.method;
  }
}

function newHop(url: string, method: string, startedAt: number): Hop {
  return {
    url: typeof url === 'string' ? url : '',
    method: typeof method === 'string' && method ? method : 'GET',
    startedAt: typeof startedAt === 'number' ? startedAt : 0,
    cookie: null,
    authorization: null,
    status: null,
    setCookie: [],
    fromCache: false,
  };
}

/**
 * Whether this main_frame response replaces the tab's document: not a redirect that will be followed,
 * not 204/205 (HTML navigate: "no content" keeps the old document), not a download.
 */
function commitsDocument(d: ResponseDetails): boolean {
  const status = d.statusCode;
  if (REDIRECTS.has(status) && headerValue(d.responseHeaders, 'location') !== null) return false;
  if (status === 204 || status === 205) return false;
  const disposition = headerValue(d.responseHeaders, 'content-disposition');
  return !(disposition && /^\s*attachment/i.test(disposition));
}
